package dev.copse.examples.cli.model;

import dev.copse.core.data.TrainTest;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.util.Set;

/** One kind of model the command line can train and load. */
interface ModelKind {

    /** The name on the command line, e.g. {@code random-forest}. */
    String name();

    /** The model type its files carry (see {@link ModelFile#modelType()}). */
    String fileType();

    /** The {@code copse train} options it uses, e.g. {@code --trees}; others are refused. */
    Set<String> options();

    /** Trains on {@code data.train()}; the test part is for evaluation only and must not be looked at. */
    TrainedModel train(TrainTest data, TrainSettings settings, ProgressListener listener) throws IOException;

    /** Rebuilds a model from a file of this kind's {@link #fileType()}. */
    TrainedModel load(ModelFile file) throws IOException;
}
