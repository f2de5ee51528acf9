package dev.copse.efficiency.model;

import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.CostReporting;

/**
 * A trained classifier that reports what each prediction really cost. Implementations are immutable and
 * safe for concurrent prediction from many threads (each thread passes its own output and ledger).
 *
 * <p>Implementations write {@link #predictProbaUnchecked}; {@link #predictProba} checks the row first, so
 * every classifier refuses a short row or a NaN feature with the same clear message.
 */
public interface CostedClassifier extends CostReporting {

    /** Features an input row has. */
    int numFeatures();

    /** Classes it predicts; probabilities have this many entries. */
    int numClasses();

    /** A short description for tables, e.g. {@code "soft forest (15 trees, hard inference)"}. */
    String description();

    /**
     * Writes the class probabilities of the row {@code x[offset .. offset + numFeatures())} to
     * {@code out[outOffset .. outOffset + numClasses())} and adds the work actually done for it to
     * {@code ledger} (realised cost); a null ledger records nothing.
     *
     * @throws IllegalArgumentException if the row or the output range does not fit its array, or a feature
     *                                  is NaN or infinite
     */
    default void predictProba(float[] x, int offset, float[] out, int outOffset, CostLedger ledger) {
        RowChecks.require(this, x, offset, out, outOffset);
        predictProbaUnchecked(x, offset, out, outOffset, ledger);
    }

    /**
     * {@link #predictProba} for a row already known to be valid (e.g. from a {@code Dataset}, which refuses
     * non-finite features): no checks, so a bad row gives an undefined answer or an index exception.
     */
    void predictProbaUnchecked(float[] x, int offset, float[] out, int outOffset, CostLedger ledger);
}
