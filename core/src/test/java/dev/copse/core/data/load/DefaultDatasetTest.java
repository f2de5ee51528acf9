package dev.copse.core.data.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.TrainTest;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DefaultDatasetTest {

    private static TrainTest data;

    @BeforeAll
    static void load() throws IOException {
        data = Datasets.load("default", ProgressListener.none());
    }

    @Test
    void hasTheDocumentedSizesAndShape() {
        assertEquals(6000, data.train().size());
        assertEquals(1000, data.test().size());
        for (Dataset part : List.of(data.train(), data.test())) {
            assertEquals(784, part.numFeatures());
            assertEquals(new ImageShape(1, 28, 28), part.imageShape().orElseThrow());
            assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), part.classNames());
        }
    }

    @Test
    void everyClassIsPresentInNearEqualShare() {
        for (Dataset part : List.of(data.train(), data.test())) {
            for (int count : part.classCounts()) {
                double share = count / (double) part.size();
                assertTrue(share > 0.08 && share < 0.12, "class share " + share + " in " + part);
            }
        }
        // Stratification keeps MNIST's own class shares (see the README next to the files).
        assertArrayEquals(new int[] {592, 674, 596, 613, 584, 542, 592, 627, 585, 595}, data.train().classCounts());
        assertArrayEquals(new int[] {98, 114, 103, 101, 98, 89, 96, 103, 97, 101}, data.test().classCounts());
    }

    @Test
    void pixelsAreInUnitRangeAndUseIt() {
        for (Dataset part : List.of(data.train(), data.test())) {
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (float v : part.features()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            assertEquals(0f, min);
            assertEquals(1f, max);
        }
    }

    @Test
    void reportsProgressAndProvenance() throws IOException {
        List<ProgressEvent> events = new ArrayList<>();
        TrainTest again = DefaultDataset.load(events::add);
        assertTrue(events.get(events.size() - 1).isFinished());
        assertEquals(data.train().provenance(), again.train().provenance());
        assertTrue(again.test().provenance().source().contains("seed 1998"));
    }

    @Test
    void readmeRecordsTheSameHashesAsTheCode() throws IOException {
        String readme;
        try (InputStream in = DefaultDataset.class.getResourceAsStream(DefaultDataset.RESOURCE_FOLDER + "README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String hash : List.of(DefaultDataset.TRAIN_IMAGES_SHA256, DefaultDataset.TRAIN_LABELS_SHA256,
                DefaultDataset.TEST_IMAGES_SHA256, DefaultDataset.TEST_LABELS_SHA256)) {
            assertTrue(readme.contains(hash), "README lacks " + hash);
        }
        assertTrue(readme.contains("CC BY-SA 3.0"));
    }
}
