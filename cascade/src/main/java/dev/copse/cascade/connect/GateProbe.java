package dev.copse.cascade.connect;

import dev.copse.cascade.member.BlockScaling;
import dev.copse.cascade.member.InputBlocks;
import dev.copse.core.kernel.Gemm;
import dev.copse.core.kernel.Softmax;
import dev.copse.core.optim.Adam;
import dev.copse.core.optim.AdamOptions;
import dev.copse.core.optim.LearningRateSchedule;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The gated softmax regression {@link SourceGates} trains (model, loss and gradients there): its parameters,
 * its loss and gradients side by side, and its training loop. Mutable training state; not thread-safe.
 */
final class GateProbe {

    static final int BATCH = 256;

    private final LearnedConnectivity options;
    private final InputBlocks blocks;
    private final int classes;
    private final int width;
    private final int[] blockOf;   // [width] block of each column
    final float[] weights;         // [width][C] weights, then [C] biases
    final float[] logits;          // [S] gate logits c_s

    GateProbe(LearnedConnectivity options, InputBlocks blocks, int classes) {
        this.options = options;
        this.blocks = blocks;
        this.classes = classes;
        this.width = blocks.totalWidth();
        this.blockOf = new int[width];
        for (int s = 0; s < blocks.count(); s++) {
            Arrays.fill(blockOf, blocks.start(s), blocks.start(s) + blocks.width(s), s);
        }
        this.weights = new float[width * classes + classes];
        this.logits = new float[blocks.count()];
    }

    /** Trains on (a sample of) {@code n} raw rows and returns the gates {@code sigmoid(c_s)}. */
    float[] train(float[] raw, int n, int[] labels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] rows = sample(n, random);
        int m = rows.length;
        float[] x = new float[m * width];
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(raw, rows[i] * width, x, i * width, width);
            y[i] = labels[rows[i]];
        }
        x = BlockScaling.fit(x, m, blocks).apply(x);
        LearningRateSchedule rate = LearningRateSchedule.constant(options.learningRate());
        Adam weightStep = new Adam(weights.length, AdamOptions.defaults(), rate);
        Adam gateStep = new Adam(logits.length, AdamOptions.defaults(), rate);
        float[] weightGrad = new float[weights.length];
        float[] gateGrad = new float[logits.length];
        int[] order = new int[m];
        Arrays.setAll(order, i -> i);
        float[] batch = new float[BATCH * width];
        int[] batchLabels = new int[BATCH];
        int step = 0;
        while (step < options.steps()) {
            shuffle(order, random);
            for (int from = 0; from < m && step < options.steps(); from += BATCH, step++) {
                int b = Math.min(BATCH, m - from);
                for (int i = 0; i < b; i++) {
                    System.arraycopy(x, order[from + i] * width, batch, i * width, width);
                    batchLabels[i] = y[order[from + i]];
                }
                gradients(batch, b, batchLabels, weightGrad, gateGrad);
                weightStep.step(weights, weightGrad);
                gateStep.step(logits, gateGrad);
            }
        }
        return gates();
    }

    /** {@code sigmoid(c_s)} of every block. */
    float[] gates() {
        float[] g = new float[logits.length];
        for (int s = 0; s < g.length; s++) {
            g[s] = (float) (1 / (1 + Math.exp(-logits[s])));
        }
        return g;
    }

    /** The batch's softmax probabilities {@code [b][C]} under the current parameters. */
    private float[] probabilities(float[] batch, int b, float[] g) {
        int c = classes;
        float[] gated = new float[b * width];
        float[] z = new float[b * c];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < width; j++) {
                gated[i * width + j] = batch[i * width + j] * g[blockOf[j]];
            }
            System.arraycopy(weights, width * c, z, i * c, c);
        }
        Gemm.sgemm(false, false, b, c, width, 1f, gated, 0, width, weights, 0, c, 1f, z, 0, c);
        Softmax.rows(b, c, z, 0, z, 0);
        return z;
    }

    /** The loss of the class description of {@link SourceGates} on rows {@code batch[0 .. b)}. */
    double loss(float[] batch, int b, int[] y) {
        float[] g = gates();
        float[] p = probabilities(batch, b, g);
        double loss = 0;
        for (int i = 0; i < b; i++) {
            loss -= Math.log(p[i * classes + y[i]]);
        }
        loss /= b;
        for (float gate : g) {
            loss += options.l1() * gate;
        }
        double squares = 0;
        for (int k = 0; k < width * classes; k++) {
            squares += (double) weights[k] * weights[k];
        }
        return loss + options.l2() / 2 * squares;
    }

    /** Fills both gradients of {@link #loss} for the batch (formulas in {@link SourceGates}). */
    void gradients(float[] batch, int b, int[] y, float[] weightGrad, float[] gateGrad) {
        int c = classes;
        float[] g = gates();
        float[] dz = probabilities(batch, b, g);
        Arrays.fill(weightGrad, width * c, weightGrad.length, 0f);
        for (int i = 0; i < b; i++) {
            dz[i * c + y[i]] -= 1f;
            for (int k = 0; k < c; k++) {
                dz[i * c + k] /= b;
                weightGrad[width * c + k] += dz[i * c + k];
            }
        }
        // G = X^T dZ on the ungated rows, [width][C], into the weight part of weightGrad.
        Gemm.sgemm(true, false, width, c, b, 1f, batch, 0, width, dz, 0, c, 0f, weightGrad, 0, c);
        double[] dg = new double[logits.length];
        for (int j = 0; j < width; j++) {
            int s = blockOf[j];
            for (int k = 0; k < c; k++) {
                int at = j * c + k;
                dg[s] += (double) weights[at] * weightGrad[at];
                weightGrad[at] = weightGrad[at] * g[s] + (float) (options.l2() * weights[at]);
            }
        }
        for (int s = 0; s < gateGrad.length; s++) {
            gateGrad[s] = (float) ((dg[s] + options.l1()) * g[s] * (1 - g[s]));
        }
    }

    private int[] sample(int n, SplittableRandom random) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        if (n <= options.sampleRows()) {
            return all;
        }
        for (int i = 0; i < options.sampleRows(); i++) {
            int k = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[k];
            all[k] = t;
        }
        return Arrays.copyOf(all, options.sampleRows());
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
    }
}
