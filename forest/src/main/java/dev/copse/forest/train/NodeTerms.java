package dev.copse.forest.train;

/**
 * The per-node quantities that depend on parameters but not on the input, recomputed once per batch:
 * leafness {@code q_n = sigmoid(a_n)} (1 at depth D and for frozen leaves), its complement
 * {@code stay_n = 1 - q_n} computed as {@code sigmoid(-a_n)} (exact even when q is near 1), the structural
 * continuation {@code c_n = prod_{a in anc(n)} stay_a}, and {@code cq_n = c_n q_n}, so that a node's
 * mixing weight is {@code w_n(x) = mu_n(x) cq_n}. For the mixture it also keeps the node distributions
 * {@code pi_n = softmax(theta_n)} and, for the log-space path, {@code log cq_n} and
 * {@code logsumexp(theta_n)} in double.
 */
final class NodeTerms {

    final float[] q;       // [T N]
    final float[] stay;    // [T N]
    final float[] cq;      // [T N]
    final float[] c;       // [T N]
    final float[] pi;      // [T N][C], mixture only
    final double[] logCq;  // [T N], mixture only
    final double[] logNorm; // [T N], mixture only

    private final ForestLayout layout;

    NodeTerms(ForestLayout layout, boolean mixture) {
        this.layout = layout;
        int tn = layout.totalNodes;
        this.q = new float[tn];
        this.stay = new float[tn];
        this.cq = new float[tn];
        this.c = new float[tn];
        this.pi = mixture ? new float[tn * layout.classes] : null;
        this.logCq = mixture ? new double[tn] : null;
        this.logNorm = mixture ? new double[tn] : null;
    }

    void update(ForestParameters p) {
        ForestLayout l = layout;
        for (int t = 0; t < l.trees; t++) {
            int nb = t * l.nodes;
            for (int n = 0; n < l.nodes; n++) {
                int k = nb + n;
                if (p.splits(t, n)) {
                    float a = p.values[l.leafnessOffset + t * l.inner + n];
                    q[k] = sigmoid(a);
                    stay[k] = sigmoid(-a);
                } else {
                    q[k] = 1f;
                    stay[k] = 0f;
                }
                c[k] = n == 0 ? 1f : c[nb + (n - 1) / 2] * stay[nb + (n - 1) / 2];
                cq[k] = c[k] * q[k];
            }
        }
        if (logCq != null) {
            updateLogs(p);
        }
    }

    private void updateLogs(ForestParameters p) {
        ForestLayout l = layout;
        int classes = l.classes;
        double[] logC = new double[l.nodes];
        for (int t = 0; t < l.trees; t++) {
            int nb = t * l.nodes;
            for (int n = 0; n < l.nodes; n++) {
                int k = nb + n;
                if (n == 0) {
                    logC[n] = 0;
                } else {
                    int parent = (n - 1) / 2;
                    double logStayParent = p.splits(t, parent)
                            ? -softplus(p.values[l.leafnessOffset + t * l.inner + parent])
                            : Double.NEGATIVE_INFINITY;
                    logC[n] = logC[parent] + logStayParent;
                }
                double logQ = p.splits(t, n) ? -softplus(-p.values[l.leafnessOffset + t * l.inner + n]) : 0.0;
                logCq[k] = logC[n] + logQ;
                int row = l.logitOffset + k * classes;
                double max = Double.NEGATIVE_INFINITY;
                for (int cl = 0; cl < classes; cl++) {
                    max = Math.max(max, p.values[row + cl]);
                }
                double sum = 0;
                for (int cl = 0; cl < classes; cl++) {
                    sum += Math.exp(p.values[row + cl] - max);
                }
                logNorm[k] = max + Math.log(sum);
                for (int cl = 0; cl < classes; cl++) {
                    pi[k * classes + cl] = (float) Math.exp(p.values[row + cl] - logNorm[k]);
                }
            }
        }
    }

    /** {@code log(1 + e^x)} without overflow. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    static float sigmoid(float s) {
        if (s >= 0f) {
            return 1f / (1f + (float) Math.exp(-s));
        }
        float e = (float) Math.exp(s);
        return e / (1f + e);
    }
}
