package dev.copse.cascade.connect;

import java.util.List;

/**
 * Builds a level's input rows by concatenating its {@link Source}s: for every row, the base features
 * followed by the chosen earlier levels' class vectors, in source order. Stateless and thread-safe; the
 * row method allocates nothing.
 */
public final class InputAssembly {

    private InputAssembly() {
    }

    /**
     * The input width of a level: {@code d} for the base features plus {@code widths[j]} for each level
     * source {@code j}.
     *
     * @param widths class-vector width of every earlier level (members times classes)
     * @throws IllegalArgumentException if a source names a level that has no width
     */
    public static int width(List<Source> sources, int d, int[] widths) {
        int width = 0;
        for (Source source : sources) {
            width = Math.addExact(width, source.isFeatures() ? d : widthOf(source, widths));
        }
        return width;
    }

    /**
     * The input of {@code n} rows, row-major {@code float[n * width(sources, d, widths)]}.
     *
     * @param base    base features, {@code [n][d]} row-major
     * @param vectors {@code vectors.get(j)}: level {@code j}'s class vectors, {@code [n][widths[j]]}; only the
     *                levels named by {@code sources} are read
     */
    public static float[] assemble(List<Source> sources, float[] base, int d, List<float[]> vectors, int[] widths,
                                   int n) {
        int width = width(sources, d, widths);
        checkLength("base features", base.length, n, d);
        for (Source source : sources) {
            if (!source.isFeatures()) {
                checkLength("level " + source.level() + " vectors", vectors.get(source.level()).length, n,
                        widths[source.level()]);
            }
        }
        float[] out = new float[Math.multiplyExact(n, width)];
        for (int r = 0; r < n; r++) {
            int at = r * width;
            for (Source source : sources) {
                if (source.isFeatures()) {
                    System.arraycopy(base, r * d, out, at, d);
                    at += d;
                } else {
                    int w = widths[source.level()];
                    System.arraycopy(vectors.get(source.level()), r * w, out, at, w);
                    at += w;
                }
            }
        }
        return out;
    }

    /**
     * One row's input into {@code out[0 .. width)}: base features {@code base[baseOffset .. baseOffset + d)}
     * and, for each level source {@code j}, {@code vectors.get(j)[0 .. widths[j])}.
     */
    public static void assembleRow(List<Source> sources, float[] base, int baseOffset, int d, List<float[]> vectors,
                                   int[] widths, float[] out) {
        int at = 0;
        for (Source source : sources) {
            if (source.isFeatures()) {
                System.arraycopy(base, baseOffset, out, at, d);
                at += d;
            } else {
                int w = widths[source.level()];
                System.arraycopy(vectors.get(source.level()), 0, out, at, w);
                at += w;
            }
        }
    }

    private static int widthOf(Source source, int[] widths) {
        if (source.level() >= widths.length) {
            throw new IllegalArgumentException("source " + source + " names a level that does not exist yet (only "
                    + widths.length + " earlier levels)");
        }
        return widths[source.level()];
    }

    private static void checkLength(String what, int length, int n, int width) {
        if ((long) n * width != length) {
            throw new IllegalArgumentException(what + " have " + length + " values but " + n + " rows x " + width
                    + " need " + (long) n * width);
        }
    }
}
