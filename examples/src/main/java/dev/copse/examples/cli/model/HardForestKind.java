package dev.copse.examples.cli.model;

import dev.copse.core.data.TrainTest;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.model.CostedClassifier;
import dev.copse.forest.hard.CompletelyRandomForest;
import dev.copse.forest.hard.HardForest;
import dev.copse.forest.hard.HardForestArrays;
import dev.copse.forest.hard.HardForestOptions;
import dev.copse.forest.hard.RandomForest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The axis-aligned forests: {@code random-forest} and {@code completely-random-forest}. */
abstract sealed class HardForestKind implements ModelKind {

    private static final Set<String> OPTIONS = Set.of("--trees", "--max-depth", "--seed", "--threads");

    @Override
    public String fileType() {
        return HardForest.MODEL_TYPE;
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public TrainedModel load(ModelFile file) throws IOException {
        return new Trained(HardForestArrays.read(file.requireType(HardForest.MODEL_TYPE), "",
                file.header()));
    }

    /** The model a hard forest is to the command line: one inference mode. */
    private record Trained(HardForest forest) implements TrainedModel {

        @Override
        public List<CostedClassifier> modes() {
            return List.of(forest);
        }

        @Override
        public List<String> structure() {
            return List.of(String.format("%d trees, %d nodes (%d leaves)", forest.numTrees(), forest.nodeCount(),
                    forest.leafCount()));
        }

        @Override
        public void save(Path file) throws IOException {
            forest.save(file);
        }
    }

    /** The options this kind starts from. */
    abstract HardForestOptions defaults();

    @Override
    public TrainedModel train(TrainTest data, TrainSettings settings, ProgressListener listener) {
        HardForestOptions options = defaults();
        if (settings.trees() != null) {
            options = options.withTrees(settings.trees());
        }
        if (settings.maxDepth() != null) {
            options = options.withMaxDepth(settings.maxDepth());
        }
        if (settings.seed() != null) {
            options = options.withSeed(settings.seed());
        }
        options = options.withThreads(settings.threadsOr(options.threads()));
        return new Trained(HardForest.fit(data.train(), options, listener));
    }

    static final class Random extends HardForestKind {

        @Override
        public String name() {
            return "random-forest";
        }

        @Override
        HardForestOptions defaults() {
            return RandomForest.Options.defaults();
        }
    }

    static final class CompletelyRandom extends HardForestKind {

        @Override
        public String name() {
            return "completely-random-forest";
        }

        @Override
        HardForestOptions defaults() {
            return CompletelyRandomForest.Options.defaults();
        }
    }
}
