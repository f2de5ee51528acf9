package dev.copse.cnn.model;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A trained {@link DenseNet} (see {@link CnnModel} for what it holds, its file and its thread-safety). */
public final class DenseNetModel extends CnnModel {

    private DenseNetModel(DenseNet network, List<String> classNames, JsonObject training) {
        super(network, classNames, training);
    }

    /**
     * A model holding copies of {@code network}'s arrays.
     *
     * @throws IllegalArgumentException when the class names do not match the classes or an array is not finite
     */
    public static DenseNetModel of(DenseNet network, List<String> classNames, JsonObject training) {
        return new DenseNetModel(network, classNames, training);
    }

    @Override
    public DenseNetSpec architecture() {
        return (DenseNetSpec) super.architecture();
    }

    @Override
    public DenseNet newNetwork() {
        return (DenseNet) super.newNetwork();
    }

    /**
     * Reads a DenseNet model saved by {@link #save}.
     *
     * @throws ModelFileException when the file is not a valid DenseNet model (naming the file and the problem)
     * @throws IOException        when reading fails
     */
    public static DenseNetModel load(Path file) throws IOException {
        return from(ModelFile.read(file));
    }

    static DenseNetModel from(ModelFile model) throws ModelFileException {
        model.requireType(DenseNetSpec.MODEL_TYPE);
        try {
            return new DenseNetModel((DenseNet) readNetwork(model), readClassNames(model), readTraining(model));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(model.source(), e.getMessage());
        }
    }
}
