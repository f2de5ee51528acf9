package dev.copse.smile.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Sha256;
import dev.copse.smile.tabular.ColumnType;
import dev.copse.smile.tabular.MissingValues;
import dev.copse.smile.tabular.NominalEncoding;
import dev.copse.smile.tabular.TabularData;
import dev.copse.smile.tabular.TabularEncoding;
import dev.copse.smile.tabular.TabularOptions;
import dev.copse.smile.tabular.UnknownCategories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private static final String TRAIN = """
            size,color,weight,label
            1.5,red,10,yes
            2.5,green,,no
            ,blue,30,yes
            4,red,40,no
            """;

    /** Class in "label", one-hot, means imputed. */
    private static final TabularOptions LABEL_MEAN = TabularOptions.of("label", NominalEncoding.ONE_HOT)
            .withMissingValues(MissingValues.IMPUTE_MEAN);
    private static final TabularOptions Y_ONE_HOT = TabularOptions.of("y", NominalEncoding.ONE_HOT);

    @TempDir
    Path dir;

    @Test
    void oneHotWithMeanImputationEncodesEveryCellExactly() throws IOException {
        Path file = write("train.csv", TRAIN);
        TabularData data = read(file, LABEL_MEAN);
        Dataset d = data.dataset();
        assertEquals(List.of("size", "color=blue", "color=green", "color=red", "weight"), d.featureNames());
        assertEquals(List.of("no", "yes"), d.classNames());
        float sizeMean = (float) (8.0 / 3);
        float weightMean = (float) (80.0 / 3);
        assertArrayEquals(new float[] {
            1.5f, 0, 0, 1, 10,
            2.5f, 0, 1, 0, weightMean,
            sizeMean, 1, 0, 0, 30,
            4, 0, 0, 1, 40}, d.features());
        assertArrayEquals(new int[] {1, 0, 1, 0}, d.labels());
        assertEquals(file.toString(), d.provenance().source());
        assertEquals(Sha256.hex(file), d.provenance().sha256());
    }

    @Test
    void ordinalWithModeImputationUsesSortedCategoryCodesAndSmallestModeOnTies() throws IOException {
        TabularData data = read(write("train.csv", TRAIN),
                TabularOptions.of("label", NominalEncoding.ORDINAL).withMissingValues(MissingValues.IMPUTE_MODE));
        assertEquals(List.of("size", "color", "weight"), data.dataset().featureNames());
        assertEquals(List.of("blue", "green", "red"), data.encoding().categories("color"));
        // size: 1.5, 2.5, 4 each once -> mode 1.5 (smallest); weight: 10, 30, 40 each once -> 10
        assertArrayEquals(new float[] {
            1.5f, 2, 10,
            2.5f, 1, 10,
            1.5f, 0, 30,
            4, 2, 40}, data.dataset().features());
    }

    @Test
    void testFileIsImputedWithTrainingStatisticsAndMatchedByCategoryName() throws IOException {
        TabularData train = read(write("train.csv", TRAIN), LABEL_MEAN);
        // The test file's own weight mean would be 6 and its colours are only green and red.
        Path testFile = write("test.csv", """
                label,weight,color,size
                yes,,green,
                no,5,red,3
                yes,7,,5
                """);
        Dataset test = read(testFile, train.encoding());
        float sizeMean = (float) (8.0 / 3);
        float weightMean = (float) (80.0 / 3);
        assertEquals(train.dataset().featureNames(), test.featureNames());
        assertArrayEquals(new float[] {
            sizeMean, 0, 1, 0, weightMean,
            3, 0, 0, 1, 5,
            5, 0, 0, 1, 7}, test.features()); // missing colour -> red, the training mode
        assertArrayEquals(new int[] {1, 0, 1}, test.labels());
        assertEquals(testFile.toString(), test.provenance().source());
    }

    @Test
    void testColumnIsTypedAsInTrainingEvenWhenItsValuesLookNumeric() throws IOException {
        TabularData train = read(write("train.csv", "code,y\n1,a\n2,b\nx,a\n"), Y_ONE_HOT);
        assertEquals(List.of("code=1", "code=2", "code=x"), train.dataset().featureNames());
        Dataset test = read(write("test.csv", "code,y\n2,b\n1,a\n"), train.encoding());
        assertArrayEquals(new float[] {0, 1, 0, 1, 0, 0}, test.features());
    }

    @Test
    void unknownCategoryInTestFileIsAnErrorNamingFileRowAndColumn() throws IOException {
        TabularData train = read(write("train.csv", TRAIN), LABEL_MEAN);
        Path testFile = write("test.csv", "size,color,weight,label\n1,red,2,no\n1,purple,2,no\n");
        DataFileException e = assertThrows(DataFileException.class, () -> read(testFile, train.encoding()));
        assertMessage(e, testFile, "row 2 (line 3), column 'color'", "'purple'", "blue, green, red");
    }

    @Test
    void unknownCategoryCanMapToAllZerosWhenAskedFor() throws IOException {
        TabularData train = read(write("train.csv", TRAIN),
                LABEL_MEAN.withUnknownCategories(UnknownCategories.ALL_ZEROS));
        Dataset test = read(write("test.csv", "size,color,weight,label\n1,purple,2,no\n"), train.encoding());
        assertArrayEquals(new float[] {1, 0, 0, 0, 2}, test.features());
    }

    @Test
    void unknownClassInTestFileIsAlwaysAnError() throws IOException {
        TabularData train = read(write("train.csv", TRAIN),
                LABEL_MEAN.withUnknownCategories(UnknownCategories.ALL_ZEROS));
        Path testFile = write("test.csv", "size,color,weight,label\n1,red,2,maybe\n");
        DataFileException e = assertThrows(DataFileException.class, () -> read(testFile, train.encoding()));
        assertMessage(e, testFile, "row 1 (line 2), column 'label'", "class 'maybe'");
    }

    @Test
    void missingValueIsRejectedByDefaultNamingFileRowLineAndColumn() throws IOException {
        Path file = write("train.csv", TRAIN);
        DataFileException e = assertThrows(DataFileException.class,
                () -> read(file, TabularOptions.of("label", NominalEncoding.ONE_HOT)));
        assertMessage(e, file, "row 3 (line 4), column 'size'", "missing", "IMPUTE_MEAN");
    }

    @Test
    void missingClassLabelIsAnErrorEvenWhenImputing() throws IOException {
        Path file = write("train.csv", "a,y\n1,p\n2,?\n");
        DataFileException e = assertThrows(DataFileException.class,
                () -> read(file, Y_ONE_HOT.withMissingValues(MissingValues.IMPUTE_MODE)));
        assertMessage(e, file, "row 2 (line 3), column 'y'", "class label is missing");
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws IOException {
        Path file = write("quoted.csv", "name,\"x, y\",class\n\"red, dark\",1,\"a \"\"b\"\"\"\n"
                + "\"two\nlines\", 2 ,c\n  plain  ,3,\"a \"\"b\"\"\"\n");
        TabularData data = read(file, TabularOptions.of("class", NominalEncoding.ORDINAL));
        assertEquals(List.of("name", "x, y"), data.dataset().featureNames());
        assertEquals(List.of("a \"b\"", "c"), data.dataset().classNames());
        assertEquals(List.of("plain", "red, dark", "two\nlines"), data.encoding().categories("name"));
        assertArrayEquals(new float[] {1, 1, 2, 2, 0, 3}, data.dataset().features());
        assertArrayEquals(new int[] {0, 1, 0}, data.dataset().labels());
    }

    @Test
    void rowNumbersAndLinesStayRightAfterQuotedLineBreaksAndBlankLines() throws IOException {
        Path file = write("lines.csv", "a,b,y\n\"x\ny\",1,p\n\n\"z\",,q\n");
        DataFileException e = assertThrows(DataFileException.class, () -> read(file, Y_ONE_HOT));
        assertMessage(e, file, "row 2 (line 5), column 'b'");
    }

    @Test
    void otherDelimitersNoHeaderAndCustomMissingTokens() throws IOException {
        Path file = write("semi.csv", "1;NA;p\r\n2;3;q\r\n");
        CsvFormat format = CsvFormat.standard().withDelimiter(';').withHeader(false).withMissingTokens(Set.of("NA"));
        TabularData data = CsvReader.read(file, format,
                TabularOptions.of("col3", NominalEncoding.ONE_HOT).withMissingValues(MissingValues.IMPUTE_MEAN));
        assertEquals(List.of("col1", "col2"), data.dataset().featureNames());
        assertArrayEquals(new float[] {1, 3, 2, 3}, data.dataset().features());
        Path tabs = write("tabs.tsv", "a\tb\ty\n1\tx y\tp\n");
        TabularData tabbed = CsvReader.read(tabs, CsvFormat.standard().withDelimiter('\t'), Y_ONE_HOT);
        assertEquals(List.of("a", "b=x y"), tabbed.dataset().featureNames());
    }

    @Test
    void integerClassLabelsAreOrderedNumerically() throws IOException {
        Path file = write("digits.csv", "a,digit\n1,10\n2,2\n3,1\n");
        TabularData data = read(file, TabularOptions.of("digit", NominalEncoding.ONE_HOT));
        assertEquals(List.of("1", "2", "10"), data.dataset().classNames());
        assertArrayEquals(new int[] {2, 1, 0}, data.dataset().labels());
    }

    @Test
    void nonIntegerNumericTargetIsRejectedAsRegressionData() throws IOException {
        Path file = write("price.csv", "a,price\n1,3\n2,3.5\n");
        DataFileException e = assertThrows(DataFileException.class,
                () -> read(file, TabularOptions.of("price", NominalEncoding.ONE_HOT)));
        assertMessage(e, file, "row 2 (line 3), column 'price'", "'3.5'", "classification");
    }

    @Test
    void pinnedNumericColumnRejectsATypoThatInferenceWouldMakeNominal() throws IOException {
        Path file = write("typo.csv", "a,y\n1,p\n2O,q\n");
        TabularData inferred = read(file, Y_ONE_HOT);
        assertEquals(List.of("a=1", "a=2O"), inferred.dataset().featureNames());
        DataFileException e = assertThrows(DataFileException.class, () -> CsvReader.read(file,
                CsvFormat.standard().withColumnType("a", ColumnType.NUMERIC), Y_ONE_HOT));
        assertMessage(e, file, "row 2 (line 3), column 'a'", "'2O' is not a number");
    }

    @Test
    void pinningAColumnThatDoesNotExistIsAnError() throws IOException {
        Path file = write("t.csv", "a,y\n1,p\n");
        DataFileException e = assertThrows(DataFileException.class, () -> CsvReader.read(file,
                CsvFormat.standard().withColumnType("b", ColumnType.NOMINAL), Y_ONE_HOT));
        assertMessage(e, file, "no column 'b', named by the format's column types");
    }

    @Test
    void syntaxErrorsNameFileAndLine() throws IOException {
        Path ragged = write("ragged.csv", "a,b,y\n1,2,p\n1,2,3,q\n");
        assertMessage(assertThrows(DataFileException.class, () -> read(ragged, Y_ONE_HOT)),
                ragged, "line 3", "4 fields", "header has 3");
        Path open = write("open.csv", "a,y\n1,p\n\"2,q\n3,r\n");
        assertMessage(assertThrows(DataFileException.class, () -> read(open, Y_ONE_HOT)),
                open, "line 3, field 1", "never closed");
        Path after = write("after.csv", "a,y\n\"1\"x,p\n");
        assertMessage(assertThrows(DataFileException.class, () -> read(after, Y_ONE_HOT)),
                after, "line 2, field 1", "after the closing quote");
        Path inner = write("inner.csv", "a,y\n1\"2,p\n");
        assertMessage(assertThrows(DataFileException.class, () -> read(inner, Y_ONE_HOT)),
                inner, "line 2, field 1", "double quote inside an unquoted field");
    }

    @Test
    void headerProblemsAndAMissingTargetAreErrors() throws IOException {
        Path blank = write("blank.csv", "a,,y\n1,2,p\n");
        assertMessage(assertThrows(DataFileException.class, () -> read(blank, Y_ONE_HOT)),
                blank, "line 1", "column 2 is empty");
        Path twice = write("twice.csv", "a,a,y\n1,2,p\n");
        assertMessage(assertThrows(DataFileException.class, () -> read(twice, Y_ONE_HOT)),
                twice, "line 1", "'a' appears twice");
        Path noTarget = write("notarget.csv", "a,b\n1,2\n");
        assertMessage(assertThrows(DataFileException.class,
                () -> read(noTarget, Y_ONE_HOT)), noTarget, "no target column 'y'", "a, b");
        Path empty = write("empty.csv", "\n\n");
        assertMessage(assertThrows(DataFileException.class, () -> read(empty, Y_ONE_HOT)),
                empty, "is empty");
        Path headerOnly = write("header.csv", "a,y\n");
        assertMessage(assertThrows(DataFileException.class,
                () -> read(headerOnly, Y_ONE_HOT)), headerOnly, "no data rows");
        assertThrows(IllegalArgumentException.class,
                () -> read(headerOnly, TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT)));
    }

    @Test
    void testFileWithOtherColumnsIsAnError() throws IOException {
        TabularData train = read(write("train.csv", "a,b,y\n1,2,p\n"), Y_ONE_HOT);
        Path lacking = write("lacking.csv", "a,y\n1,p\n");
        assertMessage(assertThrows(DataFileException.class,
                () -> read(lacking, train.encoding())), lacking, "no column 'b', named by the encoding fitted on");
        Path extra = write("extra.csv", "a,b,c,y\n1,2,3,p\n");
        assertMessage(assertThrows(DataFileException.class,
                () -> read(extra, train.encoding())), extra, "column 'c'");
        assertThrows(IllegalArgumentException.class, () -> CsvReader.read(extra,
                CsvFormat.standard().withColumnType("a", ColumnType.NOMINAL), train.encoding()));
    }

    @Test
    void byteOrderMarkIsSkippedAndNonUtf8IsRejected() throws IOException {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFFa,y\n1,p\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a"), read(bom, Y_ONE_HOT).dataset().featureNames());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "a,y\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertMessage(assertThrows(DataFileException.class, () -> read(latin1, Y_ONE_HOT)), latin1,
                "not valid UTF-8");
    }

    @Test
    void valueBeyondTheFloatRangeIsAnErrorNamingRowAndColumn() throws IOException {
        Path file = write("big.csv", "a,y\n1e39,p\n");
        assertMessage(assertThrows(DataFileException.class, () -> read(file, Y_ONE_HOT)), file,
                "row 1 (line 2), column 'a'", "float range");
        Path huge = write("huge.csv", "a,y\n1e999,p\n");
        assertMessage(assertThrows(DataFileException.class, () -> read(huge, Y_ONE_HOT)), huge,
                "row 1 (line 2), column 'a'", "too large");
    }

    /** Reads a training file in the standard format, or a test file with a fitted encoding. */
    private static TabularData read(Path file, TabularOptions options) throws IOException {
        return CsvReader.read(file, CsvFormat.standard(), options);
    }

    private static Dataset read(Path file, TabularEncoding encoding) throws IOException {
        return CsvReader.read(file, CsvFormat.standard(), encoding);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static void assertMessage(Exception e, Path file, String... parts) {
        String message = e.getMessage();
        assertTrue(message.startsWith(file + ": "), () -> "message should start with the file: " + message);
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "message should contain '" + part + "': " + message);
        }
    }
}
