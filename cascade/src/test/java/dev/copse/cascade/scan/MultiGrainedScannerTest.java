package dev.copse.cascade.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cascade.connect.Source;
import dev.copse.cascade.grow.CascadeFit;
import dev.copse.cascade.grow.CascadeForest;
import dev.copse.cascade.grow.CascadePresets;
import dev.copse.cascade.member.FittedMember;
import dev.copse.cascade.member.HardForestMember;
import dev.copse.cascade.member.IdentifiedRows;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.TrainingRows;
import dev.copse.cascade.model.CascadeLevel;
import dev.copse.cascade.model.CascadeModel;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Fold;
import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.forest.hard.HardForest;
import dev.copse.forest.hard.RandomForest;
import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiGrainedScannerTest {

    private static final Dataset TRAIN = Patches.of(120, 1);
    private static final List<Integer> SIZES = Collections.synchronizedList(new ArrayList<>());
    private static ScanOptions options;
    private static ScanTraining.Result result;

    /** Wraps a specification and records how many instances every fit trains on. */
    private record Sized(MemberSpec inner) implements MemberSpec {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public FittedMember fit(TrainingRows train, long seed, ProgressListener listener) {
            SIZES.add(train.size());
            return inner.fit(train, seed, listener);
        }
    }

    @BeforeAll
    static void train() {
        ScanOptions gc = ScanOptions.gcforest(List.of(4, 6), 2, 5, 1);
        options = gc.withMembers(gc.members().stream().<MemberSpec>map(Sized::new).toList())
                .withMaxTrainingInstances(200).withImagesPerBlock(7);
        List<Fold> folds = TRAIN.stratifiedKFold(3, 1);
        result = ScanTraining.fit(TRAIN.features(), TRAIN.labels(), 2, Patches.SHAPE, options, folds, 3, 1,
                ProgressListener.none());
    }

    @Test
    void membersTrainOnABoundedSampleOfWindowInstances() {
        // per window size: 3 folds of 80 images at floor(200 / 80) = 2 positions, then 120 images at 1
        List<Integer> perSize = List.of(160, 160, 160, 160, 160, 160, 120, 120);
        List<Integer> expected = new ArrayList<>(perSize);
        expected.addAll(perSize);
        assertEquals(expected, SIZES);
    }

    @Test
    void theOutputHoldsEveryPositionsVectorForEveryMember() {
        // 4 x 4 positions for 4 x 4 windows, 3 x 3 for 6 x 6; 2 members, 2 classes
        MultiGrainedScanner scanner = result.scanner();
        assertEquals(2 * 16 * 2 + 2 * 9 * 2, scanner.outputWidth());
        assertEquals(TRAIN.size() * scanner.outputWidth(), result.outOfFold().length);
        float[] oof = result.outOfFold();
        for (int k = 0; k < oof.length; k += 2) {
            assertEquals(1f, oof[k] + oof[k + 1], 1e-5f, "a position's class vector sums to one");
        }
    }

    @Test
    void streamingInBlocksGivesTheSameFeaturesAsOneBlockAndAsOneRowAtATime() {
        Dataset test = Patches.of(20, 2);
        MultiGrainedScanner blocked = result.scanner();
        MultiGrainedScanner whole = new MultiGrainedScanner(blocked.geometries(), blocked.members(),
                blocked.pooling(), 2, 1000);

        float[] a = blocked.transform(test.features(), 20);
        assertArrayEquals(whole.transform(test.features(), 20), a);

        int width = blocked.outputWidth();
        float[] row = new float[width];
        CostLedger ledger = new CostLedger();
        blocked.transform(test.features(), 3 * 100, row, 0, ledger);
        assertArrayEquals(Arrays.copyOfRange(a, 3 * width, 4 * width), row);
        Cost realised = ledger.snapshot();
        Cost worst = blocked.staticCost().worstCasePerInput();
        assertTrue(realised.comparisons() > 0 && realised.comparisons() <= worst.comparisons());
    }

    @Test
    void maxPoolingShrinksTheOutputAndPoolsTheUnpooledVectors() {
        MultiGrainedScanner plain = result.scanner();
        MultiGrainedScanner pooled = new MultiGrainedScanner(plain.geometries(), plain.members(), Pooling.max(2), 2,
                7);
        // 4 x 4 positions pool to 2 x 2, 3 x 3 to 2 x 2
        assertEquals(2 * 4 * 2 + 2 * 4 * 2, pooled.outputWidth());
        Dataset test = Patches.of(5, 3);
        float[] unpooled = plain.transform(test.features(), 5);
        float[] out = pooled.transform(test.features(), 5);
        // first image, first member of the 4 x 4 windows, top-left block: positions (0,0), (0,1), (1,0), (1,1)
        for (int c = 0; c < 2; c++) {
            float max = Math.max(Math.max(unpooled[c], unpooled[2 + c]), Math.max(unpooled[8 + c], unpooled[10 + c]));
            assertEquals(max, out[c]);
        }
    }

    @Test
    void aCascadeOnScannedFeaturesSeparatesThePatches() {
        Dataset train = Patches.of(200, 4);
        Dataset test = Patches.of(100, 5);
        var cascade = CascadePresets.gcforest(5, 1).withMaxLevels(2)
                .withScan(ScanOptions.gcforest(List.of(4), 2, 5, 1).withMaxTrainingInstances(1000)
                        .withPooling(Pooling.max(2)));

        CascadeFit fit = CascadeForest.fit(train, test, cascade, ProgressListener.none());

        double accuracy = fit.report().best().testAccuracy().getAsDouble();
        assertTrue(accuracy >= 0.95, "test accuracy " + accuracy);
        assertTrue(fit.report().scanSeconds() > 0);
        int[] predicted = fit.model().predict(test);
        int correct = 0;
        for (int r = 0; r < predicted.length; r++) {
            correct += predicted[r] == test.label(r) ? 1 : 0;
        }
        assertEquals(accuracy, correct / 100.0, 1e-12, "the model predicts what the report measured");
        float[] proba = fit.model().predictProba(test);
        float[] row = new float[2];
        fit.model().predictProba(test.features(), 7 * 100, row, 0, new CostLedger());
        assertArrayEquals(Arrays.copyOfRange(proba, 14, 16), row, "one row through scanner and levels");
    }

    @Test
    void aScanningCascadeSavesAndLoadsWithIdenticalPredictions(@TempDir Path dir) throws IOException {
        MultiGrainedScanner scanner = result.scanner();
        int width = scanner.outputWidth();
        BinnedFeatures scanned = FeatureBinner.fit(result.outOfFold(), 120, width, BinningOptions.defaults(), 1, 1)
                .transform(result.outOfFold(), 120, 1);
        HardForest forest = RandomForest.fit(scanned, TRAIN.labels(), 2,
                RandomForest.Options.defaults().withTrees(2).withThreads(1), ProgressListener.none());
        CascadeLevel level = new CascadeLevel(List.of(new HardForestMember(forest)), List.of(Source.features()),
                width);
        CascadeModel model = new CascadeModel(TRAIN.classNames(), 100, scanner, List.of(level), "previous",
                TRAIN.provenance());
        Path path = dir.resolve("scanned.copse");

        model.save(path);

        ModelFile file = ModelFile.read(path);
        JsonObject described = file.header().get("scanner").asObject();
        assertEquals("[1,10,10]", described.get("image").toString());
        assertEquals(2, described.get("windows").asArray().size());
        assertEquals(6, described.get("windows").asArray().get(1).asObject().get("window").asNumber()
                .longValueExact());
        assertTrue(file.arrayNames().contains("scan.window.1.member.1.leafValues"));
        assertTrue(file.arrayNames().contains("level.0.member.0.feature"));
        Dataset test = Patches.of(30, 6);
        CascadeModel loaded = CascadeModel.load(path);
        assertArrayEquals(model.predictProba(test), loaded.predictProba(test));
        assertEquals(model.staticCost(), loaded.staticCost());
    }

    @Test
    void scanningNeedsImages() {
        Dataset flat = IdentifiedRows.of(60, 0, 2, 1, 1);
        var cascade = CascadePresets.gcforest(2, 1).withScan(ScanOptions.gcforest(List.of(2), 1, 2, 1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> CascadeForest.fit(flat, cascade, ProgressListener.none()));
        assertTrue(e.getMessage().contains("image"), e.getMessage());
    }
}
