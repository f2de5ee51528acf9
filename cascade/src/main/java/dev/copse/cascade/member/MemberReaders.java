package dev.copse.cascade.member;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.forest.hard.HardForestArrays;
import dev.copse.forest.soft.InferenceMode;
import dev.copse.forest.soft.SoftForestFile;

/**
 * Rebuilds a {@link FittedMember} from a cascade's model file, by the {@code "kind"} of its description
 * ({@link FittedMember#describe}). Known kinds: {@value HardForestMember#KIND}, {@value FittedSoftForest#KIND}.
 * Stateless and thread-safe.
 */
public final class MemberReaders {

    private MemberReaders() {
    }

    /**
     * Reads the member stored under {@code prefix}.
     *
     * @param description the member's description from the file's header
     * @throws ModelFileException naming the file and the member if its kind is unknown or its arrays or
     *                            description do not hold a valid member
     */
    public static FittedMember read(ModelFile file, String prefix, JsonObject description)
            throws ModelFileException {
        String kind = description.find("kind").filter(v -> v.kind().equals("string")).map(v -> v.asString())
                .orElseThrow(() -> new ModelFileException(file.source(), "member " + prefix
                        + " has no \"kind\" string in its description"));
        if (kind.equals(HardForestMember.KIND)) {
            return new HardForestMember(HardForestArrays.read(file, prefix, object(file, prefix, description)));
        }
        if (kind.equals(FittedSoftForest.KIND)) {
            String mode = description.find("mode").filter(v -> v.kind().equals("string")).map(v -> v.asString())
                    .orElseThrow(() -> new ModelFileException(file.source(), "member " + prefix
                            + " has no \"mode\" string in its description"));
            InferenceMode inference;
            try {
                inference = InferenceMode.valueOf(mode);
            } catch (IllegalArgumentException e) {
                throw new ModelFileException(file.source(), "member " + prefix + " has inference mode '" + mode
                        + "'; known: SOFT, HARD, PRUNED_SOFT");
            }
            return new FittedSoftForest(SoftForestFile.read(file, prefix, object(file, prefix, description)),
                    inference);
        }
        throw new ModelFileException(file.source(), "member " + prefix + " is of kind '" + kind
                + "', which this Copse cannot read; known kinds: " + HardForestMember.KIND + ", "
                + FittedSoftForest.KIND);
    }

    private static JsonObject object(ModelFile file, String prefix, JsonObject description)
            throws ModelFileException {
        return description.find("forest").filter(v -> v.kind().equals("object")).map(v -> v.asObject())
                .orElseThrow(() -> new ModelFileException(file.source(), "member " + prefix
                        + " has no \"forest\" object in its description"));
    }
}
