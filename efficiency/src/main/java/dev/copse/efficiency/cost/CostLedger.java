package dev.copse.efficiency.cost;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * A mutable accumulator of the primitive operations of ONE input's inference: a model adds what it really
 * computes (after its hard decisions), then takes a {@link #snapshot()}. A ledger can be {@link #reset()}
 * and reused for the next input, so per-input accounting allocates nothing in steady state.
 *
 * <p>All counts are {@code long}; every addition is overflow-checked and throws
 * {@link ArithmeticException} rather than wrapping. Negative counts and out-of-range bitwidths throw
 * {@link IllegalArgumentException}.
 *
 * <p>Cost: {@link #addMacs} is a scan over the distinct bitwidth pairs seen so far (typically one to a
 * few); every other method is O(1) except {@link #snapshot()} and {@link #add(CostLedger)}, which are linear
 * in that number.
 *
 * <p>Not thread-safe: use one ledger per input (or per thread) and {@link #add(CostLedger) merge} ledgers
 * afterwards.
 */
public final class CostLedger {

    /** Distinct widths seen, packed as {@code weightBits << 8 | activationBits}, parallel to {@link #macCounts}. */
    private int[] macKeys = new int[4];
    private long[] macCounts = new long[4];
    private int macEntries;
    private long otherFlops;
    private long comparisons;
    private long nonlinear;
    private long parameterBytesRead;
    private long activationBytesMoved;

    /** Adds {@code count} MACs with the given operand widths (each in {@code [1, 32]}; fp32 is 32/32). */
    public void addMacs(long count, int weightBits, int activationBits) {
        Bitwidths.check(weightBits, activationBits);
        requireCount("MAC count", count);
        if (count == 0) {
            return;
        }
        int key = weightBits << 8 | activationBits;
        for (int i = 0; i < macEntries; i++) {
            if (macKeys[i] == key) {
                macCounts[i] = Math.addExact(macCounts[i], count);
                return;
            }
        }
        if (macEntries == macKeys.length) {
            macKeys = Arrays.copyOf(macKeys, 2 * macEntries);
            macCounts = Arrays.copyOf(macCounts, 2 * macEntries);
        }
        macKeys[macEntries] = key;
        macCounts[macEntries] = count;
        macEntries++;
    }

    /** Adds {@code count} MACs at {@code bits}. */
    public void addMacs(long count, Bitwidths bits) {
        addMacs(count, bits.weightBits(), bits.activationBits());
    }

    /** Adds arithmetic operations that are not part of a MAC. */
    public void addOtherFlops(long count) {
        otherFlops = Math.addExact(otherFlops, requireCount("other FLOP count", count));
    }

    /** Adds comparisons or branch decisions. */
    public void addComparisons(long count) {
        comparisons = Math.addExact(comparisons, requireCount("comparison count", count));
    }

    /** Adds evaluations of a nonlinear function (sigmoid, exp, tanh). */
    public void addNonlinear(long count) {
        nonlinear = Math.addExact(nonlinear, requireCount("nonlinear evaluation count", count));
    }

    /** Adds bytes of parameters read. */
    public void addParameterBytesRead(long bytes) {
        parameterBytesRead = Math.addExact(parameterBytesRead, requireCount("parameter bytes", bytes));
    }

    /** Adds bytes of activations read or written. */
    public void addActivationBytesMoved(long bytes) {
        activationBytesMoved = Math.addExact(activationBytesMoved, requireCount("activation bytes", bytes));
    }

    /** Adds everything counted in {@code other} (which is left unchanged). */
    public void add(CostLedger other) {
        for (int i = 0; i < other.macEntries; i++) {
            addMacs(other.macCounts[i], other.macKeys[i] >>> 8, other.macKeys[i] & 0xFF);
        }
        addScalars(other.otherFlops, other.comparisons, other.nonlinear, other.parameterBytesRead,
                other.activationBytesMoved);
    }

    /** Adds everything counted in {@code cost}. */
    public void add(Cost cost) {
        cost.macs().forEach((bits, count) -> addMacs(count, bits));
        addScalars(cost.otherFlops(), cost.comparisons(), cost.nonlinear(), cost.parameterBytesRead(),
                cost.activationBytesMoved());
    }

    private void addScalars(long flops, long compares, long nonlinearEvaluations, long parameterBytes,
                            long activationBytes) {
        addOtherFlops(flops);
        addComparisons(compares);
        addNonlinear(nonlinearEvaluations);
        addParameterBytesRead(parameterBytes);
        addActivationBytesMoved(activationBytes);
    }

    /** MACs at all widths so far. */
    public long totalMacs() {
        long total = 0;
        for (int i = 0; i < macEntries; i++) {
            total = Math.addExact(total, macCounts[i]);
        }
        return total;
    }

    /** Sets every count back to zero, keeping the allocated storage. */
    public void reset() {
        macEntries = 0;
        otherFlops = 0;
        comparisons = 0;
        nonlinear = 0;
        parameterBytesRead = 0;
        activationBytesMoved = 0;
    }

    /** An immutable copy of the counts so far. */
    public Cost snapshot() {
        TreeMap<Bitwidths, Long> macs = new TreeMap<>();
        for (int i = 0; i < macEntries; i++) {
            macs.put(Bitwidths.of(macKeys[i] >>> 8, macKeys[i] & 0xFF), macCounts[i]);
        }
        return new Cost(macs, otherFlops, comparisons, nonlinear, parameterBytesRead, activationBytesMoved);
    }

    private static long requireCount(String what, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + count);
        }
        return count;
    }
}
