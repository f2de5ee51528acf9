package dev.copse.smile.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cascade.model.CascadeModel;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.SoftForestClassifier;
import java.io.IOException;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.validation.ClassificationValidation;
import smile.validation.ClassificationValidations;
import smile.validation.CrossValidation;

/** Copse models trained and scored by Smile's own cross-validation. */
class CopseTrainerTest {

    private static double[][] rows(Dataset data) {
        double[][] x = new double[data.size()][data.numFeatures()];
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < data.numFeatures(); j++) {
                x[i][j] = data.feature(i, j);
            }
        }
        return x;
    }

    /**
     * Smile's stratified 3-fold cross-validation of a small soft forest (4 trees of depth 5, 15 epochs) on 1,500
     * images of the embedded MNIST sample (1,000 training rows per fold). When the test was written the mean
     * accuracy was 81.8 %; the bar leaves a margin.
     */
    @Test
    void smilesCrossValidationScoresASoftForest() throws IOException {
        Dataset data = Datasets.load("default", ProgressListener.none()).train().stratifiedSample(1500, 4);
        double[][] x = rows(data);
        int[] y = data.labels();
        Properties properties = new Properties();
        properties.setProperty(CopseProperties.TREES, "4");
        properties.setProperty(CopseProperties.MAX_DEPTH, "5");
        properties.setProperty(CopseProperties.EPOCHS, "15");
        properties.setProperty(CopseProperties.THREADS, "2");
        CopseTrainer trainer = CopseTrainer.softForest();

        ClassificationValidations<CopseClassifier> cv = CrossValidation.stratify(3, x, y,
                (rows, labels) -> trainer.fit(rows, labels, properties));

        assertEquals(3, cv.rounds().size());
        double accuracy = cv.avg().accuracy();
        assertTrue(accuracy > 0.75, "3-fold accuracy " + accuracy);
        for (ClassificationValidation<CopseClassifier> round : cv.rounds()) {
            CopseClassifier model = round.model();
            assertTrue(model.model() instanceof SoftForestClassifier);
            assertEquals(10, model.numClasses());
            double[] posteriori = new double[10];
            int label = model.predict(x[0], posteriori);
            double sum = 0;
            for (int c = 0; c < 10; c++) {
                sum += posteriori[c];
                assertTrue(posteriori[c] <= posteriori[label]);
            }
            assertEquals(1, sum, 1e-5);
            assertEquals(label, model.predict(x[0]));
        }
    }

    /** Three Gaussian blobs in 5 dimensions; the class is the blob. */
    private static double[][] blobs(int n, int[] y, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][5];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 5; j++) {
                x[i][j] = random.nextGaussian() + (j == y[i] ? 2.5 : 0);
            }
        }
        return x;
    }

    @Test
    void smilesCrossValidationScoresACascade() {
        int[] y = new int[600];
        double[][] x = blobs(600, y, 3);
        Properties properties = new Properties();
        properties.setProperty(CopseProperties.PRESET, "gcforest");
        properties.setProperty(CopseProperties.CASCADE_TREES, "10");
        properties.setProperty(CopseProperties.MAX_LEVELS, "2");
        properties.setProperty(CopseProperties.THREADS, "2");
        CopseTrainer trainer = CopseTrainer.cascade();

        ClassificationValidations<CopseClassifier> cv = CrossValidation.classification(3, x, y,
                (rows, labels) -> trainer.fit(rows, labels, properties));

        // 93.3 % when the test was written.
        assertTrue(cv.avg().accuracy() > 0.80, "3-fold accuracy " + cv.avg().accuracy());
        assertTrue(cv.rounds().get(0).model().model() instanceof CascadeModel);
    }

    @Test
    void anUnknownCopseKeyOrABadValueIsNamed() {
        int[] y = new int[30];
        double[][] x = blobs(30, y, 1);
        Properties typo = new Properties();
        typo.setProperty("copse.soft_forest.tree", "3");
        var unknown = assertThrows(IllegalArgumentException.class, () -> CopseTrainer.softForest().fit(x, y, typo));
        assertTrue(unknown.getMessage().startsWith("unknown property 'copse.soft_forest.tree'; known: "),
                unknown.getMessage());

        Properties bad = new Properties();
        bad.setProperty(CopseProperties.EPOCHS, "many");
        var value = assertThrows(IllegalArgumentException.class, () -> CopseTrainer.softForest().fit(x, y, bad));
        assertEquals("copse.soft_forest.epochs must be an integer, got 'many'", value.getMessage());

        double[][] nan = {{0, Double.NaN}};
        var row = assertThrows(IllegalArgumentException.class, () -> CopseTrainer.softForest().fit(nan, new int[1]));
        assertEquals("row 0, column 1 is NaN", row.getMessage());
    }
}
