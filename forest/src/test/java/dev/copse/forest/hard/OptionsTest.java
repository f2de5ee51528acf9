package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.forest.hard.binning.BinningOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OptionsTest {

    private static String message(Executable executable) {
        return assertThrows(IllegalArgumentException.class, executable).getMessage();
    }

    @Test
    void randomForestDefaultsFollowBreimanAndScikitLearn() {
        RandomForest.Options options = RandomForest.Options.defaults();
        assertEquals(100, options.trees());
        assertEquals(MaxFeatures.sqrt(), options.maxFeatures());
        assertEquals(HardForestOptions.UNLIMITED_DEPTH, options.maxDepth());
        assertEquals(1, options.minSamplesLeaf());
        assertTrue(options.bootstrap());
        assertEquals(SplitCriterion.GINI, options.criterion());
        assertEquals(BinningOptions.defaults(), options.binning());
        assertTrue(options.threads() >= 1);
        assertEquals(7, options.withTrees(7).trees());
        assertEquals(options, options.withTrees(7).withTrees(100));
    }

    @Test
    void invalidFieldsAreNamed() {
        RandomForest.Options rf = RandomForest.Options.defaults();
        assertEquals("RandomForest.Options: trees must be >= 1, got 0", message(() -> rf.withTrees(0)));
        assertEquals("RandomForest.Options: maxDepth must be >= 1 (or UNLIMITED_DEPTH), got 0",
                message(() -> rf.withMaxDepth(0)));
        assertEquals("RandomForest.Options: minSamplesLeaf must be >= 1, got 0",
                message(() -> rf.withMinSamplesLeaf(0)));
        assertEquals("RandomForest.Options: threads must be >= 1, got 0", message(() -> rf.withThreads(0)));
        assertEquals("RandomForest.Options: criterion must not be null; supported: GINI",
                message(() -> rf.withCriterion(null)));
        assertEquals("RandomForest.Options: maxFeatures must not be null", message(() -> rf.withMaxFeatures(null)));
        assertEquals("RandomForest.Options: binning must not be null", message(() -> rf.withBinning(null)));
        CompletelyRandomForest.Options crf = CompletelyRandomForest.Options.defaults();
        assertEquals("CompletelyRandomForest.Options: trees must be >= 1, got -3", message(() -> crf.withTrees(-3)));
    }

    @Test
    void maxFeaturesRules() {
        assertEquals(28, MaxFeatures.sqrt().resolve(784));
        assertEquals(1, MaxFeatures.sqrt().resolve(3));
        assertEquals(9, MaxFeatures.log2().resolve(784));
        assertEquals(784, MaxFeatures.all().resolve(784));
        assertEquals(78, MaxFeatures.fraction(0.1).resolve(784));
        assertEquals(1, MaxFeatures.fraction(0.01).resolve(10));
        assertEquals(5, MaxFeatures.count(5).resolve(10));
        assertEquals("maxFeatures count must be >= 1, got 0", message(() -> MaxFeatures.count(0)));
        assertEquals("maxFeatures fraction must be in (0, 1], got 1.5", message(() -> MaxFeatures.fraction(1.5)));
        assertEquals("maxFeatures count 11 exceeds the 10 features of the data",
                message(() -> MaxFeatures.count(11).resolve(10)));
    }
}
