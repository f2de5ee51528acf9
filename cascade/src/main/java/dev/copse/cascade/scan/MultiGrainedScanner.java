package dev.copse.cascade.scan;

import dev.copse.cascade.member.FittedMember;
import dev.copse.core.data.ImageShape;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonNumber;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonValue;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.CostReporting;
import dev.copse.efficiency.cost.StaticCost;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A trained multi-grained scanner (gcForest): for each window size, members that map a window instance to
 * class probabilities. It turns an image into the cascade's base features: for each window size in order,
 * for each member, the (pooled) class vectors of all window positions, position by position.
 * {@link #outputWidth()} is therefore {@code sum over sizes of members * pooled positions * C}.
 *
 * <p><b>Memory.</b> {@link #transform(float[], int)} streams the images in blocks of
 * {@link ScanOptions#imagesPerBlock()}: only one block's window instances exist at a time; the output
 * ({@code n * outputWidth()} floats) is the only allocation that grows with {@code n}.
 *
 * <p><b>Cost</b> per image: every member's realised cost on every window position, plus the pooling's
 * (see {@link Pooling}); copying windows is not counted.
 *
 * <p>Immutable and thread-safe.
 */
public final class MultiGrainedScanner implements CostReporting {

    private final List<WindowGeometry> geometries;
    private final List<List<FittedMember>> members; // [window size][member]
    private final Pooling pooling;
    private final int classes;
    private final int imagesPerBlock;
    private final int outputWidth;
    private final StaticCost staticCost;

    /**
     * @param geometries     one per window size, all on the same image shape
     * @param members        the fitted members of each window size, over {@code instanceSize()} features
     * @param classes        classes {@code C} of every member
     * @param imagesPerBlock images materialised together, {@code >= 1}
     * @throws IllegalArgumentException if the lists disagree in length, shapes differ, or a member does not
     *                                  fit its window size
     */
    public MultiGrainedScanner(List<WindowGeometry> geometries, List<List<FittedMember>> members, Pooling pooling,
                               int classes, int imagesPerBlock) {
        if (geometries.isEmpty() || geometries.size() != members.size()) {
            throw new IllegalArgumentException(geometries.size() + " window sizes but " + members.size()
                    + " member lists; need one list per window size");
        }
        if (imagesPerBlock < 1) {
            throw new IllegalArgumentException("imagesPerBlock must be >= 1, got " + imagesPerBlock);
        }
        ImageShape shape = geometries.get(0).image();
        List<List<FittedMember>> copy = new ArrayList<>();
        int width = 0;
        for (int s = 0; s < geometries.size(); s++) {
            WindowGeometry g = geometries.get(s);
            if (!g.image().equals(shape)) {
                throw new IllegalArgumentException("window size " + s + " is on images " + g.image() + ", not "
                        + shape);
            }
            if (members.get(s).isEmpty()) {
                throw new IllegalArgumentException("window size " + s + " has no members");
            }
            for (FittedMember m : members.get(s)) {
                if (m.numFeatures() != g.instanceSize() || m.numClasses() != classes) {
                    throw new IllegalArgumentException("a member of window size " + g.window() + " takes "
                            + m.numFeatures() + " features and " + m.numClasses() + " classes, but windows have "
                            + g.instanceSize() + " values and the scanner " + classes + " classes");
                }
            }
            copy.add(List.copyOf(members.get(s)));
            width = Math.addExact(width, members.get(s).size() * pooled(g, pooling) * classes);
        }
        this.geometries = List.copyOf(geometries);
        this.members = List.copyOf(copy);
        this.pooling = pooling;
        this.classes = classes;
        this.imagesPerBlock = imagesPerBlock;
        this.outputWidth = width;
        this.staticCost = computeStaticCost();
    }

    /** The image layout the scanner reads. */
    public ImageShape imageShape() {
        return geometries.get(0).image();
    }

    /** One geometry per window size, in scanning order. */
    public List<WindowGeometry> geometries() {
        return geometries;
    }

    /** The fitted members of each window size. */
    public List<List<FittedMember>> members() {
        return members;
    }

    public Pooling pooling() {
        return pooling;
    }

    public int numClasses() {
        return classes;
    }

    /** Features per transformed image. */
    public int outputWidth() {
        return outputWidth;
    }

    /** Nodes of all scanning members. */
    public long nodeCount() {
        long total = 0;
        for (List<FittedMember> list : members) {
            for (FittedMember m : list) {
                total += m.nodeCount();
            }
        }
        return total;
    }

    @Override
    public StaticCost staticCost() {
        return staticCost;
    }

    /**
     * The scanned features of {@code n} images stored row-major in {@code images[n * image size]}.
     *
     * @return {@code float[n * outputWidth()]}, row-major
     * @throws IllegalArgumentException if the length disagrees with {@code n}
     */
    public float[] transform(float[] images, int n) {
        int imageSize = imageShape().size();
        if (n < 0 || (long) n * imageSize != images.length) {
            throw new IllegalArgumentException("image array has " + images.length + " values but " + n
                    + " images of " + imageShape() + " need " + (long) n * imageSize);
        }
        float[] out = new float[Math.multiplyExact(n, outputWidth)];
        for (int from = 0; from < n; from += imagesPerBlock) {
            int[] which = new int[Math.min(imagesPerBlock, n - from)];
            for (int i = 0; i < which.length; i++) {
                which[i] = from + i;
            }
            int column = 0;
            for (int s = 0; s < geometries.size(); s++) {
                ScanBlocks.predict(geometries.get(s), members.get(s), pooling, classes, images, which, out,
                        outputWidth, column);
                column += members.get(s).size() * pooled(geometries.get(s), pooling) * classes;
            }
        }
        return out;
    }

    /**
     * The scanned features of one image {@code image[offset .. offset + image size)} into
     * {@code out[outOffset .. outOffset + outputWidth())}, adding the realised cost to {@code ledger} (a null
     * ledger records nothing); the same floats as the batched method.
     */
    public void transform(float[] image, int offset, float[] out, int outOffset, CostLedger ledger) {
        int at = outOffset;
        for (int s = 0; s < geometries.size(); s++) {
            WindowGeometry g = geometries.get(s);
            int positions = g.positions();
            float[] window = new float[g.instanceSize()];
            float[] vectors = new float[positions * classes];
            int pooled = pooled(g, pooling);
            for (FittedMember member : members.get(s)) {
                for (int p = 0; p < positions; p++) {
                    g.extract(image, offset, p, window, 0);
                    member.predictProbaUnchecked(window, 0, vectors, p * classes, ledger);
                }
                pooling.pool(vectors, 0, g.positionsDown(), g.positionsAcross(), classes, out, at, ledger);
                at += pooled * classes;
            }
        }
    }

    /** The scanner's description for a model file: image shape, windows, stride, pooling, members. */
    public JsonObject describe() {
        List<JsonValue> sizes = new ArrayList<>();
        for (int s = 0; s < geometries.size(); s++) {
            List<JsonValue> described = new ArrayList<>();
            for (FittedMember member : members.get(s)) {
                described.add(member.describe());
            }
            sizes.add(JsonObject.builder()
                    .put("window", geometries.get(s).window())
                    .put("stride", geometries.get(s).stride())
                    .put("members", new JsonArray(described))
                    .build());
        }
        ImageShape shape = imageShape();
        return JsonObject.builder()
                .put("image", JsonArray.of(JsonNumber.of(shape.channels()), JsonNumber.of(shape.height()),
                        JsonNumber.of(shape.width())))
                .put("pooling", pooling.mode().name())
                .put("pooling_size", pooling.size())
                .put("images_per_block", imagesPerBlock)
                .put("windows", new JsonArray(sizes))
                .build();
    }

    /**
     * Adds every member's arrays to {@code writer}: member {@code m} of window size {@code s} under the prefix
     * {@code prefix + ".window.<s>.member.<m>"}.
     */
    public void writeArrays(ModelFileWriter writer, String prefix) {
        for (int s = 0; s < geometries.size(); s++) {
            for (int m = 0; m < members.get(s).size(); m++) {
                members.get(s).get(m).writeArrays(writer, memberPrefix(prefix, s, m));
            }
        }
    }

    /** The prefix under which {@link #writeArrays} stores member {@code m} of window size {@code s}. */
    public static String memberPrefix(String prefix, int s, int m) {
        return prefix + ".window." + s + ".member." + m;
    }

    private static int pooled(WindowGeometry g, Pooling pooling) {
        return pooling.pooledPositions(g.positionsDown(), g.positionsAcross());
    }

    /** Members' storage once; worst case: every member's worst case at every position, plus pooling. */
    private StaticCost computeStaticCost() {
        long parameters = 0;
        long bytes = 0;
        Cost worst = Cost.ZERO;
        for (int s = 0; s < geometries.size(); s++) {
            WindowGeometry g = geometries.get(s);
            for (FittedMember member : members.get(s)) {
                StaticCost c = member.staticCost();
                parameters = Math.addExact(parameters, c.parameters());
                bytes = Math.addExact(bytes, c.parameterBytes());
                worst = worst.plus(times(c.worstCasePerInput(), g.positions())).plus(poolingCost(g));
            }
        }
        return new StaticCost(parameters, bytes, worst);
    }

    private Cost poolingCost(WindowGeometry g) {
        if (pooling.mode() == Pooling.Mode.NONE) {
            return Cost.ZERO;
        }
        int blocks = pooled(g, pooling);
        long extra = (long) (g.positions() - blocks) * classes;
        return pooling.mode() == Pooling.Mode.MAX
                ? new Cost(new TreeMap<>(), 0, extra, 0, 0, 0)
                : new Cost(new TreeMap<>(), extra + (long) blocks * classes, 0, 0, 0, 0);
    }

    private static Cost times(Cost cost, long factor) {
        TreeMap<Bitwidths, Long> macs = new TreeMap<>();
        cost.macs().forEach((bits, count) -> macs.put(bits, Math.multiplyExact(count, factor)));
        return new Cost(macs, Math.multiplyExact(cost.otherFlops(), factor),
                Math.multiplyExact(cost.comparisons(), factor), Math.multiplyExact(cost.nonlinear(), factor),
                Math.multiplyExact(cost.parameterBytesRead(), factor),
                Math.multiplyExact(cost.activationBytesMoved(), factor));
    }

    @Override
    public String toString() {
        return "MultiGrainedScanner[" + geometries + ", " + pooling + ", " + outputWidth + " output features]";
    }
}
