package dev.copse.cascade.scan;

import dev.copse.efficiency.cost.CostLedger;
import java.util.Locale;

/**
 * How a scanner pools the class vectors of neighbouring window positions: positions are grouped into
 * {@code size x size} blocks (blocks at the right and bottom edges hold what is left), and each block's
 * vectors are reduced class by class to their maximum or mean. {@link #none()} keeps every position.
 *
 * <p>Cost per block of {@code q} positions and {@code C} classes: max pooling {@code (q - 1) C}
 * comparisons; mean pooling {@code (q - 1) C} additions and {@code C} divisions (other FLOPs).
 *
 * @param mode how a block is reduced
 * @param size side of a block in positions, {@code >= 1}; exactly 1 for {@link Mode#NONE}
 */
public record Pooling(Mode mode, int size) {

    /** The reduction of a block. */
    public enum Mode {
        /** No pooling: every position's vector is kept. */
        NONE,
        /** Class-wise maximum over the block. */
        MAX,
        /** Class-wise mean over the block. */
        AVERAGE
    }

    /** @throws IllegalArgumentException if the size is not positive, or not 1 without pooling */
    public Pooling {
        if (mode == null) {
            throw new IllegalArgumentException("pooling mode must not be null");
        }
        if (size < 1 || (mode == Mode.NONE && size != 1)) {
            throw new IllegalArgumentException("pooling size must be >= 1 (exactly 1 for NONE), got " + size);
        }
    }

    /** Every position kept. */
    public static Pooling none() {
        return new Pooling(Mode.NONE, 1);
    }

    /** Class-wise maximum over {@code size x size} blocks. */
    public static Pooling max(int size) {
        return new Pooling(Mode.MAX, size);
    }

    /** Class-wise mean over {@code size x size} blocks. */
    public static Pooling average(int size) {
        return new Pooling(Mode.AVERAGE, size);
    }

    /** Pooled positions for a grid of {@code down x across} positions. */
    public int pooledPositions(int down, int across) {
        return Math.ceilDiv(down, size) * Math.ceilDiv(across, size);
    }

    /**
     * Pools the vectors of one image's positions, {@code in[inOffset ..]} laid out {@code [down][across][C]},
     * into {@code out[outOffset ..]} laid out {@code [pooled blocks][C]}, and adds the pooling's cost to
     * {@code ledger} when it is not null.
     */
    public void pool(float[] in, int inOffset, int down, int across, int classes, float[] out, int outOffset,
                     CostLedger ledger) {
        if (mode == Mode.NONE) {
            System.arraycopy(in, inOffset, out, outOffset, down * across * classes);
            return;
        }
        int at = outOffset;
        for (int by = 0; by < down; by += size) {
            for (int bx = 0; bx < across; bx += size) {
                int q = poolBlock(in, inOffset, by, bx, down, across, classes, out, at);
                if (ledger != null) {
                    long extra = (long) (q - 1) * classes;
                    if (mode == Mode.MAX) {
                        ledger.addComparisons(extra);
                    } else {
                        ledger.addOtherFlops(extra + classes);
                    }
                }
                at += classes;
            }
        }
    }

    /** Reduces the block with top-left position {@code (by, bx)} into {@code out[at .. at + C)}; returns its size. */
    private int poolBlock(float[] in, int inOffset, int by, int bx, int down, int across, int classes, float[] out,
                          int at) {
        int q = 0;
        for (int y = by; y < Math.min(by + size, down); y++) {
            for (int x = bx; x < Math.min(bx + size, across); x++) {
                int from = inOffset + (y * across + x) * classes;
                for (int c = 0; c < classes; c++) {
                    float v = in[from + c];
                    out[at + c] = q == 0 ? v : mode == Mode.MAX ? Math.max(out[at + c], v) : out[at + c] + v;
                }
                q++;
            }
        }
        if (mode == Mode.AVERAGE) {
            for (int c = 0; c < classes; c++) {
                out[at + c] /= q;
            }
        }
        return q;
    }

    @Override
    public String toString() {
        return mode == Mode.NONE ? "no pooling" : mode.name().toLowerCase(Locale.ROOT) + " pooling "
                + size + "x" + size;
    }
}
