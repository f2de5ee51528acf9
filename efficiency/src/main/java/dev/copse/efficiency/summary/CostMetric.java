package dev.copse.efficiency.summary;

import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostConventions;
import dev.copse.efficiency.cost.FlopConvention;
import dev.copse.efficiency.energy.EnergyTable;

/** The per-input units a {@link CostSummary} summarises, each derived from a {@link Cost}. */
public enum CostMetric {
    /** MACs at all widths. */
    MACS("macs"),
    /** Σ MACs × b_w × b_a ({@link CostConventions#bitOps}). */
    BITOPS("bitops"),
    /** MACs × FLOPs per MAC + other FLOPs, under the summary's {@link FlopConvention}. */
    FLOPS("flops"),
    /** Arithmetic outside MACs. */
    OTHER_FLOPS("other_flops"),
    /** Comparisons and branch decisions. */
    COMPARISONS("comparisons"),
    /** Sigmoid, exp and similar evaluations. */
    NONLINEAR("nonlinear"),
    /** Parameter bytes read. */
    PARAMETER_BYTES("parameter_bytes"),
    /** Activation bytes moved. */
    ACTIVATION_BYTES("activation_bytes"),
    /** Estimated picojoules under the summary's {@link EnergyTable}. */
    ENERGY_PJ("energy_pj");

    private final String key;

    CostMetric(String key) {
        this.key = key;
    }

    /** A lower-case identifier for files (JSON member names, CSV columns). */
    public String key() {
        return key;
    }

    /** This unit's value for {@code cost}. */
    public double of(Cost cost, FlopConvention flops, EnergyTable energy) {
        return switch (this) {
            case MACS -> cost.totalMacs();
            case BITOPS -> CostConventions.bitOps(cost);
            case FLOPS -> CostConventions.flops(cost, flops);
            case OTHER_FLOPS -> cost.otherFlops();
            case COMPARISONS -> cost.comparisons();
            case NONLINEAR -> cost.nonlinear();
            case PARAMETER_BYTES -> cost.parameterBytesRead();
            case ACTIVATION_BYTES -> cost.activationBytesMoved();
            case ENERGY_PJ -> energy.estimate(cost).totalPj();
        };
    }
}
