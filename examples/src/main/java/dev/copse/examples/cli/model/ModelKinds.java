package dev.copse.examples.cli.model;

import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The model kinds the command line knows, in the order {@code --help} lists them. */
final class ModelKinds {

    private static final List<ModelKind> ALL = List.of(
            new SoftForestKind(), new HardForestKind.Random(), new HardForestKind.CompletelyRandom(),
            new ResNetKind(), new CascadeKind());

    private ModelKinds() {
    }

    static List<String> names() {
        return ALL.stream().map(ModelKind::name).toList();
    }

    static Optional<ModelKind> byName(String name) {
        return ALL.stream().filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** The kind that reads {@code file}, by its model type. */
    static ModelKind forFile(ModelFile file) throws ModelFileException {
        for (ModelKind kind : ALL) {
            if (kind.fileType().equals(file.modelType())) {
                return kind;
            }
        }
        throw new ModelFileException(file.source(), "holds a " + file.modelType() + " model, which this copse"
                + " cannot load; it loads " + String.join(", ", ALL.stream().map(ModelKind::fileType).distinct()
                .toList()));
    }

    /** For picocli's completion candidates and {@code ${COMPLETION-CANDIDATES}} in help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return new ArrayList<>(names()).iterator();
        }
    }
}
