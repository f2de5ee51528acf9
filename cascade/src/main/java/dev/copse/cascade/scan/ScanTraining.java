package dev.copse.cascade.scan;

import dev.copse.cascade.fold.FoldSeeds;
import dev.copse.cascade.member.FittedMember;
import dev.copse.cascade.member.LevelInput;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.TrainingRows;
import dev.copse.core.data.Fold;
import dev.copse.core.data.ImageShape;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains a {@link MultiGrainedScanner} and scans its training images out of fold, as gcForest does for its
 * scanning stage: the folds are over images, so no window of an image is ever predicted by a member that
 * trained on a window of the same image.
 *
 * <p>For each window size and each fold, the members train on a sample of window instances of the fold's
 * training images ({@link ScanOptions#maxTrainingInstances()}, each instance labelled with its image's
 * class) and predict every position of the held-out images, streamed in blocks of
 * {@link ScanOptions#imagesPerBlock()} images. The scanner keeps members trained once more on a sample of
 * all training images, as the cascade's levels do (see
 * {@link dev.copse.cascade.fold.OutOfFoldPredictions}).
 *
 * <p><b>Seeds.</b> Member {@code m} of window size {@code s} on fold {@code f} trains with
 * {@code FoldSeeds.derive(seed, s, m, f)} ({@code f = k} for the kept members), and the instance sample of
 * window size {@code s} and fold {@code f} is drawn with {@code FoldSeeds.derive(seed, s, -1, f)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScanTraining {

    private ScanTraining() {
    }

    /**
     * The trained scanner and the out-of-fold scanned features of its training images.
     *
     * @param scanner    members trained on all training images
     * @param outOfFold  {@code float[n * scanner.outputWidth()]}, row-major
     */
    public record Result(MultiGrainedScanner scanner, float[] outOfFold) {
    }

    /**
     * Trains the scanner.
     *
     * @param images  {@code n} training images, row-major {@code [n][shape.size()]}
     * @param labels  one label per image
     * @param folds   a k-fold split of the images
     * @param threads most threads for binning window instances
     * @throws IllegalArgumentException if a window does not fit the images or the sizes disagree
     */
    public static Result fit(float[] images, int[] labels, int numClasses, ImageShape shape, ScanOptions options,
                             List<Fold> folds, long seed, int threads, ProgressListener listener) {
        int n = labels.length;
        if ((long) n * shape.size() != images.length) {
            throw new IllegalArgumentException("image array has " + images.length + " values but " + n
                    + " images of " + shape + " need " + (long) n * shape.size());
        }
        List<WindowGeometry> geometries = new ArrayList<>();
        int width = 0;
        for (int window : options.windowSizes()) {
            WindowGeometry g = new WindowGeometry(shape, window, options.stride());
            geometries.add(g);
            width = Math.addExact(width, options.members().size() * classWidth(g, options, numClasses));
        }
        float[] outOfFold = new float[Math.multiplyExact(n, width)];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        List<List<FittedMember>> kept = new ArrayList<>();
        int column = 0;
        for (int s = 0; s < geometries.size(); s++) {
            WindowGeometry g = geometries.get(s);
            String task = "scan " + g.window() + "x" + g.window();
            int total = (folds.size() + 1) * options.members().size();
            int done = 0;
            for (Fold fold : folds) {
                int[] train = fold.trainRows();
                List<FittedMember> members = fitMembers(images, labels, numClasses, g, options, train, seed, s,
                        fold.index(), threads, listener, task);
                int[] heldOut = fold.validationRows();
                for (int from = 0; from < heldOut.length; from += options.imagesPerBlock()) {
                    int[] block = Arrays.copyOfRange(heldOut, from,
                            Math.min(heldOut.length, from + options.imagesPerBlock()));
                    ScanBlocks.predict(g, members, options.pooling(), numClasses, images, block, outOfFold, width,
                            column);
                }
                done += members.size();
                listener.onProgress(new ProgressEvent(task, done, total, "fold " + (fold.index() + 1) + "/"
                        + folds.size()));
            }
            kept.add(fitMembers(images, labels, numClasses, g, options, all, seed, s, folds.size(), threads,
                    listener, task));
            listener.onProgress(new ProgressEvent(task, total, total, "final members"));
            column += options.members().size() * classWidth(g, options, numClasses);
        }
        MultiGrainedScanner scanner = new MultiGrainedScanner(geometries, kept, options.pooling(), numClasses,
                options.imagesPerBlock());
        return new Result(scanner, outOfFold);
    }

    private static int classWidth(WindowGeometry g, ScanOptions options, int numClasses) {
        return options.pooling().pooledPositions(g.positionsDown(), g.positionsAcross()) * numClasses;
    }

    /** Trains every member of one window size on a sample of the windows of {@code imageRows}. */
    private static List<FittedMember> fitMembers(float[] images, int[] labels, int numClasses, WindowGeometry g,
                                                 ScanOptions options, int[] imageRows, long seed, int s, int fold,
                                                 int threads, ProgressListener listener, String task) {
        InstanceSample sample = InstanceSample.draw(imageRows, g.positions(), options.maxTrainingInstances(),
                FoldSeeds.derive(seed, s, -1, fold));
        int size = g.instanceSize();
        float[] x = new float[Math.multiplyExact(sample.count(), size)];
        int[] y = new int[sample.count()];
        for (int i = 0; i < sample.count(); i++) {
            g.extract(images, sample.images()[i] * g.image().size(), sample.positions()[i], x, i * size);
            y[i] = labels[sample.images()[i]];
        }
        TrainingRows rows = TrainingRows.of(LevelInput.of(x, sample.count(), size, FoldSeeds.derive(seed, s, -2,
                fold), threads), y, numClasses);
        List<FittedMember> members = new ArrayList<>();
        for (int m = 0; m < options.members().size(); m++) {
            MemberSpec spec = options.members().get(m);
            String where = task + ", " + spec.name();
            members.add(spec.fit(rows, FoldSeeds.derive(seed, s, m, fold), event -> listener.onProgress(
                    new ProgressEvent(where + ": " + event.task(), event.done(), event.total(), event.detail()))));
        }
        return List.copyOf(members);
    }
}
