package dev.copse.efficiency.energy;

/**
 * Estimated energy of one {@code Cost}, split into arithmetic and memory traffic.
 *
 * @param label        the label of the table that priced it, e.g. {@code "45 nm estimate"}
 * @param arithmeticPj picojoules of MACs, other FLOPs, comparisons and nonlinear evaluations
 * @param memoryPj     picojoules of parameter and activation bytes moved
 */
public record EnergyEstimate(String label, double arithmeticPj, double memoryPj) {

    public EnergyEstimate {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("energy estimate needs the label of its table");
        }
        if (!(arithmeticPj >= 0) || !(memoryPj >= 0) || Double.isInfinite(arithmeticPj + memoryPj)) {
            throw new IllegalArgumentException("energy must be finite and >= 0, got arithmetic " + arithmeticPj
                    + " pJ and memory " + memoryPj + " pJ");
        }
    }

    /** Arithmetic plus memory, in picojoules. */
    public double totalPj() {
        return arithmeticPj + memoryPj;
    }
}
