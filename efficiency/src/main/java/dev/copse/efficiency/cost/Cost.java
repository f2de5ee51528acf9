package dev.copse.efficiency.cost;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The primitive operation counts of one input's inference (or of a worst case, or a sum): an immutable
 * snapshot of a {@link CostLedger}. Derived units (FLOPs, BitOPs, energy) come from
 * {@link CostConventions} and the energy table, never stored here, so a count is never mixed with a
 * convention.
 *
 * @param macs                 multiply-accumulates by operand widths; zero entries are dropped, so two
 *                             equal costs are equal records
 * @param otherFlops           arithmetic operations that are not part of a MAC (bias adds outside a MAC,
 *                             normalisation, residual adds, pooling sums, softmax divisions)
 * @param comparisons          comparisons and branch decisions (hard tree nodes, ReLU, max-pooling)
 * @param nonlinear            evaluations of sigmoid, exp, tanh and similar transcendental functions
 * @param parameterBytesRead   bytes of parameters read
 * @param activationBytesMoved bytes of activations read or written
 */
public record Cost(SortedMap<Bitwidths, Long> macs, long otherFlops, long comparisons, long nonlinear,
                   long parameterBytesRead, long activationBytesMoved) {

    /** No operations at all. */
    public static final Cost ZERO = new Cost(new TreeMap<>(), 0, 0, 0, 0, 0);

    public Cost {
        TreeMap<Bitwidths, Long> copy = new TreeMap<>();
        for (Map.Entry<Bitwidths, Long> e : macs.entrySet()) {
            long count = requireCount("MACs at " + e.getKey(), e.getValue());
            if (count > 0) {
                copy.put(e.getKey(), count);
            }
        }
        macs = Collections.unmodifiableSortedMap(copy);
        requireCount("other FLOPs", otherFlops);
        requireCount("comparisons", comparisons);
        requireCount("nonlinear evaluations", nonlinear);
        requireCount("parameter bytes read", parameterBytesRead);
        requireCount("activation bytes moved", activationBytesMoved);
    }

    /** MACs at exactly the widths {@code bits}; 0 if none. */
    public long macs(Bitwidths bits) {
        return macs.getOrDefault(bits, 0L);
    }

    /** MACs at all widths; throws {@link ArithmeticException} on {@code long} overflow. */
    public long totalMacs() {
        long total = 0;
        for (long count : macs.values()) {
            total = Math.addExact(total, count);
        }
        return total;
    }

    /** The element-wise sum; throws {@link ArithmeticException} on {@code long} overflow. */
    public Cost plus(Cost other) {
        TreeMap<Bitwidths, Long> sum = new TreeMap<>(macs);
        other.macs.forEach((bits, count) -> sum.merge(bits, count, Math::addExact));
        return new Cost(sum,
                Math.addExact(otherFlops, other.otherFlops),
                Math.addExact(comparisons, other.comparisons),
                Math.addExact(nonlinear, other.nonlinear),
                Math.addExact(parameterBytesRead, other.parameterBytesRead),
                Math.addExact(activationBytesMoved, other.activationBytesMoved));
    }

    private static long requireCount(String what, Long count) {
        if (count == null || count < 0) {
            throw new IllegalArgumentException(what + " must be a count >= 0, got " + count);
        }
        return count;
    }
}
