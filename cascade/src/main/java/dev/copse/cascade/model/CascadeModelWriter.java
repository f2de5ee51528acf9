package dev.copse.cascade.model;

import dev.copse.cascade.connect.Source;
import dev.copse.cascade.member.FittedMember;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonNull;
import dev.copse.core.json.JsonNumber;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonString;
import dev.copse.core.json.JsonValue;
import dev.copse.core.modelfile.ModelFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link CascadeModel} as a Copse model file ({@link dev.copse.core.modelfile.ModelFile}).
 *
 * <p><b>Header</b> (JSON): {@code classes} (names, index = label), {@code features}, {@code connectivity},
 * {@code training_data} ({@code source}, {@code sha256}), {@code scanner} (the scanner's description, or
 * null) and {@code levels}: per level its {@code sources} (-1 for the base features, else the level index),
 * {@code input_width} and {@code members}, each member's own description (its {@code kind} first).
 *
 * <p><b>Arrays</b>: member {@code m} of level {@code t} under the prefix {@code level.<t>.member.<m>}, member
 * {@code m} of the scanner's window size {@code s} under {@code scan.window.<s>.member.<m>}; what follows
 * the prefix is the member's own layout (for forests, {@link dev.copse.forest.hard.HardForestArrays}).
 * {@link CascadeModelReader} reads the file back.
 *
 * <p>Stateless and thread-safe.
 */
final class CascadeModelWriter {

    /** The model type of a cascade's file. */
    static final String MODEL_TYPE = "cascade-forest";
    /** The prefix of the scanner's members' arrays. */
    static final String SCANNER_PREFIX = "scan";

    private CascadeModelWriter() {
    }

    static void write(CascadeModel model, Path file) throws IOException {
        ModelFileWriter writer = new ModelFileWriter(MODEL_TYPE, header(model));
        model.scanner().ifPresent(s -> s.writeArrays(writer, SCANNER_PREFIX));
        for (int t = 0; t < model.levels().size(); t++) {
            List<FittedMember> members = model.levels().get(t).members();
            for (int m = 0; m < members.size(); m++) {
                members.get(m).writeArrays(writer, memberPrefix(t, m));
            }
        }
        writer.write(file);
    }

    /** The prefix of member {@code m} of level {@code t}. */
    static String memberPrefix(int t, int m) {
        return "level." + t + ".member." + m;
    }

    static JsonObject header(CascadeModel model) {
        List<JsonValue> classes = new ArrayList<>();
        model.classNames().forEach(name -> classes.add(JsonString.of(name)));
        List<JsonValue> levels = new ArrayList<>();
        for (CascadeLevel level : model.levels()) {
            List<JsonValue> sources = new ArrayList<>();
            for (Source source : level.sources()) {
                sources.add(JsonNumber.of(source.level()));
            }
            List<JsonValue> members = new ArrayList<>();
            for (FittedMember member : level.members()) {
                members.add(member.describe());
            }
            levels.add(JsonObject.builder()
                    .put("sources", new JsonArray(sources))
                    .put("input_width", level.inputWidth())
                    .put("members", new JsonArray(members))
                    .build());
        }
        return JsonObject.builder()
                .put("classes", new JsonArray(classes))
                .put("features", model.numFeatures())
                .put("connectivity", model.connectivity())
                .put("training_data", JsonObject.builder()
                        .put("source", model.trainingData().source())
                        .put("sha256", model.trainingData().sha256())
                        .build())
                .put("scanner", model.scanner().<JsonValue>map(s -> s.describe()).orElse(JsonNull.INSTANCE))
                .put("levels", new JsonArray(levels))
                .build();
    }
}
