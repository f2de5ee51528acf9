package dev.copse.cascade.connect;

import dev.copse.cascade.member.BlockScaling;
import dev.copse.cascade.member.InputBlocks;
import dev.copse.core.kernel.Gemm;
import dev.copse.core.kernel.Softmax;
import dev.copse.core.optim.Adam;
import dev.copse.core.optim.AdamOptions;
import dev.copse.core.optim.LearningRateSchedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Learns the gates of {@link LearnedConnectivity} for one level: a gated softmax regression (the "probe")
 * on the level's candidate input, standardised by {@link BlockScaling},
 * <pre>
 *   z = W^T (g (.) x) + b,   g_j = sigmoid(c_s) for every column j of block s,
 *   loss = mean cross-entropy(softmax(z), y) + lambda sum_s g_s + (mu / 2) ||W||^2,
 * </pre>
 * trained with Adam ({@link dev.copse.core.optim.Adam}) on mini-batches of 256 rows. Gradients, with
 * {@code dZ = (softmax(z) - onehot(y)) / B} and {@code G = X^T dZ} on the ungated rows:
 * {@code dW_jc = g_s G_jc + mu W_jc}, {@code db = sum_i dZ_i}, {@code dc_s = (sum_{j in s, c} W_jc G_jc
 * + lambda) g_s (1 - g_s)}.
 *
 * <p><b>Why an L2 term on W (Copse).</b> Without it the probe could shrink a gate and grow the block's
 * weights to match, and the L1 penalty would cut nothing. With it, the cheapest way to carry a block with
 * effective weights {@code V = g W} costs {@code ~ lambda^(2/3) mu^(1/3) ||V||^(2/3)}: a sparsity-inducing
 * group penalty, so a block that does not lower the loss (noise) is driven to {@code V = 0} and its gate to
 * 0, while a useful block keeps a gate that balances its gain against the penalty.
 *
 * <p><b>Why a probe (Copse).</b> METHODS.md puts the gates inside the soft forests' inputs. The soft-forest
 * trainer exposes no input-gradient hook, so the gates are learned by this linear probe on the same input
 * and then applied as a hard cut; the members train on the surviving blocks only. The probe sees at most
 * {@link LearnedConnectivity#sampleRows()} rows, a seeded random subset. Gates start at {@code 0.5}.
 *
 * <p>Deterministic for a given seed (GEMM results do not depend on the thread count). Stateless.
 */
public final class SourceGates {

    private static final int BATCH = 256;

    private SourceGates() {
    }

    /**
     * The learned gate of every candidate, and which survive: those at or above the threshold, or, if none
     * is, the one with the largest gate. A single candidate is kept with gate 1 without training.
     *
     * @param candidates the level's candidate sources, in input order, one per block of {@code blocks}
     * @param x          the candidate input, {@code [n][blocks.totalWidth()]} row-major, raw
     * @param labels     one per row, in {@code [0, classes)}
     * @throws IllegalArgumentException if the sizes disagree
     * @throws IllegalStateException    if the probe diverges (a gate becomes NaN)
     */
    public static List<SourceGate> learn(LearnedConnectivity options, List<Source> candidates, float[] x, int n,
                                         InputBlocks blocks, int[] labels, int classes, long seed) {
        if (candidates.size() != blocks.count()) {
            throw new IllegalArgumentException(candidates.size() + " candidate sources for " + blocks.count()
                    + " input blocks");
        }
        if (labels.length != n || (long) n * blocks.totalWidth() != x.length) {
            throw new IllegalArgumentException("gate probe input has " + x.length + " values and " + labels.length
                    + " labels for " + n + " rows of " + blocks.totalWidth());
        }
        if (candidates.size() == 1) {
            return List.of(new SourceGate(candidates.get(0), 1, true));
        }
        float[] gates = new Probe(options, blocks, classes).train(x, n, labels, seed);
        int best = 0;
        for (int s = 0; s < gates.length; s++) {
            if (!Float.isFinite(gates[s])) {
                throw new IllegalStateException("learned connectivity diverged (gate of " + candidates.get(s)
                        + " is " + gates[s] + "); lower the learning rate or the l1 weight");
            }
            best = gates[s] > gates[best] ? s : best;
        }
        List<SourceGate> out = new ArrayList<>(gates.length);
        for (int s = 0; s < gates.length; s++) {
            out.add(new SourceGate(candidates.get(s), gates[s], gates[s] >= options.threshold() || s == best));
        }
        return List.copyOf(out);
    }

    /** The probe's parameters and its training loop; temporary training state. */
    private static final class Probe {

        private final LearnedConnectivity options;
        private final InputBlocks blocks;
        private final int classes;
        private final int width;
        private final int[] blockOf;  // [width] block of each column
        private final float[] weights; // [width][C], then [C] biases
        private final float[] logits;  // [S] gate logits c_s

        Probe(LearnedConnectivity options, InputBlocks blocks, int classes) {
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
            for (int i = 0; i < m; i++) {
                order[i] = i;
            }
            float[] batch = new float[BATCH * width];
            float[] gated = new float[BATCH * width];
            float[] z = new float[BATCH * classes];
            float[] g = new float[logits.length];
            for (int epoch = 0; epoch < options.epochs(); epoch++) {
                shuffle(order, random);
                for (int from = 0; from < m; from += BATCH) {
                    int b = Math.min(BATCH, m - from);
                    for (int i = 0; i < b; i++) {
                        System.arraycopy(x, order[from + i] * width, batch, i * width, width);
                    }
                    gates(g);
                    gradients(batch, gated, z, b, y, order, from, g, weightGrad, gateGrad);
                    weightStep.step(weights, weightGrad);
                    gateStep.step(logits, gateGrad);
                }
            }
            gates(g);
            return g;
        }

        /** Fills both gradients for the batch {@code batch[0 .. b)} (see the class description). */
        private void gradients(float[] batch, float[] gated, float[] z, int b, int[] y, int[] order, int from,
                               float[] g, float[] weightGrad, float[] gateGrad) {
            int c = classes;
            for (int i = 0; i < b; i++) {
                for (int j = 0; j < width; j++) {
                    gated[i * width + j] = batch[i * width + j] * g[blockOf[j]];
                }
                System.arraycopy(weights, width * c, z, i * c, c);
            }
            Gemm.sgemm(false, false, b, c, width, 1f, gated, 0, width, weights, 0, c, 1f, z, 0, c);
            Softmax.rows(b, c, z, 0, z, 0);
            Arrays.fill(weightGrad, width * c, weightGrad.length, 0f);
            for (int i = 0; i < b; i++) {
                z[i * c + y[order[from + i]]] -= 1f;
                for (int k = 0; k < c; k++) {
                    z[i * c + k] /= b;
                    weightGrad[width * c + k] += z[i * c + k];
                }
            }
            // G = X^T dZ on the ungated rows, [width][C], into the weight part of weightGrad.
            Gemm.sgemm(true, false, width, c, b, 1f, batch, 0, width, z, 0, c, 0f, weightGrad, 0, c);
            Arrays.fill(gateGrad, 0f);
            for (int j = 0; j < width; j++) {
                int s = blockOf[j];
                double dg = 0;
                for (int k = 0; k < c; k++) {
                    int at = j * c + k;
                    dg += (double) weights[at] * weightGrad[at];
                    weightGrad[at] = weightGrad[at] * g[s] + (float) (options.l2() * weights[at]);
                }
                gateGrad[s] += (float) dg;
            }
            for (int s = 0; s < gateGrad.length; s++) {
                gateGrad[s] = (float) ((gateGrad[s] + options.l1()) * g[s] * (1 - g[s]));
            }
        }

        private void gates(float[] g) {
            for (int s = 0; s < logits.length; s++) {
                g[s] = (float) (1 / (1 + Math.exp(-logits[s])));
            }
        }

        private int[] sample(int n, SplittableRandom random) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
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
}
