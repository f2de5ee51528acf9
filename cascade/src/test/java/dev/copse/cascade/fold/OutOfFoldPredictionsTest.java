package dev.copse.cascade.fold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cascade.connect.Connectivity;
import dev.copse.cascade.grow.CascadeForest;
import dev.copse.cascade.grow.CascadeOptions;
import dev.copse.cascade.member.IdentifiedRows;
import dev.copse.cascade.member.LevelInput;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.RecordingMember;
import dev.copse.cascade.member.TrainingRows;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Fold;
import dev.copse.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutOfFoldPredictionsTest {

    @Test
    void everyTrainingRowGetsExactlyOneVectorFromAModelThatNeverSawIt() {
        Dataset data = IdentifiedRows.of(90, 0, 3, 2, 7);
        List<Fold> folds = data.stratifiedKFold(3, 11);
        RecordingMember spec = new RecordingMember();
        TrainingRows rows = TrainingRows.of(LevelInput.of(data.features(), data.size(), data.numFeatures(), 1, 1),
                data.labels(), 3);

        OutOfFoldPredictions.Result result = OutOfFoldPredictions.compute(List.of(spec, spec), rows, folds, 5,
                "level 1", ProgressListener.none());

        // 3 folds x 2 members, then 2 final members
        assertEquals(8, spec.fits().size());
        BitSet[] predictedPerMember = {new BitSet(), new BitSet()};
        for (int f = 0; f < 3; f++) {
            BitSet heldOut = ids(folds.get(f).validationRows());
            for (int m = 0; m < 2; m++) {
                RecordingMember.Fit fit = spec.fits().get(2 * f + m);
                assertEquals(ids(folds.get(f).trainRows()), fit.trained(), "fold " + f + " trains on its rows");
                assertEquals(heldOut, fit.predicted(), "fold " + f + " predicts exactly its held-out rows");
                assertFalse(fit.trained().intersects(fit.predicted()));
                assertFalse(predictedPerMember[m].intersects(fit.predicted()), "a row predicted twice");
                predictedPerMember[m].or(fit.predicted());
            }
        }
        for (BitSet predicted : predictedPerMember) {
            assertEquals(90, predicted.cardinality());
        }
        BitSet all = new BitSet();
        all.set(0, 90);
        assertEquals(all, spec.fits().get(6).trained(), "the final member trains on every row");
        assertTrue(spec.fits().get(6).predicted().isEmpty(), "the final member predicts no training row");
        assertEquals(2, result.finals().size());
        assertEquals(6, result.width());
        float[] uniform = new float[90 * 6];
        Arrays.fill(uniform, 1f / 3);
        assertArrayEquals(uniform, result.vectors(), "every slot filled by the member that produced it");
    }

    @Test
    void theInstrumentedMemberFailsWhenAskedAboutARowItSaw() {
        Dataset data = IdentifiedRows.of(30, 0, 3, 0, 7);
        RecordingMember spec = new RecordingMember();
        TrainingRows rows = TrainingRows.of(LevelInput.of(data.features(), 30, 2, 1, 1), data.labels(), 3);
        var member = spec.fit(rows.select(new int[] {0, 1, 2}), 1, ProgressListener.none());
        assertThrows(AssertionError.class, () -> member.predictProba(data.features(), 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"previous", "dense"})
    void aWholeCascadeNeverAsksAMemberAboutARowItTrainedOn(String connectivity) {
        Dataset train = IdentifiedRows.of(150, 0, 3, 1, 3);
        Dataset test = IdentifiedRows.of(30, 1000, 3, 1, 4);
        RecordingMember spec = new RecordingMember();
        List<MemberSpec> members = List.of(spec, spec);
        CascadeOptions options = CascadeOptions.of(members).withConnectivity(Connectivity.byName(connectivity))
                .withMaxLevels(3).withPatience(3).withThreads(1);

        var cascade = CascadeForest.fit(train, test, options, ProgressListener.none());

        // per level: 3 folds x 2 members + 2 final members
        assertEquals(3 * 8, spec.fits().size());
        assertEquals(3, cascade.report().levels().size());
        for (int level = 0; level < 3; level++) {
            for (int m = 0; m < 2; m++) {
                BitSet outOfFold = new BitSet();
                for (int f = 0; f < 3; f++) {
                    RecordingMember.Fit fit = spec.fits().get(level * 8 + 2 * f + m);
                    assertFalse(outOfFold.intersects(fit.predicted()), "a growing row predicted twice");
                    outOfFold.or(fit.predicted());
                }
                assertEquals(120, outOfFold.cardinality(), "each of the 80 % growing rows gets one vector");
            }
        }
        assertTrue(new ArrayList<>(spec.fits()).stream().allMatch(f -> !f.trained().intersects(f.predicted())));
    }

    private static BitSet ids(int[] rows) {
        BitSet set = new BitSet();
        for (int r : rows) {
            set.set(r);
        }
        return set;
    }
}
