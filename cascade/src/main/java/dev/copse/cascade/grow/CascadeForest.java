package dev.copse.cascade.grow;

import dev.copse.cascade.connect.LearnedConnectivity;
import dev.copse.cascade.connect.Source;
import dev.copse.cascade.connect.SourceGate;
import dev.copse.cascade.connect.SourceGates;
import dev.copse.cascade.fold.FoldSeeds;
import dev.copse.cascade.fold.OutOfFoldPredictions;
import dev.copse.cascade.member.FittedMember;
import dev.copse.cascade.member.LevelInput;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.TrainingRows;
import dev.copse.cascade.model.CascadeLevel;
import dev.copse.cascade.model.CascadeModel;
import dev.copse.cascade.scan.MultiGrainedScanner;
import dev.copse.cascade.scan.ScanOptions;
import dev.copse.cascade.scan.ScanTraining;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Fold;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.TrainTest;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Grows a gcForest-style deep-forest cascade (Zhou and Feng, <i>Deep Forest</i>, IJCAI 2017; METHODS.md
 * section 2).
 *
 * <ol>
 *   <li>A stratified {@link CascadeOptions#validationFraction()} of the training set is held out to score
 *       levels; the levels grow on the rest, split once into {@code k} stratified folds that every level
 *       (and the scanner) reuses.</li>
 *   <li>With {@link CascadeOptions#scan()}, a multi-grained scanner is trained ({@link ScanTraining}) and the
 *       base features are its (out-of-fold, for the growing rows) output; otherwise the original features.</li>
 *   <li>Level {@code t} reads the sources its {@link dev.copse.cascade.connect.Connectivity} gives; its members
 *       produce out-of-fold class vectors for the growing rows and are retrained on all of them
 *       ({@link OutOfFoldPredictions}); the final members give the validation and test rows' vectors.</li>
 *   <li>The level is scored by the mean of its members' validation vectors; growth stops after
 *       {@link CascadeOptions#patience()} levels without a strict improvement, or at
 *       {@link CascadeOptions#maxLevels()}, and the model keeps the levels up to the best score.</li>
 * </ol>
 *
 * <p><b>Seeds</b>, all derived from {@link CascadeOptions#seed()} by {@link FoldSeeds#derive}: the validation
 * split {@code (seed, 0)}, the folds {@code (seed, 1)}, the scanner {@code (seed, 2)}, level {@code t}'s
 * members {@code (seed, 3, t)}, its binning {@code (seed, 4, t)} and its learned gates {@code (seed, 5, t)}. One seed gives the same cascade for the
 * same thread counts.
 *
 * <p><b>Progress.</b> Per level: one event per member fit (task {@code "level t"}), the members' own events
 * (task prefixed with the level, fold and member), and one event per finished level (task {@code "cascade"},
 * total unknown, detail with the level's score). The test set, when given, is only reported on, never used to
 * choose anything.
 *
 * <p>Stateless and thread-safe.
 */
public final class CascadeForest {

    /** Validation rows whose per-input cost is measured for the report. */
    static final int COST_SAMPLE_ROWS = 1000;

    private CascadeForest() {
    }

    /** Grows a cascade on {@code train}; see the class description. */
    public static CascadeFit fit(Dataset train, CascadeOptions options, ProgressListener listener) {
        return fit(train, null, options, listener);
    }

    /**
     * Grows a cascade on {@code train} and reports every level's accuracy on {@code test} as well.
     *
     * @param test rows to report on, or null; never used for any choice
     * @throws IllegalArgumentException if the data are too small for the split and folds, the test set has
     *                                  other features or classes, or scanning is asked for data without an
     *                                  image shape
     */
    public static CascadeFit fit(Dataset train, Dataset test, CascadeOptions options, ProgressListener listener) {
        if (train == null || options == null || listener == null) {
            throw new IllegalArgumentException("train, options and listener must not be null");
        }
        if (test != null && (test.numFeatures() != train.numFeatures()
                || !test.classNames().equals(train.classNames()))) {
            throw new IllegalArgumentException("test set has " + test.numFeatures() + " features and classes "
                    + test.classNames() + "; the training set has " + train.numFeatures() + " and "
                    + train.classNames());
        }
        return new Growth(train, test, options, listener).run();
    }

    /** The state of one fit. */
    private static final class Growth {

        private final Dataset train;
        private final Dataset test;
        private final CascadeOptions options;
        private final ProgressListener listener;
        private final int classes;
        private final long start = System.nanoTime();
        private List<Fold> folds;
        private Partition growing;
        private Partition validation;
        private Partition testing;
        private MultiGrainedScanner scanner;
        private double scanSeconds;
        private boolean pixelBase;
        private List<SourceGate> gates = List.of(); // the gates of the level being trained

        Growth(Dataset train, Dataset test, CascadeOptions options, ProgressListener listener) {
            this.train = train;
            this.test = test;
            this.options = options;
            this.listener = listener;
            this.classes = train.numClasses();
        }

        CascadeFit run() {
            TrainTest split = train.stratifiedSplit(options.validationFraction(), FoldSeeds.derive(options.seed(), 0));
            folds = split.train().stratifiedKFold(options.folds(), FoldSeeds.derive(options.seed(), 1));
            prepareBase(split.train(), split.test());
            EarlyStopping stopping = new EarlyStopping(options.metric(), options.patience());
            List<CascadeLevel> levels = new ArrayList<>();
            List<LevelReport> reports = new ArrayList<>();
            String stopReason = "reached the maximum of " + options.maxLevels() + " levels";
            for (int t = 0; t < options.maxLevels(); t++) {
                long levelStart = System.nanoTime();
                CascadeLevel level = trainLevel(t);
                levels.add(level);
                LevelReport report = evaluate(t, level, seconds(levelStart));
                reports.add(report);
                boolean stop = stopping.record(report.validationScore());
                listener.onProgress(new ProgressEvent("cascade", t + 1, -1, "level " + (t + 1) + ": validation "
                        + options.metric().key() + " " + report.validationScore() + ", best level "
                        + (stopping.bestLevel() + 1)));
                if (stop) {
                    stopReason = options.patience() + " levels without improvement after level "
                            + (stopping.bestLevel() + 1);
                    break;
                }
            }
            int kept = stopping.bestLevel() + 1;
            CascadeModel model = new CascadeModel(train.classNames(), train.numFeatures(), scanner,
                    levels.subList(0, kept), options.connectivity().key(), train.provenance());
            return new CascadeFit(model, new CascadeReport(options.metric().key(), reports, kept, stopReason,
                    scanSeconds, seconds(start)));
        }

        /** The base features of the three parts: the original features, or the scanner's output. */
        private void prepareBase(Dataset grow, Dataset hold) {
            if (options.scan().isEmpty()) {
                pixelBase = train.imageShape().isPresent();
                int d = train.numFeatures();
                growing = new Partition(grow.features(), d, grow.labels());
                validation = new Partition(hold.features(), d, hold.labels());
                testing = test == null ? null : new Partition(test.features(), d, test.labels());
                return;
            }
            ScanOptions scan = options.scan().get();
            ImageShape shape = train.imageShape().orElseThrow(() -> new IllegalArgumentException(
                    "multi-grained scanning needs image data, but " + train + " has no image shape"));
            long scanStart = System.nanoTime();
            ScanTraining.Result result = ScanTraining.fit(grow.features(), grow.labels(), classes, shape, scan,
                    folds, FoldSeeds.derive(options.seed(), 2), options.threads(), listener);
            scanner = result.scanner();
            int width = scanner.outputWidth();
            growing = new Partition(result.outOfFold(), width, grow.labels());
            validation = new Partition(scanner.transform(hold.features(), hold.size()), width, hold.labels());
            testing = test == null ? null
                    : new Partition(scanner.transform(test.features(), test.size()), width, test.labels());
            scanSeconds = seconds(scanStart);
        }

        private CascadeLevel trainLevel(int t) {
            List<Source> sources = options.connectivity().sources(t);
            gates = List.of();
            if (options.connectivity() instanceof LearnedConnectivity learned) {
                gates = SourceGates.learn(learned, sources, growing.input(sources), growing.size(),
                        growing.blocks(sources, pixelBase), growing.labels(), classes,
                        FoldSeeds.derive(options.seed(), 5, t));
                sources = gates.stream().filter(SourceGate::kept).map(SourceGate::source).toList();
                listener.onProgress(new ProgressEvent("level " + (t + 1) + " connections", 1, 1, "gates " + gates));
            }
            int width = growing.inputWidth(sources);
            LevelInput input = LevelInput.of(growing.input(sources), growing.size(),
                    growing.blocks(sources, pixelBase), FoldSeeds.derive(options.seed(), 4, t), options.threads());
            OutOfFoldPredictions.Result result = OutOfFoldPredictions.compute(options.members(),
                    TrainingRows.of(input, growing.labels(), classes), folds, FoldSeeds.derive(options.seed(), 3, t),
                    "level " + (t + 1), listener);
            CascadeLevel level = new CascadeLevel(result.finals(), sources, width);
            // The level's vectors are recorded whether or not later levels read them: a later level's gates
            // choose among all earlier blocks.
            growing.add(result.vectors(), result.width());
            return level;
        }

        /** Predicts the validation and test rows with the new level, scores it and measures its members. */
        private LevelReport evaluate(int t, CascadeLevel level, double trainSeconds) {
            long evalStart = System.nanoTime();
            float[] validationInput = validation.input(level.sources());
            validation.add(level.predictVectors(validationInput, validation.size()), level.vectorWidth());
            int members = level.members().size();
            float[] proba = validation.lastMean(members, classes);
            double score = options.metric().score(proba, validation.labels(), classes);
            double accuracy = ValidationMetric.ACCURACY.score(proba, validation.labels(), classes);
            OptionalDouble testAccuracy = OptionalDouble.empty();
            if (testing != null) {
                testing.add(level.predictVectors(testing.input(level.sources()), testing.size()), level.vectorWidth());
                testAccuracy = OptionalDouble.of(ValidationMetric.ACCURACY.score(testing.lastMean(members, classes),
                        testing.labels(), classes));
            }
            List<MemberReport> memberReports = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                FittedMember member = level.members().get(m);
                Cost mean = measuredCost(member, validationInput, level.inputWidth());
                int rows = Math.min(COST_SAMPLE_ROWS, validation.size());
                memberReports.add(new MemberReport(options.members().get(m).name(), member.description(),
                        member.nodeCount(), (double) mean.comparisons() / rows, (double) mean.totalMacs() / rows,
                        member.staticCost()));
            }
            return new LevelReport(t, level.sources(), gates, level.inputWidth(), score, accuracy, testAccuracy,
                    trainSeconds + seconds(evalStart), memberReports);
        }

        /** The realised cost of the first {@value #COST_SAMPLE_ROWS} validation rows, summed. */
        private Cost measuredCost(FittedMember member, float[] input, int width) {
            int rows = Math.min(COST_SAMPLE_ROWS, validation.size());
            CostLedger ledger = new CostLedger();
            float[] out = new float[classes];
            for (int r = 0; r < rows; r++) {
                member.predictProba(input, r * width, out, 0, ledger);
            }
            return ledger.snapshot();
        }

        private static double seconds(long since) {
            return (System.nanoTime() - since) / 1e9;
        }
    }
}
