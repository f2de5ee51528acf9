package dev.copse.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetInfoTest {

    @Test
    void summarisesCountsShapeAndHashes() {
        Dataset train = Dataset.of(new float[] {0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1}, new int[] {0, 1, 1},
                List.of("cat", "dog"), Dataset.pixelFeatureNames(new ImageShape(1, 2, 2)), new ImageShape(1, 2, 2),
                new Provenance("pets train", "01".repeat(32)));
        Dataset test = train.subset(new int[] {1});
        DatasetInfo info = DatasetInfo.of("pets", new TrainTest(train, test));
        assertEquals(List.of(1, 2), info.train().classCounts());
        assertEquals(List.of(0, 1), info.test().classCounts());
        String text = info.toText();
        assertTrue(text.contains("3 train, 1 test"), text);
        assertTrue(text.contains("image 1x2x2"), text);
        assertTrue(text.matches("(?s).*dog\\s+2\\s+1.*"), text);
        assertTrue(text.contains("01".repeat(32)), text);
    }

    @Test
    void trainTestMustAgreeOnClassesAndFeatures() {
        Dataset a = Dataset.of(new float[] {1}, new int[] {0}, List.of("x"), List.of("f"), null, DatasetTest.SOURCE);
        Dataset b = Dataset.of(new float[] {1}, new int[] {0}, List.of("y"), List.of("f"), null, DatasetTest.SOURCE);
        Dataset c = Dataset.of(new float[] {1, 2}, new int[] {0}, List.of("x"), List.of("f", "g"), null,
                DatasetTest.SOURCE);
        assertThrows(IllegalArgumentException.class, () -> new TrainTest(a, b));
        assertThrows(IllegalArgumentException.class, () -> new TrainTest(a, c));
    }
}
