package dev.copse.cascade.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.cascade.grow.CascadeForest;
import dev.copse.cascade.grow.CascadeOptions;
import dev.copse.cascade.grow.LevelReport;
import dev.copse.cascade.member.IdentifiedRows;
import dev.copse.cascade.member.RecordingMember;
import dev.copse.core.progress.ProgressListener;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityTest {

    @Test
    void previousReadsTheFeaturesAndTheLevelBefore() {
        assertEquals(List.of(Source.features()), Connectivity.PREVIOUS.sources(0));
        assertEquals(List.of(Source.features(), Source.level(2)), Connectivity.PREVIOUS.sources(3));
    }

    @Test
    void denseReadsTheFeaturesAndEveryEarlierLevel() {
        assertEquals(List.of(Source.features()), Connectivity.DENSE.sources(0));
        assertEquals(List.of(Source.features(), Source.level(0), Source.level(1), Source.level(2)),
                Connectivity.DENSE.sources(3));
    }

    @Test
    void namesRoundTripAndUnknownNamesSayWhatIsSupported() {
        assertEquals(Connectivity.DENSE, Connectivity.byName(Connectivity.DENSE.key()));
        assertEquals(LearnedConnectivity.defaults(), Connectivity.byName("learned"));
        var e = assertThrows(IllegalArgumentException.class, () -> Connectivity.byName("sparse"));
        assertEquals("unknown connectivity 'sparse'; supported: previous, dense, learned", e.getMessage());
    }

    @Test
    void assemblyConcatenatesSourcesRowByRow() {
        float[] base = {1, 2, 3, 4};          // 2 rows x 2 features
        float[] level0 = {10, 11, 12, 20, 21, 22}; // 2 rows x 3
        float[] level1 = {30, 40};            // 2 rows x 1
        List<Source> sources = List.of(Source.features(), Source.level(1), Source.level(0));
        int[] widths = {3, 1};

        float[] input = InputAssembly.assemble(sources, base, 2, List.of(level0, level1), widths, 2);

        assertEquals(6, InputAssembly.width(sources, 2, widths));
        assertArrayEquals(new float[] {1, 2, 30, 10, 11, 12, 3, 4, 40, 20, 21, 22}, input);
        float[] row = new float[6];
        InputAssembly.assembleRow(sources, base, 2, 2, List.of(new float[] {20, 21, 22}, new float[] {40}), widths,
                row);
        assertArrayEquals(new float[] {3, 4, 40, 20, 21, 22}, row);
    }

    @Test
    void aSourceFromTheFutureIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> InputAssembly.width(List.of(Source.features(), Source.level(1)), 2, new int[] {3}));
    }

    @Test
    void levelInputWidthsGrowWithDenseAndStayWithPrevious() {
        // 3 features; 2 members x 3 classes = 6 class-vector values per level
        assertArrayEquals(new int[] {3, 9, 9, 9}, widths(Connectivity.PREVIOUS));
        assertArrayEquals(new int[] {3, 9, 15, 21}, widths(Connectivity.DENSE));
    }

    private static int[] widths(Connectivity connectivity) {
        RecordingMember member = new RecordingMember();
        CascadeOptions options = CascadeOptions.of(List.of(member, member)).withConnectivity(connectivity)
                .withMaxLevels(4).withPatience(4).withThreads(1);
        var fit = CascadeForest.fit(IdentifiedRows.of(60, 0, 3, 1, 1), options, ProgressListener.none());
        assertEquals(4, fit.report().levels().size());
        assertEquals(1, fit.model().levels().size(), "uniform members never improve on the first level");
        return fit.report().levels().stream().mapToInt(LevelReport::inputWidth).toArray();
    }
}
