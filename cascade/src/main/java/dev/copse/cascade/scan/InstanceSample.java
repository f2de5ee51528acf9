package dev.copse.cascade.scan;

import java.util.SplittableRandom;

/**
 * The window instances a scanning member trains on: {@code q} distinct positions of every training image,
 * {@code q = clamp(floor(maxInstances / images), 1, positions)} (see {@link ScanOptions#maxTrainingInstances}).
 * Positions are drawn per image, in image order, by a partial Fisher–Yates shuffle driven by one
 * {@code SplittableRandom(seed)}.
 *
 * @param images    the image (row index) of every instance, {@code int[count]}
 * @param positions the window position of every instance, {@code int[count]}
 */
record InstanceSample(int[] images, int[] positions) {

    /** Instances. */
    int count() {
        return images.length;
    }

    /** Positions drawn per image. */
    static int perImage(int images, int positions, int maxInstances) {
        return Math.clamp(maxInstances / images, 1, positions);
    }

    /** Draws the sample for the images {@code imageRows}. */
    static InstanceSample draw(int[] imageRows, int positions, int maxInstances, long seed) {
        int q = perImage(imageRows.length, positions, maxInstances);
        int count = Math.multiplyExact(imageRows.length, q);
        int[] images = new int[count];
        int[] chosen = new int[count];
        int[] order = new int[positions];
        SplittableRandom random = new SplittableRandom(seed);
        int at = 0;
        for (int image : imageRows) {
            for (int p = 0; p < positions; p++) {
                order[p] = p;
            }
            for (int i = 0; i < q; i++) {
                int j = i + random.nextInt(positions - i);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
                images[at] = image;
                chosen[at] = order[i];
                at++;
            }
        }
        return new InstanceSample(images, chosen);
    }
}
