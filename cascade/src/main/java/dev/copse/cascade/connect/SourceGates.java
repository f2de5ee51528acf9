package dev.copse.cascade.connect;

import dev.copse.cascade.member.InputBlocks;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns the gates of {@link LearnedConnectivity} for one level: a gated softmax regression (the "probe")
 * on the level's candidate input, standardised by {@link dev.copse.cascade.member.BlockScaling},
 * <pre>
 *   z = W^T (g (.) x) + b,   g_j = sigmoid(c_s) for every column j of block s,
 *   loss = mean cross-entropy(softmax(z), y) + lambda sum_s g_s + (mu / 2) ||W||^2,
 * </pre>
 * trained with Adam ({@link dev.copse.core.optim.Adam}) on mini-batches of 256 rows ({@link GateProbe}).
 * Gradients, with
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
        float[] gates = new GateProbe(options, blocks, classes).train(x, n, labels, seed);
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
}
