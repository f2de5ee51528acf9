package dev.copse.cascade.grow;

import java.util.Locale;

/** Accuracy and log-loss; see {@link ValidationMetric}. */
enum StandardMetric implements ValidationMetric {

    ACCURACY {
        @Override
        public double score(float[] proba, int[] labels, int numClasses) {
            check(proba, labels, numClasses);
            long correct = 0;
            for (int r = 0; r < labels.length; r++) {
                if (argmax(proba, r * numClasses, numClasses) == labels[r]) {
                    correct++;
                }
            }
            return (double) correct / labels.length;
        }

        @Override
        public boolean improves(double candidate, double best) {
            return candidate > best;
        }
    },

    LOG_LOSS {
        @Override
        public double score(float[] proba, int[] labels, int numClasses) {
            check(proba, labels, numClasses);
            double sum = 0;
            for (int r = 0; r < labels.length; r++) {
                sum -= Math.log(Math.max(proba[r * numClasses + labels[r]], CLIP));
            }
            return sum / labels.length;
        }

        @Override
        public boolean improves(double candidate, double best) {
            return candidate < best;
        }
    };

    private static final double CLIP = 1e-15;

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return key();
    }

    /** The most probable class of the row at {@code offset}, the lowest on ties. */
    static int argmax(float[] proba, int offset, int numClasses) {
        int best = 0;
        for (int c = 1; c < numClasses; c++) {
            if (proba[offset + c] > proba[offset + best]) {
                best = c;
            }
        }
        return best;
    }

    private static void check(float[] proba, int[] labels, int numClasses) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("a score needs at least one row");
        }
        if ((long) labels.length * numClasses != proba.length) {
            throw new IllegalArgumentException(proba.length + " probabilities for " + labels.length + " rows of "
                    + numClasses + " classes");
        }
    }
}
