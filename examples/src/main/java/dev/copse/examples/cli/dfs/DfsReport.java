package dev.copse.examples.cli.dfs;

import dev.copse.cnn.dfs.DfsEvaluation;
import dev.copse.cnn.dfs.SweepPoint;
import dev.copse.cnn.dfs.SweepTables;
import java.util.List;
import java.util.Locale;

/** The text the DFS commands print about one evaluated model. */
final class DfsReport {

    private DfsReport() {
    }

    static String summary(DfsEvaluation evaluation, String label, double target) {
        List<SweepPoint> point = List.of(SweepPoint.of(label, target, evaluation));
        return String.format(Locale.ROOT, "test rows %d: accuracy %.2f%%, computation percentage %.1f%%, "
                        + "%.4g BitOPs and %.4g MACs per image (realised, gate included)%n%n",
                evaluation.predicted().length, 100 * evaluation.accuracy(), evaluation.computationPercentage(),
                evaluation.meanBitOps(), evaluation.meanMacs())
                + "decisions per gated block (share of test images):\n\n" + SweepTables.histogramMarkdown(point);
    }

    /** A percentage without a trailing {@code .0}. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** A data name or folder made safe for a file name. */
    static String safeName(String data) {
        String last = java.nio.file.Path.of(data).getFileName().toString();
        return last.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
