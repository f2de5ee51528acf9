package dev.copse.forest.train;

import java.util.SplittableRandom;

/**
 * Which training rows each tree learns from under a per-tree objective: each tree keeps each row with
 * probability {@code rowFraction}, independently and seeded (subsampling without replacement per tree,
 * a diversity device as in bagging). With fraction 1 every tree keeps every row.
 */
final class RowSubsets {

    private final boolean[][] member; // [T][n], null when every tree keeps every row
    private final boolean perTree;

    /** @param perTree whether each tree has its own loss (one loss group per tree) */
    RowSubsets(int trees, int rows, float fraction, long seed, boolean perTree) {
        this.perTree = perTree;
        if (fraction >= 1f) {
            this.member = null;
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        this.member = new boolean[trees][rows];
        for (int t = 0; t < trees; t++) {
            for (int r = 0; r < rows; r++) {
                member[t][r] = random.nextFloat() < fraction;
            }
        }
    }

    boolean contains(int tree, int row) {
        return member == null || member[tree][row];
    }

    /**
     * Sets {@code buf.weight} for the rows in the batch: a joint objective weighs each row {@code 1/B}; a
     * per-tree objective weighs row b of tree t {@code 1/(B T)} if t keeps the row, else 0.
     */
    void setWeights(BatchBuffers buf, int trees) {
        int groups = buf.groups;
        if (!perTree) {
            java.util.Arrays.fill(buf.weight, 0, buf.count, 1f / buf.count);
            return;
        }
        float w = 1f / ((float) buf.count * trees);
        for (int b = 0; b < buf.count; b++) {
            for (int t = 0; t < groups; t++) {
                buf.weight[b * groups + t] = contains(t, buf.rows[b]) ? w : 0f;
            }
        }
    }
}
