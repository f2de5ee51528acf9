package dev.copse.cascade.model;

import dev.copse.cascade.connect.Source;
import dev.copse.cascade.member.FittedMember;
import dev.copse.cascade.member.MemberReaders;
import dev.copse.cascade.scan.MultiGrainedScanner;
import dev.copse.cascade.scan.Pooling;
import dev.copse.cascade.scan.WindowGeometry;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonValue;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link CascadeModel} written by {@link CascadeModelWriter} (layout there). Every header field is
 * checked for presence and type, every member is rebuilt and checked by {@link MemberReaders}, and the parts
 * must fit together as {@link CascadeModel}'s constructor demands (input widths, classes, sources); any
 * failure is a {@link ModelFileException} naming the file and the field or member.
 *
 * <p>Stateless and thread-safe.
 */
final class CascadeModelReader {

    private CascadeModelReader() {
    }

    static CascadeModel read(Path path) throws IOException {
        return read(ModelFile.read(path));
    }

    static CascadeModel read(ModelFile file) throws ModelFileException {
        file.requireType(CascadeModelWriter.MODEL_TYPE);
        Fields header = new Fields(file, "header", file.header());
        List<String> classes = new ArrayList<>();
        for (JsonValue name : header.array("classes").items()) {
            classes.add(header.text(name, "classes"));
        }
        int features = header.count("features");
        JsonObject data = header.object("training_data");
        Fields training = new Fields(file, "training_data", data);
        JsonValue scannerValue = header.value("scanner");
        MultiGrainedScanner scanner = scannerValue.isNull() ? null
                : scanner(file, new Fields(file, "scanner", header.object("scanner")), classes.size());
        List<CascadeLevel> levels = new ArrayList<>();
        List<JsonValue> described = header.array("levels").items();
        for (int t = 0; t < described.size(); t++) {
            levels.add(level(file, t, new Fields(file, "level " + t, header.object(described.get(t), "levels"))));
        }
        try {
            return new CascadeModel(classes, features, scanner, levels, header.string("connectivity"),
                    new Provenance(training.string("source"), training.string("sha256")));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file.source(), "does not hold a consistent cascade: " + e.getMessage());
        }
    }

    private static CascadeLevel level(ModelFile file, int t, Fields level) throws ModelFileException {
        List<Source> sources = new ArrayList<>();
        for (JsonValue value : level.array("sources").items()) {
            int source = level.integer(value, "sources");
            if (source < Source.FEATURES || source >= t) {
                throw level.error("sources", "names " + source + "; a level reads -1 (the features) or an "
                        + "earlier level");
            }
            sources.add(new Source(source));
        }
        List<FittedMember> members = new ArrayList<>();
        List<JsonValue> described = level.array("members").items();
        for (int m = 0; m < described.size(); m++) {
            members.add(MemberReaders.read(file, CascadeModelWriter.memberPrefix(t, m),
                    level.object(described.get(m), "members")));
        }
        try {
            return new CascadeLevel(members, sources, level.count("input_width"));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file.source(), "level " + t + ": " + e.getMessage());
        }
    }

    private static MultiGrainedScanner scanner(ModelFile file, Fields scanner, int classes)
            throws ModelFileException {
        List<JsonValue> image = scanner.array("image").items();
        if (image.size() != 3) {
            throw scanner.error("image", "must be [channels, height, width]");
        }
        List<WindowGeometry> geometries = new ArrayList<>();
        List<List<FittedMember>> members = new ArrayList<>();
        try {
            ImageShape shape = new ImageShape(scanner.integer(image.get(0), "image"),
                    scanner.integer(image.get(1), "image"), scanner.integer(image.get(2), "image"));
            Pooling pooling = new Pooling(poolingMode(scanner), scanner.count("pooling_size"));
            List<JsonValue> windows = scanner.array("windows").items();
            for (int s = 0; s < windows.size(); s++) {
                Fields window = new Fields(file, "scanner window " + s, scanner.object(windows.get(s), "windows"));
                geometries.add(new WindowGeometry(shape, window.count("window"), window.count("stride")));
                List<FittedMember> list = new ArrayList<>();
                List<JsonValue> described = window.array("members").items();
                for (int m = 0; m < described.size(); m++) {
                    list.add(MemberReaders.read(file, MultiGrainedScanner.memberPrefix(
                            CascadeModelWriter.SCANNER_PREFIX, s, m), window.object(described.get(m), "members")));
                }
                members.add(list);
            }
            return new MultiGrainedScanner(geometries, members, pooling, classes, scanner.count("images_per_block"));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file.source(), "scanner: " + e.getMessage());
        }
    }

    private static Pooling.Mode poolingMode(Fields scanner) throws ModelFileException {
        String name = scanner.string("pooling");
        for (Pooling.Mode mode : Pooling.Mode.values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        throw scanner.error("pooling", "is '" + name + "'; known: NONE, MAX, AVERAGE");
    }

    /** Typed access to one JSON object of the header, with errors that name the file and the field. */
    private record Fields(ModelFile file, String where, JsonObject object) {

        JsonValue value(String name) throws ModelFileException {
            return object.find(name).orElseThrow(() -> error(name, "is missing"));
        }

        String string(String name) throws ModelFileException {
            return text(value(name), name);
        }

        JsonArray array(String name) throws ModelFileException {
            JsonValue value = value(name);
            if (!value.kind().equals("array")) {
                throw error(name, "is a " + value.kind() + ", not an array");
            }
            return value.asArray();
        }

        JsonObject object(String name) throws ModelFileException {
            return object(value(name), name);
        }

        JsonObject object(JsonValue value, String name) throws ModelFileException {
            if (!value.kind().equals("object")) {
                throw error(name, "holds a " + value.kind() + " where an object belongs");
            }
            return value.asObject();
        }

        /** A positive int field. */
        int count(String name) throws ModelFileException {
            int value = integer(value(name), name);
            if (value < 1) {
                throw error(name, "is " + value + "; it must be positive");
            }
            return value;
        }

        int integer(JsonValue value, String name) throws ModelFileException {
            if (!value.kind().equals("number") || !value.asNumber().isIntegral()) {
                throw error(name, "holds " + value + " where an integer belongs");
            }
            long number = value.asNumber().longValueExact();
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw error(name, "holds " + number + ", outside the int range");
            }
            return (int) number;
        }

        String text(JsonValue value, String name) throws ModelFileException {
            if (!value.kind().equals("string")) {
                throw error(name, "holds " + value + " where a string belongs");
            }
            return value.asString();
        }

        ModelFileException error(String name, String problem) {
            return new ModelFileException(file.source(), where + " field '" + name + "' " + problem);
        }
    }
}
