package dev.copse.cnn.model;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A trained {@link ResNet} (see {@link CnnModel} for what it holds, its file and its thread-safety). Its
 * network can be run block by block with per-sample decisions through
 * {@link dev.copse.cnn.exec.ResNetExecutor}.
 */
public final class ResNetModel extends CnnModel {

    private ResNetModel(ResNet network, List<String> classNames, JsonObject training) {
        super(network, classNames, training);
    }

    /**
     * A model holding copies of {@code network}'s arrays.
     *
     * @throws IllegalArgumentException when the class names do not match the classes or an array is not finite
     */
    public static ResNetModel of(ResNet network, List<String> classNames, JsonObject training) {
        return new ResNetModel(network, classNames, training);
    }

    @Override
    public ResNetSpec architecture() {
        return (ResNetSpec) super.architecture();
    }

    @Override
    public ResNet newNetwork() {
        return (ResNet) super.newNetwork();
    }

    /**
     * Reads a ResNet model saved by {@link #save}.
     *
     * @throws ModelFileException when the file is not a valid ResNet model (naming the file and the problem)
     * @throws IOException        when reading fails
     */
    public static ResNetModel load(Path file) throws IOException {
        return from(ModelFile.read(file));
    }

    /**
     * The ResNet model in an already read model file.
     *
     * @throws ModelFileException when the file is not a valid ResNet model (naming the file and the problem)
     */
    public static ResNetModel from(ModelFile model) throws ModelFileException {
        model.requireType(ResNetSpec.MODEL_TYPE);
        try {
            return new ResNetModel((ResNet) readNetwork(model), readClassNames(model), readTraining(model));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(model.source(), e.getMessage());
        }
    }
}
