package dev.copse.examples.cli.dfs;

import dev.copse.cnn.dfs.BitwidthOptions;
import dev.copse.cnn.dfs.DecisionCounts;
import dev.copse.cnn.dfs.SweepPoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a DFS sweep, drawn with XChart and written as PNG and SVG (headless): accuracy against the
 * realised computation percentage, and per target a stacked bar chart of how often each gated block chose
 * each option.
 */
final class DfsPlots {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 480;

    private DfsPlots() {
    }

    /** Writes {@code <stem>.png} and {@code <stem>.svg} for the accuracy-against-cp chart. */
    static void accuracyVersusCp(List<SweepPoint> points, String title, Path folder) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("computation percentage (%)").yAxisTitle("test accuracy (%)").build();
        List<Double> cp = new ArrayList<>();
        List<Double> accuracy = new ArrayList<>();
        points.stream().sorted((a, b) -> Double.compare(a.cp(), b.cp())).forEach(p -> {
            cp.add(p.cp());
            accuracy.add(100 * p.accuracy());
        });
        XYSeries series = chart.addSeries("DFS", cp, accuracy);
        series.setMarker(SeriesMarkers.CIRCLE);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(100.0);
        save(chart, folder.resolve("accuracy-vs-cp"));
    }

    /** Writes {@code decisions-<label>.png/.svg}: per gated block, the share of each option, stacked. */
    static void decisionHistogram(SweepPoint point, Path folder) throws IOException {
        DecisionCounts decisions = point.decisions();
        BitwidthOptions options = decisions.options();
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("DFS decisions per block, " + point.label()).xAxisTitle("gated block")
                .yAxisTitle("share of test images (%)").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisMax(100.0);
        List<String> blocks = new ArrayList<>();
        for (int block : decisions.blocks()) {
            blocks.add("block " + block);
        }
        for (int k = 0; k < options.size(); k++) {
            List<Double> shares = new ArrayList<>();
            for (int s = 0; s < decisions.blocks().length; s++) {
                shares.add(100 * decisions.fraction(s, k));
            }
            chart.addSeries(k == 0 ? "skip" : options.bits(k) + " bits", blocks, shares);
        }
        save(chart, folder.resolve("decisions-" + point.label().replaceAll("[^A-Za-z0-9._-]", "-")));
    }

    private static void save(Chart<?, ?> chart, Path stem) throws IOException {
        BitmapEncoder.saveBitmap(chart, stem + ".png", BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, stem + ".svg", VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
