package dev.copse.cascade.fold;

import dev.copse.cascade.member.FittedMember;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.TrainingRows;
import dev.copse.core.data.Fold;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains one cascade level's members and produces the class vectors of its training rows out of fold
 * (METHODS.md section 2): for each of the {@code k} folds, every member is trained on the other folds and
 * predicts the held-out fold, so no training row ever gets a vector from a model that saw it.
 *
 * <p><b>The level's final members.</b> After the folds, every member is trained once more on all the
 * level's training rows; those final members are what the level keeps, and they alone produce the vectors
 * of validation, test and future rows. This gives one model per member at inference. The alternative,
 * taken by the official gcForest code (v1.1, {@code KFoldWrapper}), keeps the {@code k} fold models and
 * averages their predictions for new rows instead: no extra fit, but {@code k} times the inference cost and
 * the model size, and each of those models saw only {@code (k-1)/k} of the data. Copse pays one more fit per
 * member per level to keep inference cheap.
 *
 * <p><b>Seeds.</b> The fit of member {@code m} on fold {@code f} uses {@link FoldSeeds#derive
 * FoldSeeds.derive(seed, m, f)}, the final fit {@code f = k}.
 *
 * <p>Members are trained one after the other (each forest spreads its own trees over threads). Stateless
 * and thread-safe.
 */
public final class OutOfFoldPredictions {

    private OutOfFoldPredictions() {
    }

    /**
     * The out-of-fold class vectors of a level's training rows and its final members.
     *
     * @param vectors {@code float[n * width]}, row-major; member {@code m}'s probabilities of row {@code r}
     *                at {@code [r * width + m * C, r * width + (m + 1) * C)}
     * @param width   members times classes
     * @param finals  the members trained on all rows, in specification order
     */
    public record Result(float[] vectors, int width, List<FittedMember> finals) {
    }

    /**
     * Runs the folds and the final fits.
     *
     * @param members specifications, in the order their vectors are laid out
     * @param rows    the level's training rows
     * @param folds   a k-fold split of {@code rows} (every row in exactly one validation part)
     * @param seed    the level's seed
     * @param task    names this work in progress events, e.g. {@code "level 2"}
     * @throws IllegalArgumentException if there are no members or the folds do not split {@code rows}
     */
    public static Result compute(List<MemberSpec> members, TrainingRows rows, List<Fold> folds, long seed,
                                 String task, ProgressListener listener) {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a level needs at least one member");
        }
        checkFolds(folds, rows.size());
        int k = folds.size();
        int classes = rows.numClasses();
        int width = members.size() * classes;
        float[] vectors = new float[Math.multiplyExact(rows.size(), width)];
        int total = (k + 1) * members.size();
        int done = 0;
        for (Fold fold : folds) {
            TrainingRows train = rows.select(fold.trainRows());
            int[] heldOut = fold.validationRows();
            float[] heldOutFeatures = rows.select(heldOut).features();
            for (int m = 0; m < members.size(); m++) {
                MemberSpec spec = members.get(m);
                String detail = "fold " + (fold.index() + 1) + "/" + k + ": " + spec.name();
                FittedMember member = spec.fit(train, FoldSeeds.derive(seed, m, fold.index()),
                        forwarding(listener, task + ", " + detail));
                float[] proba = member.predictProba(heldOutFeatures, heldOut.length);
                checkShape(spec, proba, heldOut.length, classes, member);
                for (int i = 0; i < heldOut.length; i++) {
                    System.arraycopy(proba, i * classes, vectors, heldOut[i] * width + m * classes, classes);
                }
                listener.onProgress(new ProgressEvent(task, ++done, total, detail));
            }
        }
        List<FittedMember> finals = new ArrayList<>(members.size());
        for (int m = 0; m < members.size(); m++) {
            MemberSpec spec = members.get(m);
            String detail = "final: " + spec.name();
            FittedMember member = spec.fit(rows, FoldSeeds.derive(seed, m, k), forwarding(listener,
                    task + ", " + detail));
            if (member.numClasses() != classes || member.numFeatures() != rows.numFeatures()) {
                throw new IllegalStateException(spec.name() + " returned a member over " + member.numFeatures()
                        + " features and " + member.numClasses() + " classes for rows of " + rows.numFeatures()
                        + " features and " + classes + " classes");
            }
            finals.add(member);
            listener.onProgress(new ProgressEvent(task, ++done, total, detail));
        }
        return new Result(vectors, width, List.copyOf(finals));
    }

    /** Passes a member's own events on, their task prefixed with where in the cascade they come from. */
    private static ProgressListener forwarding(ProgressListener listener, String where) {
        return event -> listener.onProgress(new ProgressEvent(where + ": " + event.task(), event.done(),
                event.total(), event.detail()));
    }

    private static void checkShape(MemberSpec spec, float[] proba, int n, int classes, FittedMember member) {
        if (proba.length != n * classes || member.numClasses() != classes) {
            throw new IllegalStateException(spec.name() + " returned " + proba.length + " probabilities for " + n
                    + " rows of " + classes + " classes");
        }
    }

    private static void checkFolds(List<Fold> folds, int n) {
        if (folds == null || folds.size() < 2) {
            throw new IllegalArgumentException("out-of-fold vectors need at least 2 folds");
        }
        boolean[] seen = new boolean[n];
        for (Fold fold : folds) {
            if (fold.trainRows().length + fold.validationRows().length != n) {
                throw new IllegalArgumentException(fold + " was made for another number of rows than " + n);
            }
            for (int r : fold.validationRows()) {
                if (seen[r]) {
                    throw new IllegalArgumentException("row " + r + " is held out by more than one fold");
                }
                seen[r] = true;
            }
        }
        for (int r = 0; r < n; r++) {
            if (!seen[r]) {
                throw new IllegalArgumentException("row " + r + " is held out by no fold");
            }
        }
    }
}
