package dev.copse.benchmarks.report;

/**
 * One named line of context in a report: a setting, a library version, the BLAS kernel a peer used.
 *
 * @param name  short label, non-blank
 * @param value what it was, non-blank
 */
public record Fact(String name, String value) {

    public Fact {
        Measurement.requireText(name, "fact name");
        Measurement.requireText(value, "value of fact '" + name + "'");
    }
}
