package dev.copse.forest.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Per-tree row subsets and the loss weights they give a batch. */
class RowSubsetsTest {

    private static BatchBuffers batch(int groups, int rows) {
        BatchBuffers buf = new BatchBuffers(new ForestLayout(groups, 1, 2, 2), rows, groups);
        int[] ids = new int[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = r;
        }
        buf.gather(new float[rows * 2], new int[rows], 2, ids, 0, rows);
        return buf;
    }

    @Test
    void perTreeWeightsFollowTheSubsets() {
        int rows = 1000;
        RowSubsets subsets = new RowSubsets(3, rows, 0.4f, 7, true);
        BatchBuffers buf = batch(3, rows);
        subsets.setWeights(buf, 3);
        for (int t = 0; t < 3; t++) {
            int kept = 0;
            for (int r = 0; r < rows; r++) {
                float w = buf.weight[r * 3 + t];
                assertEquals(subsets.contains(t, r) ? 1f / (rows * 3) : 0f, w);
                kept += subsets.contains(t, r) ? 1 : 0;
            }
            assertTrue(kept > 340 && kept < 460, "about 40% of the rows per tree, got " + kept);
        }
    }

    /** A per-tree objective with a single tree must still honour its subset. */
    @Test
    void singleTreePerTreeObjectiveKeepsItsSubset() {
        RowSubsets subsets = new RowSubsets(1, 200, 0.5f, 3, true);
        BatchBuffers buf = batch(1, 200);
        subsets.setWeights(buf, 1);
        int zero = 0;
        for (int r = 0; r < 200; r++) {
            zero += buf.weight[r] == 0f ? 1 : 0;
        }
        assertTrue(zero > 60 && zero < 140, "rows outside the subset weigh 0: " + zero);
    }

    @Test
    void jointObjectiveWeighsEveryRowEqually() {
        RowSubsets subsets = new RowSubsets(4, 50, 1f, 3, false);
        BatchBuffers buf = batch(1, 50);
        subsets.setWeights(buf, 4);
        for (int r = 0; r < 50; r++) {
            assertEquals(1f / 50, buf.weight[r]);
        }
    }
}
