package dev.copse.forest.soft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every invalid option is rejected with a message naming the field, the rule and the value. */
class OptionsTest {

    private static void rejects(Supplier<Options> build, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void defaultsAreValid() {
        Options o = Options.defaults();
        assertEquals(Combination.SUMMED_LOGITS, o.combination());
        assertTrue(o.threads() >= 1);
    }

    @Test
    void withMethodsChangeOneField() {
        Options o = Options.defaults().withTrees(3).withMaxDepth(5).withBetaSchedule(1f, 4f).withL2(0.5f);
        assertEquals(3, o.trees());
        assertEquals(5, o.maxDepth());
        assertEquals(1f, o.beta());
        assertEquals(4f, o.finalBeta());
        assertEquals(0.5f, o.l2());
        assertEquals(Options.defaults().epochs(), o.epochs());
        assertEquals(new Options(3, 5, o.combination(), o.objective(), 1f, 4f, o.sizePenalty(), o.initialLeafness(),
                o.balancePenalty(), 0.5f, o.learningRate(), o.schedule(), o.epochs(), o.batchSize(), o.seed(),
                o.threads(), o.validationFraction(), o.patience(), o.featureFraction(), o.rowFraction(),
                o.inputDropout(), o.leafThreshold(), o.fineTuneEpochs()), o);
    }

    @Test
    void rejectsInvalidValues() {
        Options d = Options.defaults();
        rejects(() -> d.withTrees(0), "Options.trees", ">= 1", "got 0");
        rejects(() -> d.withMaxDepth(0), "Options.maxDepth", "between 1 and 12", "got 0");
        rejects(() -> d.withMaxDepth(13), "Options.maxDepth", "got 13");
        rejects(() -> d.withCombination(null), "Options.combination", "MIXTURE or SUMMED_LOGITS");
        rejects(() -> d.withObjective(null), "Options.objective", "JOINT or PER_TREE");
        rejects(() -> d.withSchedule(null), "Options.schedule", "CONSTANT or COSINE");
        rejects(() -> d.withBeta(0f), "Options.beta", "> 0", "got 0.0");
        rejects(() -> d.withBetaSchedule(1f, Float.NaN), "Options.finalBeta", "got NaN");
        rejects(() -> d.withSizePenalty(-1f), "Options.sizePenalty", ">= 0", "got -1.0");
        rejects(() -> d.withInitialLeafness(1f), "Options.initialLeafness", "(0, 1)", "got 1.0");
        rejects(() -> d.withBalancePenalty(Float.POSITIVE_INFINITY), "Options.balancePenalty", "finite");
        rejects(() -> d.withL2(-0.1f), "Options.l2", "got -0.1");
        rejects(() -> d.withLearningRate(0f), "Options.learningRate", "> 0");
        rejects(() -> d.withEpochs(0), "Options.epochs", ">= 1");
        rejects(() -> d.withBatchSize(0), "Options.batchSize", ">= 1");
        rejects(() -> d.withThreads(0), "Options.threads", ">= 1");
        rejects(() -> d.withValidation(1f, 3), "Options.validationFraction", "[0, 1)", "got 1.0");
        rejects(() -> d.withValidation(0.1f, 0), "Options.patience", ">= 1");
        rejects(() -> d.withFeatureFraction(0f), "Options.featureFraction", "(0, 1]");
        rejects(() -> d.withObjective(Objective.PER_TREE).withRowFraction(1.5f), "Options.rowFraction", "(0, 1]");
        rejects(() -> d.withInputDropout(1f), "Options.inputDropout", "[0, 1)", "got 1.0");
        rejects(() -> d.withLeafThreshold(0f), "Options.leafThreshold", "(0, 1]");
        rejects(() -> d.withFineTuneEpochs(-1), "Options.fineTuneEpochs", ">= 0");
    }

    @Test
    void rowSubsamplingNeedsPerTreeObjective() {
        rejects(() -> Options.defaults().withRowFraction(0.5f), "rowFraction", "PER_TREE", "JOINT");
        assertEquals(0.5f, Options.defaults().withObjective(Objective.PER_TREE).withRowFraction(0.5f).rowFraction());
    }
}
