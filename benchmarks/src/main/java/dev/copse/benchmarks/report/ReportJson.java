package dev.copse.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The JSON form of a {@link ScenarioReport}: the same facts as the Markdown, in units a script can use
 * directly (seconds, bytes, GFLOP/s, fractions). Stateless and thread-safe.
 *
 * <p>Shape: {@code {scenario, title, command, machine{...}, facts{name: value}, measurements[{case,
 * description, implementation, seconds{count, min, q1, median, q3, max}, flops, gflops, fractionOfPeak,
 * peakRssBytes}], peak{...} | null, ratios[{case, copse, peer, ratio}]}}; absent numbers are {@code null}.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** The report as JSON text, followed by a newline. */
    public static String write(ScenarioReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", report.scenario());
        root.put("title", report.title());
        root.put("command", report.command());
        root.put("machine", machine(report.machine()));
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Fact fact : report.facts()) {
            facts.put(fact.name(), fact.value());
        }
        root.put("facts", facts);
        List<Object> measurements = new ArrayList<>();
        for (Measurement m : report.measurements()) {
            measurements.add(measurement(m, report));
        }
        root.put("measurements", measurements);
        root.put("peak", report.peak().map(peak -> measurement(peak, report)).orElse(null));
        List<Object> ratios = new ArrayList<>();
        for (SpeedRatio ratio : report.ratios()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("case", ratio.caseId());
            entry.put("copse", ratio.copse());
            entry.put("peer", ratio.peer());
            entry.put("ratio", ratio.ratio());
            ratios.add(entry);
        }
        root.put("ratios", ratios);
        return Json.write(root) + "\n";
    }

    private static Map<String, Object> machine(MachineInfo machine) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("cpu", machine.cpuModel());
        map.put("logicalCpus", machine.logicalCpus());
        map.put("loadAverage", machine.loadAverage());
        map.put("memoryBytes", machine.memoryBytes());
        map.put("jdk", machine.jdk());
        map.put("os", machine.os());
        map.put("started", machine.started().toString());
        map.put("commit", machine.commit());
        return map;
    }

    private static Map<String, Object> measurement(Measurement m, ScenarioReport report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("case", m.caseId());
        map.put("description", m.caseDescription());
        map.put("implementation", m.implementation());
        SampleSummary s = m.secondsPerCall();
        Map<String, Object> seconds = new LinkedHashMap<>();
        seconds.put("count", s.count());
        seconds.put("min", s.min());
        seconds.put("q1", s.lowerQuartile());
        seconds.put("median", s.median());
        seconds.put("q3", s.upperQuartile());
        seconds.put("max", s.max());
        map.put("seconds", seconds);
        map.put("flops", orNull(m.flopsPerCall()));
        map.put("gflops", orNull(m.gflops()));
        map.put("fractionOfPeak", report.peak().map(peak -> orNull(m.fractionOf(peak))).orElse(null));
        map.put("peakRssBytes", m.peakRssBytes().isPresent() ? m.peakRssBytes().getAsLong() : null);
        return map;
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
