package dev.copse.cascade.scan;

import dev.copse.cascade.member.FittedMember;
import java.util.List;

/**
 * Predicts the pooled class vectors of a block of images for one window size: materialises the block's
 * window instances ({@code images x positions x windowValues} floats, nothing more), runs every member on them
 * and pools each image's vectors into its output row. Shared by training (held-out folds) and the fitted
 * scanner. Stateless.
 */
final class ScanBlocks {

    private ScanBlocks() {
    }

    /**
     * Writes, for every image {@code which[i]}, member {@code m}'s pooled vectors into
     * {@code out[which[i] * outWidth + column + m * pooled * C ..]}.
     *
     * @param images  all images, row-major {@code [n][image size]}
     * @param which   the images of this block (row indices into {@code images} and {@code out})
     * @param column  first output column of this window size
     */
    static void predict(WindowGeometry geometry, List<FittedMember> members, Pooling pooling, int classes,
                        float[] images, int[] which, float[] out, int outWidth, int column) {
        int positions = geometry.positions();
        int size = geometry.instanceSize();
        int imageSize = geometry.image().size();
        int rows = which.length * positions;
        float[] instances = new float[Math.multiplyExact(rows, size)];
        for (int i = 0; i < which.length; i++) {
            for (int p = 0; p < positions; p++) {
                geometry.extract(images, which[i] * imageSize, p, instances, (i * positions + p) * size);
            }
        }
        int pooled = pooling.pooledPositions(geometry.positionsDown(), geometry.positionsAcross());
        for (int m = 0; m < members.size(); m++) {
            float[] proba = members.get(m).predictProba(instances, rows);
            for (int i = 0; i < which.length; i++) {
                pooling.pool(proba, i * positions * classes, geometry.positionsDown(), geometry.positionsAcross(),
                        classes, out, which[i] * outWidth + column + m * pooled * classes, null);
            }
        }
    }
}
