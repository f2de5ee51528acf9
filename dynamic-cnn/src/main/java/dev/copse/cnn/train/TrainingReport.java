package dev.copse.cnn.train;

import dev.copse.core.data.Provenance;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of {@link CnnTrainer#fit}: one {@link EpochStats} per epoch run, the epoch whose weights were
 * kept, and whether training stopped before its last epoch.
 *
 * @param epochs       the epochs run, in order
 * @param bestEpoch    the epoch whose weights the network holds (the best validation accuracy, or the last
 *                     epoch without validation)
 * @param stoppedEarly whether early stopping ended training before the configured number of epochs
 */
public record TrainingReport(List<EpochStats> epochs, int bestEpoch, boolean stoppedEarly) {

    public TrainingReport {
        epochs = List.copyOf(epochs);
    }

    /** The last epoch run. */
    public EpochStats last() {
        return epochs.getLast();
    }

    /**
     * The report as JSON, with the options and the training data's provenance (for a model file's
     * {@code training} header).
     */
    public JsonObject toJson(TrainingOptions options, Provenance data) {
        List<JsonValue> rows = new ArrayList<>();
        for (EpochStats e : epochs) {
            JsonObject.Builder row = JsonObject.builder()
                    .put("epoch", e.epoch())
                    .put("train_loss", e.trainLoss())
                    .put("train_accuracy", e.trainAccuracy())
                    .put("learning_rate", e.learningRate())
                    .put("seconds", e.seconds());
            if (!Double.isNaN(e.validationAccuracy())) {
                row.put("validation_loss", e.validationLoss()).put("validation_accuracy", e.validationAccuracy());
            }
            rows.add(row.build());
        }
        return JsonObject.builder()
                .put("data_source", data.source())
                .put("data_sha256", data.sha256())
                .put("seed", options.seed())
                .put("epochs_configured", options.epochs())
                .put("batch_size", options.batchSize())
                .put("optimizer", options.optimizer().toString())
                .put("schedule", options.schedule().toString())
                .put("augmentation", options.augmentation().toString())
                .put("validation_fraction", options.validationFraction())
                .put("best_epoch", bestEpoch)
                .put("stopped_early", stoppedEarly)
                .put("epochs", new JsonArray(rows))
                .build();
    }
}
