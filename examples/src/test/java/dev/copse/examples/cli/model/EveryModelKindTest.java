package dev.copse.examples.cli.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.json.JsonWriter;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.model.CostedClassifier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reliability promises, checked for every model kind the command line knows (a kind added to
 * {@link ModelKinds} is covered without touching this test): one seed and thread count give identical model
 * arrays and headers (apart from recorded wall-clock durations); a saved and loaded model answers bit for bit like the trained one; and one model answers from eight
 * threads at once exactly as it does from one.
 */
class EveryModelKindTest {

    private static final int THREADS = 8;
    private static TrainTest data;

    @TempDir
    Path dir;

    @BeforeAll
    static void smallData() throws IOException {
        TrainTest full = Datasets.load("default", ProgressListener.none());
        data = new TrainTest(full.train().stratifiedSample(600, 11), full.test().stratifiedSample(200, 11));
    }

    static Stream<String> kinds() {
        return ModelKinds.names().stream();
    }

    /** Small settings, restricted to the options the kind accepts (it refuses the others). */
    private static TrainSettings smallSettings(ModelKind kind) {
        return new TrainSettings(
                kind.options().contains("--trees") ? 3 : null,
                kind.options().contains("--max-depth") ? 4 : null,
                kind.options().contains("--epochs") ? 1 : null,
                null,
                null,
                kind.options().contains("--seed") ? 5L : null,
                kind.options().contains("--threads") ? 2 : null);
    }

    private TrainedModel train(ModelKind kind) throws IOException {
        return kind.train(data, smallSettings(kind), ProgressListener.none());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void sameSeedAndThreadsGiveIdenticalModelBytes(String name) throws IOException {
        ModelKind kind = ModelKinds.byName(name).orElseThrow();
        Path first = dir.resolve("first.copse");
        Path second = dir.resolve("second.copse");
        train(kind).save(first);
        train(kind).save(second);

        ModelFile one = ModelFile.read(first);
        ModelFile two = ModelFile.read(second);
        assertEquals(withoutDurations(one), withoutDurations(two), name + ": header");
        assertArrayEquals(arrayBytes(first), arrayBytes(second), name + ": every array, bit for bit");
    }

    /**
     * The header with the recorded wall-clock durations (keys ending in {@code seconds}) set to 0: they are
     * provenance, the only thing two runs with one seed may disagree on.
     */
    private static String withoutDurations(ModelFile model) {
        return JsonWriter.compact(model.header()).replaceAll("(\"\\w*seconds\"):[-+0-9.eE]+", "$1:0");
    }

    /** The data section of a model file: every array's bytes, after the length-prefixed table. */
    private static byte[] arrayBytes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long table = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
        return Arrays.copyOfRange(bytes, (int) (8 + table), bytes.length);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void loadedModelAnswersLikeTheTrainedOneFromManyThreads(String name) throws Exception {
        ModelKind kind = ModelKinds.byName(name).orElseThrow();
        TrainedModel trained = train(kind);
        Path file = dir.resolve(name + ".copse");
        trained.save(file);
        TrainedModel loaded = kind.load(ModelFile.read(file));

        Dataset test = data.test();
        assertEquals(trained.modes().size(), loaded.modes().size());
        for (int m = 0; m < trained.modes().size(); m++) {
            float[] expected = probabilities(trained.modes().get(m), test, 0, test.size());
            CostedClassifier shared = loaded.modes().get(m);
            assertArrayEquals(expected, probabilities(shared, test, 0, test.size()),
                    name + " mode " + shared.description() + " after save and load");
            assertArrayEquals(expected, concurrently(shared, test), name + " mode " + shared.description()
                    + " from " + THREADS + " threads");
        }
    }

    /** Every thread answers the whole test set, starting at a different row, and must agree with one thread. */
    private static float[] concurrently(CostedClassifier model, Dataset test) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<float[]>> answers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int start = t * test.size() / THREADS;
                answers.add(pool.submit(() -> rotatedBack(probabilities(model, test, start, test.size()),
                        start, model.numClasses())));
            }
            float[] first = answers.get(0).get();
            for (Future<float[]> answer : answers) {
                assertArrayEquals(first, answer.get());
            }
            return first;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Class probabilities of {@code count} rows taken in order from {@code start}, wrapping around. */
    private static float[] probabilities(CostedClassifier model, Dataset test, int start, int count) {
        int classes = model.numClasses();
        float[] out = new float[count * classes];
        float[] row = new float[test.numFeatures()];
        for (int i = 0; i < count; i++) {
            test.row((start + i) % test.size(), row, 0);
            model.predictProba(row, 0, out, i * classes, new CostLedger());
        }
        return out;
    }

    private static float[] rotatedBack(float[] rotated, int start, int classes) {
        int rows = rotated.length / classes;
        float[] out = new float[rotated.length];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(rotated, i * classes, out, ((start + i) % rows) * classes, classes);
        }
        return out;
    }
}
