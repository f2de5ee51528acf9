package dev.copse.cnn.dfs;

/**
 * One DFS model of a sweep, evaluated on test data.
 *
 * @param label      what the point is ({@code target 30}, {@code pretrained})
 * @param target     the target computation percentage it was trained for
 * @param accuracy   test accuracy
 * @param cp         realised computation percentage on the test data
 * @param meanBitOps mean realised BitOPs per test image (ledger, gate included)
 * @param meanMacs   mean realised MACs per test image, any bitwidth
 * @param decisions  the per-block decision histogram on the test data
 */
public record SweepPoint(String label, double target, double accuracy, double cp, double meanBitOps, double meanMacs,
                         DecisionCounts decisions) {

    /** The point of {@code evaluation}, a model trained for {@code target}. */
    public static SweepPoint of(String label, double target, DfsEvaluation evaluation) {
        return new SweepPoint(label, target, evaluation.accuracy(), evaluation.computationPercentage(),
                evaluation.meanBitOps(), evaluation.meanMacs(), evaluation.decisions());
    }
}
