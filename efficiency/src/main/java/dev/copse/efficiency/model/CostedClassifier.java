package dev.copse.efficiency.model;

import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.CostReporting;

/**
 * A trained classifier that reports what each prediction really cost. Implementations are immutable and
 * safe for concurrent prediction from many threads (each thread passes its own output and ledger).
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
     */
    void predictProba(float[] x, int offset, float[] out, int outOffset, CostLedger ledger);
}
