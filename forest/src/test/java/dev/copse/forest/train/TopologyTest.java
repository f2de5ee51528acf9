package dev.copse.forest.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.Options;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import dev.copse.forest.soft.TreeSummary;
import org.junit.jupiter.api.Test;

/** The size penalty shrinks trees, and finalisation plus fine-tuning keep exactly the finalised structure. */
class TopologyTest {

    private static Options options(float sizePenalty) {
        return Options.defaults().withTrees(2).withMaxDepth(4).withEpochs(15).withLearningRate(0.02f)
                .withBatchSize(32).withValidation(0f, 1).withThreads(2).withSizePenalty(sizePenalty)
                .withFineTuneEpochs(2).withSeed(3);
    }

    private static int retained(SoftForest forest) {
        int inner = 0;
        for (TreeSummary s : forest.summaries()) {
            inner += s.innerNodes();
        }
        return inner;
    }

    @Test
    void largeSizePenaltyGrowsSmallerTrees() {
        ToyData data = ToyData.xor(800, 5);
        TrainingOutcome free = SoftForestTrainer.run(data.x, data.y, 2, 2, options(0f), ProgressListener.none());
        TrainingOutcome penalised = SoftForestTrainer.run(data.x, data.y, 2, 2, options(0.01f),
                ProgressListener.none());
        int freeNodes = retained(free.finalised());
        int penalisedNodes = retained(penalised.finalised());
        assertTrue(freeNodes >= 20, "without a size penalty most of the 30 inner nodes stay: " + freeNodes);
        assertTrue(penalisedNodes <= freeNodes / 2,
                "lambda 0.01 should at least halve the trees: " + penalisedNodes + " vs " + freeNodes);
        double accuracy = penalised.finalised().predictSoft(data.x, data.size()).accuracy(data.y);
        assertTrue(accuracy > 0.95, "the smaller trees still solve XOR: " + accuracy);
    }

    @Test
    void fineTuningKeepsTheFinalisedStructure() {
        ToyData data = ToyData.xor(600, 6);
        TrainingOutcome outcome = SoftForestTrainer.run(data.x, data.y, 2, 2, options(0.01f), ProgressListener.none());
        SoftForest expected = outcome.full().finalise(0.5f);
        for (int t = 0; t < expected.numTrees(); t++) {
            SoftTree a = expected.tree(t);
            SoftTree b = outcome.finalised().tree(t);
            assertEquals(a.nodeCount(), b.nodeCount(), "tree " + t + " node count");
            assertEquals(a.innerNodeCount(), b.innerNodeCount(), "tree " + t + " inner nodes");
            for (int n = 0; n < a.nodeCount(); n++) {
                assertEquals(a.nodeId(n), b.nodeId(n), "tree " + t + " node " + n);
                // Leafness is frozen during fine-tuning.
                assertEquals(a.leafness(n), b.leafness(n), 0f, "tree " + t + " leafness of node " + n);
            }
        }
        assertTrue(fineTuneEpochs(outcome) > 0, "fine-tuning ran");
    }

    private static long fineTuneEpochs(TrainingOutcome outcome) {
        return outcome.history().stream().filter(r -> r.phase().equals("fine-tune")).count();
    }

    /** Finalisation drops every subtree below a node whose leafness exceeds the threshold. */
    @Test
    void finaliseDropsSubtreesBelowLeaves() {
        SoftTree full = dev.copse.forest.soft.TestTrees.complete(4, 3, 2, 1f, 9);
        SoftTree finalised = full.finalise(0.5f);
        for (int n = 0; n < finalised.nodeCount(); n++) {
            int original = full.indexOf(finalised.nodeId(n));
            if (finalised.isInner(n)) {
                assertTrue(full.leafness(original) <= 0.5f);
                assertEquals(full.leafness(original), finalised.leafness(n));
            } else {
                assertEquals(1f, finalised.leafness(n));
                assertTrue(!full.isInner(original) || full.leafness(original) > 0.5f);
            }
            // Every ancestor of a kept node is a kept inner node with leafness at most 0.5.
            for (int id = finalised.nodeId(n); id > 0; ) {
                id = (id - 1) / 2;
                int ancestor = full.indexOf(id);
                assertTrue(full.leafness(ancestor) <= 0.5f, "ancestor " + id + " of kept node would be a leaf");
            }
        }
        assertTrue(finalised.innerNodeCount() < full.innerNodeCount(), "leafness up to 1 prunes something");
    }
}
