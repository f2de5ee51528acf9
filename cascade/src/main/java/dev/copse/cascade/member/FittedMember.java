package dev.copse.cascade.member;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.model.CostedClassifier;

/**
 * A trained member of a cascade level: a {@link CostedClassifier} over the level's input rows that also
 * predicts whole batches and can be written into the cascade's model file (and read back by
 * {@link MemberReaders}). Its row-by-row {@code predictProba} must give the same floats as the batched one.
 * Implementations must be immutable and thread-safe.
 */
public interface FittedMember extends CostedClassifier {

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
     * What {@link MemberReaders} needs besides the arrays to rebuild this member: a JSON object whose
     * {@code "kind"} names the member type.
     */
    JsonObject describe();

    /**
     * Adds this member's arrays to {@code writer}, under names that start with {@code prefix} followed by a
     * dot (the prefix alone names no array).
     */
    void writeArrays(ModelFileWriter writer, String prefix);
}
