package dev.copse.cnn.exec;

import dev.copse.cnn.quant.UniformQuantizer;
import java.util.Arrays;

/**
 * Per-sample, per-block decisions for {@link ResNetExecutor}: for sample {@code n} and residual block
 * {@code l}, the bitwidth the block runs at, {@code 1..32} (32 = full precision), or {@link #SKIP} (0): only
 * the block's shortcut runs. This is how fractional skipping (METHODS.md section 5) states its choices,
 * with skipping as "0 bits".
 *
 * <p>Immutable; the arrays are copied in and out.
 */
public final class ExecutionPlan {

    /** The decision to skip a block (run its shortcut only). */
    public static final int SKIP = 0;
    /** The decision to run a block at full precision. */
    public static final int FULL = UniformQuantizer.FULL_PRECISION;

    private final int[][] bits;

    private ExecutionPlan(int[][] bits) {
        this.bits = bits;
    }

    /**
     * A plan from {@code bits[sample][block]}.
     *
     * @throws IllegalArgumentException when there is no sample, the rows differ in length, or a value is not
     *                                  0 or in {@code [1, 32]}
     */
    public static ExecutionPlan of(int[][] bits) {
        if (bits.length == 0) {
            throw new IllegalArgumentException("an execution plan needs at least one sample");
        }
        int[][] copy = new int[bits.length][];
        for (int n = 0; n < bits.length; n++) {
            if (bits[n].length != bits[0].length) {
                throw new IllegalArgumentException("execution plan row " + n + " has " + bits[n].length
                        + " blocks, row 0 has " + bits[0].length);
            }
            for (int l = 0; l < bits[n].length; l++) {
                checkDecision(bits[n][l]);
            }
            copy[n] = bits[n].clone();
        }
        return new ExecutionPlan(copy);
    }

    /** Every sample runs every block at {@code bits} (0 skips them all). */
    public static ExecutionPlan uniform(int samples, int blocks, int bits) {
        checkDecision(bits);
        int[][] plan = new int[samples][blocks];
        for (int[] row : plan) {
            Arrays.fill(row, bits);
        }
        return of(plan);
    }

    /** Number of samples. */
    public int samples() {
        return bits.length;
    }

    /** Number of blocks per sample. */
    public int blocks() {
        return bits[0].length;
    }

    /** The decision for sample {@code sample} at block {@code block}. */
    public int bits(int sample, int block) {
        return bits[sample][block];
    }

    /** The decisions of every sample at {@code block}, a fresh array. */
    public int[] block(int block) {
        int[] column = new int[bits.length];
        for (int n = 0; n < bits.length; n++) {
            column[n] = bits[n][block];
        }
        return column;
    }

    /**
     * @throws IllegalArgumentException unless {@code bits} is {@link #SKIP} or in {@code [1, 32]}
     */
    public static void checkDecision(int bits) {
        if (bits != SKIP && (bits < 1 || bits > FULL)) {
            throw new IllegalArgumentException("a block decision is 0 (skip) or a bitwidth in [1, 32], got " + bits);
        }
    }
}
