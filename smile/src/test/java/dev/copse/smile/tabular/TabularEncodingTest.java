package dev.copse.smile.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TabularEncodingTest {

    private static final String HASH = "0".repeat(64);
    private static final double NA = Double.NaN;

    private static Table table(Column... columns) {
        return new Table("memory", HASH, List.of(columns), null);
    }

    private static NominalColumn labels(int... codes) {
        return new NominalColumn("y", List.of("p", "q", "never"), codes);
    }

    @Test
    void nominalModeBreaksTiesTowardsTheFirstCategory() throws DataFileException {
        Table table = table(new NominalColumn("c", List.of("a", "b", "c"), new int[] {2, 1, 2, 1, -1}),
                labels(0, 1, 0, 1, 0));
        TabularData data = TabularData.encode(table, TabularOptions.of("y", NominalEncoding.ORDINAL)
                .withMissingValues(MissingValues.IMPUTE_MEAN));
        assertArrayEquals(new float[] {2, 1, 2, 1, 1}, data.dataset().features());
        assertEquals(List.of("p", "q", "never"), data.dataset().classNames(), "unused classes stay classes");
    }

    @Test
    void numericModeCountsNegativeZeroAsZeroAndBreaksTiesTowardsTheSmallest() throws DataFileException {
        Table table = table(new NumericColumn("x", new double[] {-0.0, 0.0, 5, 5, NA}), labels(0, 0, 1, 1, 0));
        Dataset d = TabularData.encode(table, TabularOptions.of("y", NominalEncoding.ONE_HOT)
                .withMissingValues(MissingValues.IMPUTE_MODE)).dataset();
        assertArrayEquals(new float[] {-0f, 0f, 5, 5, 0f}, d.features());
    }

    @Test
    void imputingAColumnWithoutAnyValueIsAnError() {
        Table table = table(new NumericColumn("empty", new double[] {NA, NA}), labels(0, 1));
        DataFileException e = assertThrows(DataFileException.class, () -> TabularEncoding.fit(table,
                TabularOptions.of("y", NominalEncoding.ONE_HOT).withMissingValues(MissingValues.IMPUTE_MEAN)));
        assertEquals("memory: column 'empty' has no present value, so there is nothing to impute its missing "
                + "values from; drop it", e.getMessage());
    }

    @Test
    void clashingFeatureNamesAreAnErrorNamingBothColumns() {
        Table table = table(new NumericColumn("a=x", new double[] {1}),
                new NominalColumn("a", List.of("x"), new int[] {0}), labels(0));
        DataFileException e = assertThrows(DataFileException.class,
                () -> TabularEncoding.fit(table, TabularOptions.of("y", NominalEncoding.ONE_HOT)));
        assertTrue(e.getMessage().contains("columns 'a=x' and 'a' both give a feature named 'a=x'"), e.getMessage());
    }

    @Test
    void aColumnOfTheOtherTypeIsAnError() throws DataFileException {
        TabularEncoding encoding = TabularEncoding.fit(table(new NumericColumn("x", new double[] {1}), labels(0)),
                TabularOptions.of("y", NominalEncoding.ONE_HOT));
        Table other = new Table("other", HASH, List.of(new NominalColumn("x", List.of("1"), new int[] {0}),
                labels(0)), null);
        DataFileException e = assertThrows(DataFileException.class, () -> encoding.apply(other));
        assertEquals("other: column 'x' is nominal here but numeric in the training data (memory); a table must "
                + "have the types of the data its encoding was fitted on", e.getMessage());
    }

    @Test
    void targetMustBeNominalAndNeedsFeatureColumns() {
        Table numericTarget = table(new NumericColumn("x", new double[] {1}), new NumericColumn("y", new double[] {2}));
        assertThrows(DataFileException.class, () -> TabularEncoding.fit(numericTarget,
                TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT)));
        Table onlyTarget = table(labels(0));
        DataFileException e = assertThrows(DataFileException.class,
                () -> TabularEncoding.fit(onlyTarget, TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT)));
        assertTrue(e.getMessage().contains("at least one feature column"), e.getMessage());
    }

    @Test
    void encodingDescribesItself() throws DataFileException {
        TabularEncoding encoding = TabularEncoding.fit(table(new NumericColumn("x", new double[] {1}),
                new NominalColumn("c", List.of("u", "v"), new int[] {1}), labels(0)),
                TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT));
        assertEquals("y", encoding.target());
        assertEquals(List.of("x", "c"), encoding.inputColumns());
        assertEquals(List.of("x", "c=u", "c=v"), encoding.featureNames());
        assertEquals(List.of("u", "v"), encoding.categories("c"));
        assertEquals(List.of(), encoding.categories("x"));
        assertEquals(Map.of("x", ColumnType.NUMERIC, "c", ColumnType.NOMINAL, "y", ColumnType.NOMINAL),
                encoding.columnTypes());
        assertThrows(IllegalArgumentException.class, () -> encoding.categories("y"));
    }

    @Test
    void optionsAndTablesValidateTheirFields() {
        assertThrows(IllegalArgumentException.class, () -> new TabularOptions("y", NominalEncoding.ORDINAL,
                MissingValues.REJECT, UnknownCategories.ALL_ZEROS));
        assertThrows(IllegalArgumentException.class, () -> TabularOptions.of(" ", NominalEncoding.ONE_HOT));
        assertThrows(IllegalArgumentException.class, () -> TabularOptions.of(null, NominalEncoding.ONE_HOT));
        assertThrows(IllegalArgumentException.class, () -> new TabularOptions("y", null, MissingValues.REJECT,
                UnknownCategories.REJECT));
        assertThrows(IllegalArgumentException.class, () -> table(new NumericColumn("x", new double[] {1, 2}),
                labels(0)));
        assertThrows(IllegalArgumentException.class, () -> table(new NumericColumn("y", new double[] {1}),
                labels(0)));
        assertThrows(IllegalArgumentException.class,
                () -> new NumericColumn("x", new double[] {Double.NEGATIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> new NominalColumn("c", List.of("a"), new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new NominalColumn("c", List.of("a", "a"), new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new Table("t", "abc", List.of(labels(0)), null));
    }
}
