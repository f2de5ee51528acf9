package dev.copse.examples.cli.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.json.JsonObject;
import dev.copse.core.progress.ProgressListener;
import dev.copse.examples.cli.CommandRun;
import dev.copse.forest.explain.Attribution;
import dev.copse.forest.explain.ForestExplainer;
import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftForestFile;
import dev.copse.forest.soft.SoftTree;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code copse explain tree|input} on a hand-built forest over the embedded dataset's 784 pixels; every file
 * written is parsed back.
 */
class ExplainCommandTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static final int INPUT = 3;

    @TempDir
    static Path dir;
    private static Path modelFile;
    private static SoftForest forest;

    /** Tree 1 was cut short: node 2 is a leaf at depth 1 of a depth-2 tree. */
    @BeforeAll
    static void saveForest() throws Exception {
        Random random = new Random(5);
        int d = 784;
        float[] w = new float[2 * d];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (0.1 * random.nextGaussian());
        }
        float[] logits = new float[5 * 10];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) random.nextGaussian();
        }
        SoftTree cut = new SoftTree(2, d, 10, new int[] {0, 1, 2, 3, 4}, new float[] {0.1f, 0.2f, 1f, 1f, 1f},
                logits, w, new float[] {0.3f, -0.2f}, new int[] {1, 3}, new int[] {2, 4});
        SoftTree stump = new SoftTree(1, d, 10, new int[] {0, 1, 2}, new float[] {0.05f, 1f, 1f},
                Arrays.copyOf(logits, 30), Arrays.copyOf(w, d), new float[] {0.1f}, new int[] {1}, new int[] {2});
        forest = new SoftForest(List.of(stump, cut), Combination.SUMMED_LOGITS);
        modelFile = dir.resolve("f.copse");
        SoftForestFile.save(forest, JsonObject.builder().put("test", "hand-built").build(), modelFile);
    }

    private static String run(String... args) {
        CommandRun run = CommandRun.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    private static float[] testRow() throws Exception {
        Dataset test = Datasets.load("default", ProgressListener.none()).test();
        float[] x = new float[test.numFeatures()];
        test.row(INPUT, x, 0);
        return x;
    }

    @Test
    void treeWritesDotSvgAndSplitHeatMaps() throws Exception {
        Path out = dir.resolve("tree");
        run("explain", "tree", "--model", modelFile.toString(), "--tree", "1", "--input", "" + INPUT,
                "--out", out.toString());

        String dot = Files.readString(out.resolve("tree-1.dot"));
        assertEquals(dot.chars().filter(c -> c == '{').count(), dot.chars().filter(c -> c == '}').count());
        assertEquals(5, Pattern.compile("(?m)^  n\\d+ \\[shape=").matcher(dot).results().count());
        assertEquals(4, Pattern.compile("(?m)^  n\\d+ -> n\\d+ ").matcher(dot).results().count());

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("tree-1.svg").toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        NodeList groups = svg.getElementsByTagName("g");
        List<Integer> red = new ArrayList<>();
        int nodes = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!"node".equals(g.getAttribute("class"))) {
                continue;
            }
            nodes++;
            int id = Integer.parseInt(g.getAttribute("id").substring(1));
            Element box = (Element) g.getElementsByTagName("rect").item(0);
            if ("#d62728".equals(box.getAttribute("stroke"))) {
                red.add(id);
            }
            boolean saysLearned = g.getTextContent().contains("learned leaf");
            assertEquals(id == 2, saysLearned, "only node 2 became a leaf early, node " + id);
        }
        assertEquals(5, nodes);
        List<Integer> path = ForestExplainer.explain(forest, testRow(), 0f).trees().get(1).hardPath();
        assertEquals(Set.copyOf(path), new HashSet<>(red), "the hard path is the red boxes");

        byte[] png = Files.readAllBytes(out.resolve("tree-1-splits.png"));
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(out.resolve("tree-1-splits.png").toFile());
        // two inner nodes side by side, 28 x 28 pixels at 4x each
        assertTrue(image.getWidth() >= 2 * 112 && image.getWidth() < 3 * 112, "width " + image.getWidth());
        assertTrue(image.getHeight() >= 112 && image.getHeight() < 2 * 112, "height " + image.getHeight());
    }

    @Test
    void inputWritesTheAttributionOfThePrediction() throws Exception {
        Path out = dir.resolve("input");
        String printed = run("explain", "input", "--model", modelFile.toString(), "--input", "" + INPUT,
                "--out", out.toString());
        float[] x = testRow();
        Attribution expected = Attribution.of(forest, x);
        assertTrue(printed.contains("predicted class " + expected.targetClass()), printed);

        List<String> csv = Files.readAllLines(out.resolve("attribution.csv"));
        assertEquals(1 + 784, csv.size());
        float[] gx = expected.gradientTimesInput();
        for (int j = 0; j < 784; j++) {
            String[] cells = csv.get(1 + j).split(",");
            assertEquals(x[j], Float.parseFloat(cells[1]));
            assertEquals(gx[j], Float.parseFloat(cells[3]), 1e-9f);
        }
        List<String> top = Files.readAllLines(out.resolve("attribution.md"));
        assertEquals(4 + 20, top.size(), "a sentence, a blank line, the table's head and 20 rows");
        double largest = 0;
        for (float v : gx) {
            largest = Math.max(largest, Math.abs(v));
        }
        String[] first = top.get(4).split("\\|");
        assertEquals(largest, Math.abs(Double.parseDouble(first[4].trim())), largest * 1e-3, top.get(4));
        assertTrue(Files.readString(out.resolve("contributions.md")).contains("| 1 | 2 | 1 |"),
                "the learned leaf of tree 1 is among the contributing nodes");

        BufferedImage image = ImageIO.read(out.resolve("attribution.png").toFile());
        assertTrue(image.getWidth() >= 3 * 224 && image.getHeight() >= 224,
                image.getWidth() + " x " + image.getHeight());
    }
}
