package dev.copse.cascade.grow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cascade.member.IdentifiedRows;
import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressListener;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthTest {

    private static final double[] SCRIPT = {0.40, 0.60, 0.90, 0.70, 0.75, 0.99, 0.99};
    private static final Dataset TRAIN = IdentifiedRows.of(1000, 0, 3, 0, 1);
    private static final Dataset TEST = IdentifiedRows.of(300, 5000, 3, 0, 2);

    private static CascadeFit grow(ScriptedMember member, int patience, int maxLevels, ValidationMetric metric) {
        CascadeOptions options = CascadeOptions.of(List.of(member)).withPatience(patience).withMaxLevels(maxLevels)
                .withMetric(metric).withThreads(1);
        return CascadeForest.fit(TRAIN, TEST, options, ProgressListener.none());
    }

    @Test
    void growthStopsAfterPatienceLevelsWithoutImprovementAndKeepsTheBestPrefix() {
        ScriptedMember member = new ScriptedMember(3, SCRIPT);

        CascadeFit fit = grow(member, 2, 20, ValidationMetric.ACCURACY);

        CascadeReport report = fit.report();
        assertEquals(5, report.levels().size(), "levels 4 and 5 do not improve on level 3, then growth stops");
        assertEquals(5 * 4, member.fits(), "no level after the stop is trained");
        assertEquals(3, report.keptLevels());
        assertEquals(3, fit.model().levels().size());
        double[] scores = report.levels().stream().mapToDouble(LevelReport::validationScore).toArray();
        assertTrue(scores[0] < scores[1] && scores[1] < scores[2], Arrays.toString(scores));
        assertTrue(scores[3] < scores[2] && scores[4] < scores[2], Arrays.toString(scores));
        assertEquals(report.best(), report.levels().get(2));
        assertTrue(report.stopReason().contains("after level 3"), report.stopReason());
        assertArrayEquals(expectedLabels(0.90), fit.model().predict(TEST), "the model predicts as level 3");
        assertEquals(report.levels().get(2).testAccuracy().getAsDouble(), accuracy(expectedLabels(0.90)), 1e-12);
    }

    @Test
    void patienceOneStopsAtTheFirstLevelWithoutImprovement() {
        ScriptedMember member = new ScriptedMember(3, SCRIPT);

        CascadeFit fit = grow(member, 1, 20, ValidationMetric.ACCURACY);

        assertEquals(4, fit.report().levels().size());
        assertEquals(3, fit.report().keptLevels());
    }

    @Test
    void maxLevelsEndsGrowthWhileStillImproving() {
        ScriptedMember member = new ScriptedMember(3, SCRIPT);

        CascadeFit fit = grow(member, 2, 2, ValidationMetric.ACCURACY);

        assertEquals(2, fit.report().levels().size());
        assertEquals(2, fit.model().levels().size());
        assertTrue(fit.report().stopReason().contains("maximum"), fit.report().stopReason());
        assertArrayEquals(expectedLabels(0.60), fit.model().predict(TEST));
    }

    @Test
    void logLossChoosesTheSameLevelsForOneHotMembers() {
        ScriptedMember member = new ScriptedMember(3, SCRIPT);

        CascadeFit fit = grow(member, 2, 20, ValidationMetric.LOG_LOSS);

        assertEquals(5, fit.report().levels().size());
        assertEquals(3, fit.report().keptLevels());
        assertEquals("log-loss", fit.report().metric());
    }

    private static int[] expectedLabels(double accuracy) {
        int[] labels = new int[TEST.size()];
        for (int r = 0; r < labels.length; r++) {
            int id = (int) TEST.feature(r, IdentifiedRows.ID);
            labels[r] = ScriptedMember.correct(id, accuracy) ? TEST.label(r) : (TEST.label(r) + 1) % 3;
        }
        return labels;
    }

    private static double accuracy(int[] predicted) {
        int correct = 0;
        for (int r = 0; r < predicted.length; r++) {
            correct += predicted[r] == TEST.label(r) ? 1 : 0;
        }
        return (double) correct / predicted.length;
    }
}
