package dev.copse.examples.cli.explain;

import dev.copse.core.data.ImageShape;
import dev.copse.examples.cli.CopseCommand;
import dev.copse.forest.explain.Attribution;
import dev.copse.forest.explain.ForestExplainer;
import dev.copse.forest.explain.ForestExplanation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code copse explain input}: why a soft forest predicted what it did for one input: gradient × input per
 * feature, and the nodes whose weighted outputs make up the predicted class's score.
 */
@Command(name = "input", mixinStandardHelpOptions = true,
        description = "Attribute one prediction of a soft forest: attribution.csv (value, gradient and gradient ×"
                + " input per feature), attribution.md (the features that matter most), contributions.md (the"
                + " nodes that matter most) and, for image data, attribution.png (input, gradient, gradient ×"
                + " input; red raises the predicted class's probability, blue lowers it).")
public final class ExplainInputCommand implements Callable<Integer> {

    private static final int TOP_ROWS = 20;
    private static final int HEAT_SCALE = 8;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExplainSource source;

    @Override
    public Integer call() throws Exception {
        CopseCommand copse = CopseCommand.of(spec);
        ExplainSource.Loaded loaded = source.load(copse.progress());
        copse.closeProgress();
        float[] x = loaded.x();
        Attribution attribution = Attribution.of(loaded.forest(), x);
        ForestExplanation explanation = ForestExplainer.explain(loaded.forest(), x, 0f);
        List<String> names = loaded.test().featureNames();
        Files.createDirectories(source.out);
        List<Path> written = new ArrayList<>();
        written.add(Files.writeString(source.out.resolve("attribution.csv"), AttributionTable.csv(attribution, x,
                names)));
        written.add(Files.writeString(source.out.resolve("attribution.md"), AttributionTable.topFeatures(attribution,
                x, names, TOP_ROWS)));
        written.add(Files.writeString(source.out.resolve("contributions.md"), AttributionTable.topNodes(explanation,
                TOP_ROWS)));
        if (loaded.image().isPresent()) {
            Path png = source.out.resolve("attribution.png");
            ImageShape shape = loaded.image().get();
            List<HeatMaps.Tile> tiles = List.of(
                    new HeatMaps.Tile("input", rows(x, shape), false),
                    new HeatMaps.Tile("gradient", rows(attribution.gradient(), shape), true),
                    new HeatMaps.Tile("gradient x input", rows(attribution.gradientTimesInput(), shape), true));
            HeatMaps.writePng(tiles, 3, HEAT_SCALE, png);
            written.add(png);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "test input %d (label %d): predicted class %d with p = %.4f%n", source.input,
                loaded.label(), attribution.targetClass(), attribution.probability());
        written.forEach(p -> out.println("wrote " + p));
        out.flush();
        return 0;
    }

    private static float[][] rows(float[] values, ImageShape shape) {
        float[][] out = new float[shape.height()][shape.width()];
        for (int r = 0; r < shape.height(); r++) {
            System.arraycopy(values, r * shape.width(), out[r], 0, shape.width());
        }
        return out;
    }
}
