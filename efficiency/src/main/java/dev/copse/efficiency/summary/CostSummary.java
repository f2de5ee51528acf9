package dev.copse.efficiency.summary;

import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostKind;
import dev.copse.efficiency.cost.FlopConvention;
import dev.copse.efficiency.energy.EnergyTable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a dataset costs per input: one {@link Distribution} (mean, median, p90, p99, max; nearest-rank
 * percentiles) for every {@link CostMetric}, computed from the per-input costs of one model.
 *
 * <p>Counts become doubles for the statistics; they are exact up to 2^53 operations per input.
 *
 * @param kind          {@link CostKind#EXPECTED} or {@link CostKind#REALISED}; measured time is a
 *                      {@link MeasuredLatency}, not a cost summary
 * @param flopConvention the convention behind {@link CostMetric#FLOPS}
 * @param energyLabel   the label of the table behind {@link CostMetric#ENERGY_PJ}
 * @param metrics       a distribution for every metric, all over the same number of inputs
 */
public record CostSummary(CostKind kind, FlopConvention flopConvention, String energyLabel,
                          Map<CostMetric, Distribution> metrics) {

    public CostSummary {
        if (kind == null || kind == CostKind.MEASURED) {
            throw new IllegalArgumentException("a cost summary holds expected or realised counts, got " + kind
                    + "; measured time belongs in MeasuredLatency");
        }
        if (flopConvention == null || energyLabel == null || energyLabel.isBlank()) {
            throw new IllegalArgumentException("cost summary needs its FLOP convention and energy table label");
        }
        EnumMap<CostMetric, Distribution> copy = new EnumMap<>(CostMetric.class);
        copy.putAll(metrics);
        if (copy.size() != CostMetric.values().length) {
            throw new IllegalArgumentException("cost summary needs every metric of "
                    + Arrays.toString(CostMetric.values()) + ", got " + copy.keySet());
        }
        int inputs = copy.get(CostMetric.MACS).count();
        if (copy.values().stream().anyMatch(d -> d.count() != inputs)) {
            throw new IllegalArgumentException("every metric must cover the same inputs, got counts " + copy);
        }
        metrics = Collections.unmodifiableMap(copy);
    }

    /** The summary of {@code costs}, one per input; throws if there are none. */
    public static CostSummary of(CostKind kind, Iterable<Cost> costs, FlopConvention flops, EnergyTable energy) {
        Builder builder = builder(kind, flops, energy);
        costs.forEach(builder::add);
        return builder.build();
    }

    /** A builder that takes per-input costs one at a time, e.g. while a model streams through a dataset. */
    public static Builder builder(CostKind kind, FlopConvention flops, EnergyTable energy) {
        return new Builder(kind, flops, energy);
    }

    /** Number of inputs summarised. */
    public int inputs() {
        return metrics.get(CostMetric.MACS).count();
    }

    /** The distribution of {@code metric}. */
    public Distribution get(CostMetric metric) {
        return metrics.get(metric);
    }

    /**
     * Collects per-input costs; keeps one double per metric per input (not the costs themselves). Not
     * thread-safe.
     */
    public static final class Builder {

        private final CostKind kind;
        private final FlopConvention flops;
        private final EnergyTable energy;
        private final CostMetric[] metrics = CostMetric.values();
        private double[][] values = new double[metrics.length][16]; // [metric][input]
        private int inputs;

        private Builder(CostKind kind, FlopConvention flops, EnergyTable energy) {
            if (kind == null || flops == null || energy == null) {
                throw new IllegalArgumentException(
                        "cost summary builder needs a kind, FLOP convention and energy table");
            }
            this.kind = kind;
            this.flops = flops;
            this.energy = energy;
        }

        /** Adds the cost of one input. */
        public Builder add(Cost cost) {
            if (inputs == values[0].length) {
                for (int m = 0; m < metrics.length; m++) {
                    values[m] = Arrays.copyOf(values[m], 2 * inputs);
                }
            }
            for (int m = 0; m < metrics.length; m++) {
                values[m][inputs] = metrics[m].of(cost, flops, energy);
            }
            inputs++;
            return this;
        }

        /** The summary of the costs added so far; throws {@link IllegalStateException} if none were. */
        public CostSummary build() {
            if (inputs == 0) {
                throw new IllegalStateException("cannot summarise the cost of zero inputs");
            }
            EnumMap<CostMetric, Distribution> result = new EnumMap<>(CostMetric.class);
            for (int m = 0; m < metrics.length; m++) {
                result.put(metrics[m], Distribution.of(Arrays.copyOf(values[m], inputs)));
            }
            return new CostSummary(kind, flops, energy.label(), result);
        }
    }
}
