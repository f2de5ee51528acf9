package dev.copse.examples.cli.explain;

import dev.copse.core.data.ImageShape;
import dev.copse.examples.cli.CopseCommand;
import dev.copse.forest.explain.ForestExplainer;
import dev.copse.forest.explain.ForestExplanation;
import dev.copse.forest.explain.SplitWeightMap;
import dev.copse.forest.explain.TreeDot;
import dev.copse.forest.explain.TreeExplanation;
import dev.copse.forest.explain.TreeJson;
import dev.copse.forest.soft.SoftTree;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code copse explain tree}: one tree of a saved soft forest as DOT, as JSON, as an SVG with one input's
 * path, and for image data a grid of its inner nodes' split weights as heat maps.
 */
@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Draw one tree of a soft forest: tree-<i>.dot (Graphviz), tree-<i>.json, tree-<i>.svg (drawn"
                + " without Graphviz: leafness, reach and top class per node, the input's hard path in red,"
                + " learned leaves dashed) and, for image data, tree-<i>-splits.png (split weights, red = towards"
                + " the left child).")
public final class ExplainTreeCommand implements Callable<Integer> {

    private static final int HEAT_SCALE = 4;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExplainSource source;

    @Option(names = "--tree", paramLabel = "<i>", defaultValue = "0",
            description = "Which tree of the forest (default: ${DEFAULT-VALUE}).")
    private int treeIndex;

    @Override
    public Integer call() throws Exception {
        CopseCommand copse = CopseCommand.of(spec);
        ExplainSource.Loaded loaded = source.load(copse.progress());
        copse.closeProgress();
        if (treeIndex < 0 || treeIndex >= loaded.forest().numTrees()) {
            throw new IllegalArgumentException("--tree must be in [0, " + loaded.forest().numTrees() + "), got "
                    + treeIndex);
        }
        SoftTree tree = loaded.forest().tree(treeIndex);
        ForestExplanation explanation = ForestExplainer.explain(loaded.forest(), loaded.x(), 0f);
        TreeExplanation ours = explanation.trees().get(treeIndex);
        Files.createDirectories(source.out);
        String stem = "tree-" + treeIndex;
        List<Path> written = new ArrayList<>();
        written.add(Files.writeString(source.out.resolve(stem + ".dot"), TreeDot.write(tree)));
        written.add(Files.writeString(source.out.resolve(stem + ".json"), TreeJson.write(tree)));
        String title = String.format(Locale.ROOT, "tree %d of %d, test input %d (label %d): forest predicts %d"
                        + " (p = %.3f)", treeIndex, loaded.forest().numTrees(), source.input, loaded.label(),
                explanation.predictedClass(), explanation.probabilities()[explanation.predictedClass()]);
        written.add(Files.writeString(source.out.resolve(stem + ".svg"), TreeSvg.write(tree, ours, title)));
        if (loaded.image().isPresent() && tree.innerNodeCount() > 0) {
            Path png = source.out.resolve(stem + "-splits.png");
            HeatMaps.writePng(splitTiles(tree, loaded.image().get()), 8, HEAT_SCALE, png);
            written.add(png);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "tree %d: %d nodes (%d inner), hard path %s%n", treeIndex, tree.nodeCount(),
                tree.innerNodeCount(), ours.hardPath());
        written.forEach(p -> out.println("wrote " + p));
        out.flush();
        return 0;
    }

    private static List<HeatMaps.Tile> splitTiles(SoftTree tree, ImageShape shape) {
        List<HeatMaps.Tile> tiles = new ArrayList<>();
        for (int n = 0; n < tree.innerNodeCount(); n++) {
            int id = tree.nodeId(n);
            tiles.add(new HeatMaps.Tile(String.format(Locale.ROOT, "#%d q=%.2f", id, tree.leafness(n)),
                    SplitWeightMap.image(tree, id, shape.height(), shape.width()), true));
        }
        return tiles;
    }
}
