package dev.copse.benchmarks.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one scenario run produced, ready to be written as JSON and Markdown.
 *
 * @param scenario     the scenario's name, e.g. {@code gemm}; also the docs section it fills
 * @param title        a heading for the tables
 * @param machine      where and when it ran
 * @param command      the command line that produced it
 * @param facts        settings and versions worth printing next to the numbers
 * @param measurements every implementation on every case, in table order
 * @param peak         the machine's measured FMA peak, when the scenario measured it
 * @param ratios       Copse against each peer, per case
 */
public record ScenarioReport(String scenario, String title, MachineInfo machine, String command, List<Fact> facts,
                             List<Measurement> measurements, Optional<Measurement> peak, List<SpeedRatio> ratios) {

    public ScenarioReport {
        Measurement.requireText(scenario, "scenario");
        Measurement.requireText(title, "title");
        Measurement.requireText(command, "command");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(peak, "peak");
        facts = List.copyOf(facts);
        measurements = List.copyOf(measurements);
        ratios = List.copyOf(ratios);
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("scenario " + scenario + " produced no measurements");
        }
        for (SpeedRatio ratio : ratios) {
            requireMeasured(scenario, measurements, ratio.caseId(), ratio.copse());
            requireMeasured(scenario, measurements, ratio.caseId(), ratio.peer());
        }
    }

    private static void requireMeasured(String scenario, List<Measurement> measurements, String caseId,
                                        String implementation) {
        boolean found = measurements.stream()
                .anyMatch(m -> m.caseId().equals(caseId) && m.implementation().equals(implementation));
        if (!found) {
            throw new IllegalArgumentException("scenario " + scenario + " has a speed ratio for " + implementation
                    + " on " + caseId + " but no such measurement");
        }
    }
}
