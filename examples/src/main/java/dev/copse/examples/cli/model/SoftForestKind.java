package dev.copse.examples.cli.model;

import dev.copse.core.data.TrainTest;
import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.model.CostedClassifier;
import dev.copse.forest.soft.InferenceMode;
import dev.copse.forest.soft.Options;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftForestClassifier;
import dev.copse.forest.soft.SoftForestFile;
import dev.copse.forest.soft.TreeSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** {@code soft-forest}: soft-routing trees with learned topology; answers in soft, hard and pruned-soft mode. */
final class SoftForestKind implements ModelKind {

    private static final Set<String> OPTIONS = Set.of("--trees", "--max-depth", "--epochs", "--learning-rate",
            "--batch-size", "--seed", "--threads");

    @Override
    public String name() {
        return "soft-forest";
    }

    @Override
    public String fileType() {
        return SoftForestFile.MODEL_TYPE;
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public TrainedModel train(TrainTest data, TrainSettings settings, ProgressListener listener) {
        Options options = Options.defaults();
        if (settings.trees() != null) {
            options = options.withTrees(settings.trees());
        }
        if (settings.maxDepth() != null) {
            options = options.withMaxDepth(settings.maxDepth());
        }
        if (settings.epochs() != null) {
            options = options.withEpochs(settings.epochs());
        }
        if (settings.learningRate() != null) {
            options = options.withLearningRate(settings.learningRate().floatValue());
        }
        if (settings.batchSize() != null) {
            options = options.withBatchSize(settings.batchSize());
        }
        if (settings.seed() != null) {
            options = options.withSeed(settings.seed());
        }
        options = options.withThreads(settings.threadsOr(options.threads()));
        SoftForest forest = SoftForest.fit(data.train(), options, listener);
        JsonObject provenance = JsonObject.builder()
                .put("options", options.toString())
                .put("data", data.train().provenance().source())
                .put("dataSha256", data.train().provenance().sha256())
                .build();
        return new Trained(forest, provenance);
    }

    @Override
    public TrainedModel load(ModelFile file) throws IOException {
        return new Trained(SoftForestFile.read(file), file.header().get("provenance").asObject());
    }

    private record Trained(SoftForest forest, JsonObject provenance) implements TrainedModel {

        @Override
        public List<CostedClassifier> modes() {
            return Arrays.stream(InferenceMode.values())
                    .<CostedClassifier>map(mode -> SoftForestClassifier.of(forest, mode)).toList();
        }

        @Override
        public List<String> structure() {
            int inner = 0;
            int full = 0;
            int leaves = 0;
            int maxDepth = 0;
            double depthSum = 0;
            for (TreeSummary summary : forest.summaries()) {
                inner += summary.innerNodes();
                full += summary.fullInnerNodes();
                leaves += summary.leaves();
                maxDepth = Math.max(maxDepth, summary.maxLeafDepth());
                depthSum += summary.meanLeafDepth();
            }
            return List.of(String.format("%d trees: %d of %d inner nodes retained (%.1f %%), %d leaves,"
                            + " mean leaf depth %.2f, max %d", forest.numTrees(), inner, full, 100.0 * inner / full,
                    leaves, depthSum / forest.numTrees(), maxDepth));
        }

        @Override
        public void save(Path file) throws IOException {
            SoftForestFile.save(forest, provenance, file);
        }
    }
}
