package dev.copse.forest.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.progress.ProgressEvent;
import dev.copse.forest.soft.Options;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One progress event per epoch of each phase, and a history record for each, in order. */
class ProgressReportTest {

    @Test
    void oneEventPerEpoch() {
        ToyData data = ToyData.xor(300, 4);
        List<ProgressEvent> events = new ArrayList<>();
        Options o = Options.defaults().withTrees(2).withMaxDepth(2).withEpochs(3).withBatchSize(30)
                .withValidation(0.2f, 10).withFineTuneEpochs(2).withThreads(1);
        TrainingOutcome outcome = SoftForestTrainer.run(data.x, data.y, 2, 2, o, events::add);
        assertEquals(5, events.size());
        assertEquals("epoch 1/3", events.get(0).task());
        assertEquals("epoch 3/3", events.get(2).task());
        assertEquals("fine-tune epoch 2/2", events.get(4).task());
        assertTrue(events.get(2).isFinished());
        String detail = events.get(0).detail();
        assertTrue(detail.contains("loss") && detail.contains("train acc") && detail.contains("validation acc")
                && detail.contains("samples/s"), detail);
        assertEquals(5, outcome.history().size());
        EpochRecord first = outcome.history().get(0);
        assertEquals("train", first.phase());
        assertTrue(first.validationAccuracy() >= 0 && first.validationAccuracy() <= 1);
        assertTrue(Double.isFinite(first.trainLoss()));
    }
}
