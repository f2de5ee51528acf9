package dev.copse.forest.train;

/**
 * Every per-sample array one batch needs, allocated once per training run for the largest batch and
 * reused for every batch (no per-batch garbage). Shapes in comments: B rows, T I inner nodes, T N nodes,
 * G loss groups, C classes; all row-major.
 */
final class BatchBuffers {

    final int capacity;
    final int groups;
    final float[] x;        // [B][d] inputs of the batch
    final int[] y;          // [B] labels
    final int[] rows;       // [B] training-row id of each batch row (for per-tree row subsets)
    final float[] s;        // [B][T I] beta (w.x + b)
    final float[] left;     // [B][T I] p = sigmoid(s), probability of going left
    final float[] right;    // [B][T I] 1 - p = sigmoid(-s)
    final float[] mu;       // [B][T N] routing probability of reaching each node
    final float[] w;        // [B][T N] mixing weight mu cq
    final float[] g;        // [B][T N] dLoss / dlog w (cross-entropy part)
    final float[] dz;       // [B][T I] dLoss / d(w.x + b)
    final float[] groupOut; // [B][G][C] mixed logits or mixed class probabilities of each loss group
    final float[] groupErr; // [B][G][C] dLoss / d(mixed logits), summed logits only
    final float[] weight;   // [B][G] weight of each (row, group) cross-entropy in the loss
    final double[] loss;    // [B] weighted cross-entropy of each row
    final float[] onehot;   // [B][C]
    final float[] column;   // [T N] scratch for column sums
    int count;

    BatchBuffers(ForestLayout layout, int capacity, int groups) {
        this.capacity = capacity;
        this.groups = groups;
        int ti = layout.totalInner;
        int tn = layout.totalNodes;
        int c = layout.classes;
        this.x = new float[capacity * layout.features];
        this.y = new int[capacity];
        this.rows = new int[capacity];
        this.s = new float[capacity * ti];
        this.left = new float[capacity * ti];
        this.right = new float[capacity * ti];
        this.mu = new float[capacity * tn];
        this.w = new float[capacity * tn];
        this.g = new float[capacity * tn];
        this.dz = new float[capacity * ti];
        this.groupOut = new float[capacity * groups * c];
        this.groupErr = new float[capacity * groups * c];
        this.weight = new float[capacity * groups];
        this.loss = new double[capacity];
        this.onehot = new float[capacity * c];
        this.column = new float[tn];
    }

    /** Copies rows {@code ids[from .. from+n)} of {@code data} (and their labels) into this batch. */
    void gather(float[] data, int[] labels, int features, int[] ids, int from, int n) {
        if (n > capacity) {
            throw new IllegalArgumentException("batch of " + n + " rows exceeds the buffers' " + capacity);
        }
        for (int r = 0; r < n; r++) {
            int id = ids[from + r];
            System.arraycopy(data, id * features, x, r * features, features);
            y[r] = labels[id];
            rows[r] = id;
        }
        count = n;
    }
}
