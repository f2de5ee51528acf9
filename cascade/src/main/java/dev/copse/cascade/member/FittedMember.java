package dev.copse.cascade.member;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.CostReporting;

/**
 * A trained member of a cascade level: it turns rows of the level's input into class-probability vectors and
 * says what that costs. Implementations must be immutable and thread-safe.
 */
public interface FittedMember extends CostReporting {

    /** A short description for reports, e.g. {@code "random forest, 100 trees, 412,031 nodes"}. */
    String description();

    /** Features {@code d} an input row has. */
    int numFeatures();

    /** Classes {@code C} of the probability vectors. */
    int numClasses();

    /** Nodes the member keeps for inference (inner nodes and leaves of all its trees). */
    long nodeCount();

    /**
     * Class probabilities of {@code n} rows stored row-major in {@code x[n * d]}.
     *
     * @return {@code float[n * C]}, row-major; each row sums to 1 up to float rounding
     * @throws IllegalArgumentException if the length disagrees with {@code n} or a value is NaN
     */
    float[] predictProba(float[] x, int n);

    /**
     * Class probabilities of one row {@code row[offset .. offset + d)} into {@code out[outOffset ..
     * outOffset + C)}, adding the realised cost of that input to {@code ledger}; gives the same floats as the
     * batched method.
     */
    void predictProba(float[] row, int offset, float[] out, int outOffset, CostLedger ledger);

    /** What a reader needs besides the arrays to rebuild this member, its {@code "kind"} first. */
    JsonObject describe();

    /** Adds this member's arrays to {@code writer}, each under a name starting with {@code prefix}. */
    void writeArrays(ModelFileWriter writer, String prefix);
}
