package dev.copse.cnn.dfs;

import dev.copse.cnn.exec.ExecutionPlan;
import dev.copse.efficiency.cost.CostConventions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The choices a gated block has in DFS: {@link ExecutionPlan#SKIP} (0 bits: only the shortcut runs) and
 * bitwidths in {@code [1, 32]}, 32 being full precision, in increasing order. The cost of option {@code b}
 * is {@code (b/32)^2} of the full block, the BitOPs ratio with weights and activations both at {@code b}
 * bits ({@link CostConventions#relativeBlockCost}); skipping costs 0.
 *
 * <p>Immutable.
 */
public final class BitwidthOptions {

    /** Copse's default, {skip, 4, 8, 16, 32}. */
    public static final BitwidthOptions DEFAULT = of(0, 4, 8, 16, 32);
    /** The set of the DFS paper's code, {skip, 8, 10, 12, 14, 16, 32}. */
    public static final BitwidthOptions PAPER = of(0, 8, 10, 12, 14, 16, 32);
    /** The SkipNet-style baseline: skip or run at full precision. */
    public static final BitwidthOptions SKIP_ONLY = of(0, 32);

    private final int[] bits;

    private BitwidthOptions(int[] bits) {
        this.bits = bits;
    }

    /**
     * Options from bitwidths, 0 meaning skip.
     *
     * @throws IllegalArgumentException unless there are at least two, strictly increasing, each 0 or in
     *                                  {@code [1, 32]}
     */
    public static BitwidthOptions of(int... bits) {
        if (bits.length < 2) {
            throw new IllegalArgumentException("DFS needs at least two options per block, got "
                    + Arrays.toString(bits));
        }
        for (int k = 0; k < bits.length; k++) {
            ExecutionPlan.checkDecision(bits[k]);
            if (k > 0 && bits[k] <= bits[k - 1]) {
                throw new IllegalArgumentException("DFS options must be strictly increasing bitwidths (0 = skip), got "
                        + Arrays.toString(bits));
            }
        }
        return new BitwidthOptions(bits.clone());
    }

    /**
     * Parses a comma-separated list such as {@code skip,4,8,16,32} ({@code skip} or {@code 0} for skipping).
     *
     * @throws IllegalArgumentException naming the entry that is not a bitwidth, or as {@link #of}
     */
    public static BitwidthOptions parse(String text) {
        String[] parts = text.split(",");
        int[] bits = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k].trim().toLowerCase(Locale.ROOT);
            try {
                bits[k] = part.equals("skip") ? ExecutionPlan.SKIP : Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DFS option '" + parts[k] + "' is neither 'skip' nor a bitwidth");
            }
        }
        return of(bits);
    }

    /** Number of options, {@code K}. */
    public int size() {
        return bits.length;
    }

    /** The bitwidth of option {@code k} (0 = skip). */
    public int bits(int k) {
        return bits[k];
    }

    /** The bitwidths in order, a fresh array. */
    public int[] toArray() {
        return bits.clone();
    }

    /** Cost of option {@code k} relative to the full-precision block: {@code (b/32)^2}, 0 for skip. */
    public double cost(int k) {
        return CostConventions.relativeBlockCost(bits[k]);
    }

    /** The index of the option with {@code bitwidth} bits. @throws IllegalArgumentException when there is none */
    public int indexOf(int bitwidth) {
        for (int k = 0; k < bits.length; k++) {
            if (bits[k] == bitwidth) {
                return k;
            }
        }
        throw new IllegalArgumentException("no DFS option has " + bitwidth + " bits; the options are " + this);
    }

    /** The name of option {@code k}: {@code skip} or the bitwidth. */
    public String label(int k) {
        return bits[k] == ExecutionPlan.SKIP ? "skip" : Integer.toString(bits[k]);
    }

    /**
     * Computation percentage (METHODS.md section 5): {@code 100} times the mean, over the samples and the gated
     * blocks, of the chosen option's cost.
     *
     * @param choices option indices {@code [sample][gated block]}, at least one sample and one block
     */
    public double computationPercentage(int[][] choices) {
        double sum = 0;
        long count = 0;
        for (int[] row : choices) {
            for (int k : row) {
                sum += cost(k);
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("the computation percentage needs at least one decision");
        }
        return 100 * sum / count;
    }

    /** The options as a list of bitwidths. */
    public List<Integer> asList() {
        return Arrays.stream(bits).boxed().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BitwidthOptions o && Arrays.equals(bits, o.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    /** The form {@link #parse} reads, e.g. {@code skip,4,8,16,32}. */
    @Override
    public String toString() {
        return Arrays.stream(bits).mapToObj(b -> b == 0 ? "skip" : Integer.toString(b))
                .collect(Collectors.joining(","));
    }
}
