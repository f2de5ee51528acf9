package dev.copse.smile.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.smile.tabular.MissingValues;
import dev.copse.smile.tabular.NominalEncoding;
import dev.copse.smile.tabular.TabularData;
import dev.copse.smile.tabular.TabularOptions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import smile.data.DataFrame;
import smile.data.measure.NominalScale;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.vector.ByteVector;
import smile.data.vector.ValueVector;

class DataFramesTest {

    /** Columns: double with null and NaN, a nominal byte column, strings with a null, int labels. */
    private static DataFrame frame() {
        NominalScale sizes = new NominalScale("small", "large");
        ByteVector size = new ByteVector(new StructField("size", DataTypes.ByteType, sizes), new byte[] {1, 0, 1, 1});
        return new DataFrame(
                ValueVector.ofNullable("x", 1.0, null, Double.NaN, 5.0),
                size,
                ValueVector.of("colour", "red", "blue", null, "red"),
                ValueVector.of("label", 7, 3, 3, 10));
    }

    @Test
    void everySupportedColumnKindIsEncodedExactly() throws DataFileException {
        TabularData data = DataFrames.read(frame(), "frame",
                TabularOptions.of("label", NominalEncoding.ONE_HOT).withMissingValues(MissingValues.IMPUTE_MEAN));
        Dataset d = data.dataset();
        assertEquals(List.of("x", "size=small", "size=large", "colour=blue", "colour=red"), d.featureNames());
        assertEquals(List.of("3", "7", "10"), d.classNames());
        // x mean of 1 and 5 is 3; colour mode is red
        assertArrayEquals(new float[] {
            1, 0, 1, 0, 1,
            3, 1, 0, 1, 0,
            3, 0, 1, 0, 1,
            5, 0, 1, 0, 1}, d.features());
        assertArrayEquals(new int[] {1, 0, 0, 2}, d.labels());
        assertEquals("frame", d.provenance().source());
    }

    @Test
    void contentHashIsStableAndFollowsTheValues() throws DataFileException {
        TabularOptions options = TabularOptions.of("label", NominalEncoding.ORDINAL)
                .withMissingValues(MissingValues.IMPUTE_MODE);
        String hash = DataFrames.read(frame(), "a", options).dataset().provenance().sha256();
        assertEquals(hash, DataFrames.read(frame(), "b", options).dataset().provenance().sha256());
        DataFrame changed = frame();
        changed.set(0, 0, 2.0);
        assertNotEquals(hash, DataFrames.read(changed, "a", options).dataset().provenance().sha256());
    }

    @Test
    void testFrameUsesTheTrainingEncoding() throws DataFileException {
        TabularData train = DataFrames.read(frame(), "train",
                TabularOptions.of("label", NominalEncoding.ONE_HOT).withMissingValues(MissingValues.IMPUTE_MEAN));
        NominalScale sizes = new NominalScale("small", "large");
        DataFrame test = new DataFrame(
                ValueVector.of("label", 10),
                ValueVector.of("colour", "blue"),
                new ByteVector(new StructField("size", DataTypes.ByteType, sizes), new byte[] {0}),
                ValueVector.ofNullable("x", (Double) null));
        Dataset encoded = DataFrames.read(test, "test", train.encoding());
        assertArrayEquals(new float[] {3, 1, 0, 1, 0}, encoded.features());
        assertArrayEquals(new int[] {2}, encoded.labels());
    }

    @Test
    void unsupportedTypesAndFloatingTargetsAreErrorsNamingTheColumn() {
        DataFrame dates = new DataFrame(ValueVector.of("x", 1.0), ValueVector.of("when", LocalDate.of(2024, 1, 1)),
                ValueVector.of("y", "a"));
        DataFileException e = assertThrows(DataFileException.class,
                () -> DataFrames.read(dates, "dated", TabularOptions.of("y", NominalEncoding.ONE_HOT)));
        assertTrue(e.getMessage().startsWith("dated: column 'when' has type Date"), e.getMessage());
        assertTrue(e.getMessage().contains("supported are numeric"), e.getMessage());
        DataFrame regression = new DataFrame(ValueVector.of("x", 1.0), ValueVector.of("price", 2.5));
        DataFileException target = assertThrows(DataFileException.class,
                () -> DataFrames.read(regression, "prices", TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT)));
        assertTrue(target.getMessage().startsWith("prices: the target column 'price' has type double"),
                target.getMessage());
    }
}
