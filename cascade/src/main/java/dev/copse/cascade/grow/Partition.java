package dev.copse.cascade.grow;

import dev.copse.cascade.connect.InputAssembly;
import dev.copse.cascade.connect.Source;
import dev.copse.cascade.member.InputBlocks;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of the data during growth (the rows levels grow on, the validation rows, or the test rows): its
 * base features, labels, and the class vectors every level trained so far gave it. Mutable training state;
 * not thread-safe.
 */
final class Partition {

    private final float[] base; // [n][baseWidth]
    private final int baseWidth;
    private final int[] labels;
    private final List<float[]> vectors = new ArrayList<>(); // [level][n][width of that level]
    private final List<Integer> widths = new ArrayList<>();

    Partition(float[] base, int baseWidth, int[] labels) {
        this.base = base;
        this.baseWidth = baseWidth;
        this.labels = labels;
    }

    int size() {
        return labels.length;
    }

    int[] labels() {
        return labels;
    }

    /** The input of the next level reading {@code sources}; the base array itself when that is all it reads. */
    float[] input(List<Source> sources) {
        if (sources.size() == 1 && sources.get(0).isFeatures()) {
            return base;
        }
        return InputAssembly.assemble(sources, base, baseWidth, vectors, widths(), size());
    }

    /** Width of the next level's input when it reads {@code sources}. */
    int inputWidth(List<Source> sources) {
        return InputAssembly.width(sources, baseWidth, widths());
    }

    /**
     * The block layout of the next level's input when it reads {@code sources}.
     *
     * @param pixelBase whether the base features are an image's pixels
     */
    InputBlocks blocks(List<Source> sources, boolean pixelBase) {
        int[] w = widths();
        int[] blockWidths = new int[sources.size()];
        for (int s = 0; s < blockWidths.length; s++) {
            Source source = sources.get(s);
            blockWidths[s] = source.isFeatures() ? baseWidth : w[source.level()];
        }
        return new InputBlocks(blockWidths, pixelBase && sources.get(0).isFeatures());
    }

    /** Records the class vectors of the level just trained ({@code [n][width]}). */
    void add(float[] levelVectors, int width) {
        vectors.add(levelVectors);
        widths.add(width);
    }

    /**
     * The last level's prediction: the mean of its {@code members} vectors of {@code classes} each, summed in
     * member order, as {@link dev.copse.cascade.model.CascadeModel} computes it.
     */
    float[] lastMean(int members, int classes) {
        float[] last = vectors.get(vectors.size() - 1);
        int width = members * classes;
        float[] out = new float[size() * classes];
        for (int r = 0; r < size(); r++) {
            for (int c = 0; c < classes; c++) {
                float sum = 0;
                for (int m = 0; m < members; m++) {
                    sum += last[r * width + m * classes + c];
                }
                out[r * classes + c] = sum / members;
            }
        }
        return out;
    }

    private int[] widths() {
        int[] w = new int[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        return w;
    }
}
