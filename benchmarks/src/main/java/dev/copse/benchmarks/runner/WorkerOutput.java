package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Fact;
import dev.copse.benchmarks.report.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one worker process (a Java worker or a Python peer) prints on standard output, as JSON:
 * <pre>{@code
 * {"implementation": "numpy", "peakRssBytes": 123456789,
 *  "facts": {"numpy": "1.24.2", ...},
 *  "cases": [{"id": "forest-x-w", "flops": 379330560, "seconds": [0.0031, 0.0030, ...]}]}
 * }</pre>
 * {@code seconds} are the mean seconds per call of each timed sample ({@link RepetitionScheme});
 * {@code peakRssBytes} is the process's peak resident set size (VmHWM in /proc/self/status) at its end.
 *
 * @param implementation who ran
 * @param peakRssBytes   the process's peak resident set size
 * @param facts          versions and settings the worker reports about itself
 * @param cases          the timings, one entry per case
 */
public record WorkerOutput(String implementation, long peakRssBytes, List<Fact> facts, List<CaseTimings> cases) {

    /**
     * One case's timings.
     *
     * @param id      the case id
     * @param flops   floating-point operations of one call
     * @param seconds mean seconds per call of each sample
     */
    public record CaseTimings(String id, double flops, double[] seconds) {
    }

    public WorkerOutput {
        facts = List.copyOf(facts);
        cases = List.copyOf(cases);
    }

    /** Parses a worker's output; {@code source} names the worker in error messages. */
    public static WorkerOutput parse(String text, String source) {
        Map<?, ?> root = asMap(Json.parse(text.strip(), source), source);
        String implementation = asString(root.get("implementation"), source + " field 'implementation'");
        double rss = asNumber(root.get("peakRssBytes"), source + " field 'peakRssBytes'");
        List<Fact> facts = new ArrayList<>();
        for (Map.Entry<?, ?> entry : asMap(root.get("facts"), source + " field 'facts'").entrySet()) {
            facts.add(new Fact((String) entry.getKey(), asString(entry.getValue(), source + " fact " + entry.getKey())));
        }
        List<CaseTimings> cases = new ArrayList<>();
        for (Object item : asList(root.get("cases"), source + " field 'cases'")) {
            Map<?, ?> entry = asMap(item, source + " case");
            String id = asString(entry.get("id"), source + " case field 'id'");
            String where = source + " case " + id;
            List<?> samples = asList(entry.get("seconds"), where + " field 'seconds'");
            double[] seconds = new double[samples.size()];
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = asNumber(samples.get(i), where + " seconds[" + i + "]");
            }
            cases.add(new CaseTimings(id, asNumber(entry.get("flops"), where + " field 'flops'"), seconds));
        }
        return new WorkerOutput(implementation, (long) rss, facts, cases);
    }

    private static Map<?, ?> asMap(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(where + ": expected a JSON object, got " + value);
    }

    private static List<?> asList(Object value, String where) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(where + ": expected a JSON array, got " + value);
    }

    private static String asString(Object value, String where) {
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException(where + ": expected a string, got " + value);
    }

    private static double asNumber(Object value, String where) {
        if (value instanceof Double number) {
            return number;
        }
        throw new IllegalArgumentException(where + ": expected a number, got " + value);
    }
}
