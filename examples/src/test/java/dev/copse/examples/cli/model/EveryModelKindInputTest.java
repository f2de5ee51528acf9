package dev.copse.examples.cli.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.model.CostedClassifier;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input at the public entry points, for every model kind the command line knows: a training set with one
 * class, a test set with classes the training set lacks, and rows of the wrong width or with NaN features at
 * prediction time. Each must fail at once with a message that says what is wrong, not deep inside training.
 */
class EveryModelKindInputTest {

    private static TrainTest data;

    @BeforeAll
    static void smallData() throws IOException {
        TrainTest full = Datasets.load("default", ProgressListener.none());
        data = new TrainTest(full.train().stratifiedSample(300, 3), full.test().stratifiedSample(100, 3));
    }

    static Stream<String> kinds() {
        return ModelKinds.names().stream();
    }

    private static TrainSettings small(ModelKind kind) {
        return new TrainSettings(kind.options().contains("--trees") ? 2 : null,
                kind.options().contains("--max-depth") ? 3 : null,
                kind.options().contains("--epochs") ? 1 : null, null, null, null, null);
    }

    private static Dataset rowsOfClasses(Dataset source, int... classes) {
        int[] rows = IntStream.range(0, source.size())
                .filter(i -> Arrays.stream(classes).anyMatch(c -> c == source.label(i))).toArray();
        return source.subset(rows);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void trainingSetWithOneClassIsRefused(String name) {
        ModelKind kind = ModelKinds.byName(name).orElseThrow();
        Dataset oneClass = rowsOfClasses(data.train(), 4);
        Exception e = assertThrows(IllegalArgumentException.class, () -> kind.train(
                new TrainTest(oneClass, data.test()), small(kind), ProgressListener.none()));
        assertMentions(e, "class");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void predictionRowsOfTheWrongWidthOrWithNaNAreRefused(String name) throws IOException {
        ModelKind kind = ModelKinds.byName(name).orElseThrow();
        CostedClassifier model = kind.train(data, small(kind), ProgressListener.none()).modes().get(0);
        float[] out = new float[model.numClasses()];

        Exception narrow = assertThrows(IllegalArgumentException.class,
                () -> model.predictProba(new float[model.numFeatures() - 1], 0, out, 0, new CostLedger()));
        assertMentions(narrow, String.valueOf(model.numFeatures()));

        float[] row = new float[model.numFeatures()];
        row[7] = Float.NaN;
        Exception nan = assertThrows(IllegalArgumentException.class,
                () -> model.predictProba(row, 0, out, 0, new CostLedger()));
        assertMentions(nan, "NaN");
    }

    private static void assertMentions(Exception e, String word) {
        assertTrue(e.getMessage() != null && e.getMessage().contains(word),
                "message should mention '" + word + "': " + e);
    }

}
