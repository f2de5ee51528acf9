package dev.copse.core.kernel;

/**
 * Row-wise softmax and log-sum-exp over a dense row-major {@code rows x cols} block.
 *
 * <p>Both subtract the row's maximum before exponentiating, {@code softmax(x)_j = exp(x_j - m) /
 * sum_i exp(x_i - m)} with {@code m = max_i x_i}, and {@code logsumexp(x) = m + log(sum_i exp(x_i - m))},
 * so no exponential exceeds 1 and rows with entries in the thousands neither overflow nor lose their
 * largest terms (Blanchard, Higham and Higham, "Accurately computing the log-sum-exp and softmax
 * functions", IMA J. Numer. Anal. 41(4), 2021). The normaliser is accumulated in double (portable) or in
 * float lanes flushed to double (vector).
 *
 * <p>Special values: a NaN in a row makes that row's results NaN. A row whose maximum is {@code +inf}
 * gives NaN softmax and {@code +inf} log-sum-exp; a row of only {@code -inf} gives NaN softmax (0/0: no
 * entry has any weight) and {@code -inf} log-sum-exp.
 *
 * <p>Cost: {@code O(rows * cols)}, one exponential per element.
 *
 * <p>Thread-safety: calls that write disjoint outputs may run concurrently.
 */
public final class Softmax {

    private Softmax() {
    }

    /**
     * Writes the softmax of each row of {@code x} to the same row of {@code out}. {@code out} may be
     * {@code x} at the same offset (in place).
     *
     * @param rows number of rows, {@code >= 0}
     * @param cols entries per row, {@code >= 1}
     * @throws IllegalArgumentException when a size is out of range, a block does not fit its array, or
     *                                  {@code out} overlaps {@code x} at a different offset
     * @throws NullPointerException     when an array is {@code null}
     */
    public static void rows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        checkShape("Softmax.rows", rows, cols);
        long size = (long) rows * cols;
        ArrayChecks.range("Softmax.rows", "x", x, xOffset, size);
        ArrayChecks.range("Softmax.rows", "out", out, outOffset, size);
        ArrayChecks.sameOrDisjoint("Softmax.rows", "x", x, xOffset, "out", out, outOffset, size);
        Kernels.support().softmaxRows(rows, cols, x, xOffset, out, outOffset);
    }

    /**
     * Writes {@code log(sum_j exp(x[r][j]))} of each row {@code r} to {@code out[outOffset + r]}.
     *
     * @param rows number of rows, {@code >= 0}
     * @param cols entries per row, {@code >= 1}
     * @throws IllegalArgumentException when a size is out of range or a range does not fit its array
     * @throws NullPointerException     when an array is {@code null}
     */
    public static void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        checkShape("Softmax.logSumExpRows", rows, cols);
        ArrayChecks.range("Softmax.logSumExpRows", "x", x, xOffset, (long) rows * cols);
        ArrayChecks.range("Softmax.logSumExpRows", "out", out, outOffset, rows);
        Kernels.support().logSumExpRows(rows, cols, x, xOffset, out, outOffset);
    }

    private static void checkShape(String operation, int rows, int cols) {
        ArrayChecks.nonNegative(operation, "rows", rows);
        if (cols < 1) {
            throw new IllegalArgumentException(operation + ": cols must be >= 1, got " + cols);
        }
    }
}
