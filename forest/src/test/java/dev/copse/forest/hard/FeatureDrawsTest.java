package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.forest.hard.binning.BinningOptions;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureDrawsTest {

    /** Features 0 and 5 constant in training, the other 8 with two values. */
    private static FeatureBinner binner() {
        int d = 10;
        float[] x = new float[2 * d];
        for (int f = 0; f < d; f++) {
            x[d + f] = f == 0 || f == 5 ? 0 : 1;
        }
        return FeatureBinner.fit(x, 2, d, BinningOptions.defaults(), 1, 1);
    }

    @Test
    void drawsMaxFeaturesDistinctFeaturesAndNeverATrainingConstant() {
        FeatureDraws draws = new FeatureDraws(binner(), 3);
        draws.startTree();
        assertEquals(2, draws.rootConstants());
        SplittableRandom random = new SplittableRandom(1);
        for (int node = 0; node < 200; node++) {
            draws.startNode(draws.rootConstants());
            Set<Integer> seen = new HashSet<>();
            for (int f = draws.next(random); f >= 0; f = draws.next(random)) {
                assertTrue(seen.add(f), "feature " + f + " drawn twice");
                assertFalse(f == 0 || f == 5, "a constant feature was returned");
            }
            assertTrue(seen.size() <= 3, "at most maxFeatures draws when everything varies");
            assertEquals(2, draws.finishNode());
        }
    }

    @Test
    void keepsDrawingPastConstantsUntilOneVaries() {
        FeatureDraws draws = new FeatureDraws(binner(), 1);
        draws.startTree();
        SplittableRandom random = new SplittableRandom(4);
        for (int node = 0; node < 100; node++) {
            draws.startNode(draws.rootConstants());
            int varying = -1;
            int scanned = 0;
            for (int f = draws.next(random); f >= 0; f = draws.next(random)) {
                scanned++;
                if (f % 2 == 1) {
                    varying = f; // pretend only odd features vary in this node
                } else {
                    draws.wasConstant();
                }
            }
            assertTrue(varying % 2 == 1, "stops only after a varying feature");
            assertEquals(2 + scanned - 1, draws.finishNode(), "children know every constant found here");
        }
    }

    @Test
    void childrenNeverScanKnownConstantsAndSiblingsSeeTheSameSet() {
        FeatureDraws draws = new FeatureDraws(binner(), 8);
        draws.startTree();
        SplittableRandom random = new SplittableRandom(9);
        draws.startNode(draws.rootConstants());
        Set<Integer> foundConstant = new HashSet<>();
        for (int f = draws.next(random); f >= 0; f = draws.next(random)) {
            if (f < 4) {
                draws.wasConstant();
                foundConstant.add(f);
            }
        }
        int childKnown = draws.finishNode();
        assertEquals(2 + foundConstant.size(), childKnown);
        for (int sibling = 0; sibling < 2; sibling++) {
            draws.startNode(childKnown);
            for (int f = draws.next(random); f >= 0; f = draws.next(random)) {
                assertFalse(foundConstant.contains(f) || f == 0 || f == 5, "known constant " + f + " scanned");
            }
            assertEquals(childKnown, draws.finishNode());
        }
    }
}
