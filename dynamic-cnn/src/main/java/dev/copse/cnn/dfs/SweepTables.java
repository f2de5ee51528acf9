package dev.copse.cnn.dfs;

import java.util.List;
import java.util.Locale;

/**
 * The tables of a DFS sweep as Markdown and CSV: accuracy against computation (one row per point), and the
 * per-block decision histograms (one row per point and gated block, one column per option, as percentages
 * of the test samples).
 *
 * <p>Stateless.
 */
public final class SweepTables {

    private SweepTables() {
    }

    /** Markdown: point, target, accuracy, cp, BitOPs and MACs per image. */
    public static String accuracyMarkdown(List<SweepPoint> points) {
        StringBuilder out = new StringBuilder("| model | target cp (%) | test accuracy (%) | realised cp (%) "
                + "| BitOPs per image | MACs per image |\n|---|---:|---:|---:|---:|---:|\n");
        for (SweepPoint p : points) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.1f | %.4g | %.4g |%n", p.label(),
                    number(p.target()), 100 * p.accuracy(), p.cp(), p.meanBitOps(), p.meanMacs()));
        }
        return out.toString();
    }

    /** CSV with a header row: {@code label,target,accuracy,cp,bitops,macs}. */
    public static String accuracyCsv(List<SweepPoint> points) {
        StringBuilder out = new StringBuilder("label,target_cp,accuracy,cp,bitops_per_image,macs_per_image\n");
        for (SweepPoint p : points) {
            out.append(String.format(Locale.ROOT, "%s,%s,%.6f,%.4f,%.6g,%.6g%n", p.label(), number(p.target()),
                    p.accuracy(), p.cp(), p.meanBitOps(), p.meanMacs()));
        }
        return out.toString();
    }

    /** Markdown: for every point and gated block, the share of test samples that chose each option. */
    public static String histogramMarkdown(List<SweepPoint> points) {
        BitwidthOptions options = points.getFirst().decisions().options();
        StringBuilder out = new StringBuilder("| model | block |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (int k = 0; k < options.size(); k++) {
            out.append(' ').append(options.label(k)).append(k == 0 ? "" : " bits").append(" (%) |");
            rule.append("---:|");
        }
        out.append('\n').append(rule).append('\n');
        for (SweepPoint p : points) {
            DecisionCounts d = p.decisions();
            for (int s = 0; s < d.blocks().length; s++) {
                out.append("| ").append(p.label()).append(" | ").append(d.blocks()[s]).append(" |");
                for (int k = 0; k < options.size(); k++) {
                    out.append(String.format(Locale.ROOT, " %.1f |", 100 * d.fraction(s, k)));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** CSV: {@code label,target,block,option_bits,fraction}, one row per point, gated block and option. */
    public static String histogramCsv(List<SweepPoint> points) {
        StringBuilder out = new StringBuilder("label,target_cp,block,option_bits,fraction\n");
        for (SweepPoint p : points) {
            DecisionCounts d = p.decisions();
            for (int s = 0; s < d.blocks().length; s++) {
                for (int k = 0; k < d.options().size(); k++) {
                    out.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%.6f%n", p.label(), number(p.target()),
                            d.blocks()[s], d.options().bits(k), d.fraction(s, k)));
                }
            }
        }
        return out.toString();
    }

    /** A percentage without a trailing {@code .0}: 30 or 12.5. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
