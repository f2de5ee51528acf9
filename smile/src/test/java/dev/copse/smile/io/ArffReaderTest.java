package dev.copse.smile.io;

import static dev.copse.smile.io.CsvReaderTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Sha256;
import dev.copse.smile.tabular.MissingValues;
import dev.copse.smile.tabular.NominalEncoding;
import dev.copse.smile.tabular.TabularData;
import dev.copse.smile.tabular.TabularOptions;
import dev.copse.smile.tabular.UnknownCategories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArffReaderTest {

    private static final String WEATHER = """
            % A hand-made file in the style of Weka's examples.
            @RELATION 'weather'

            @attribute outlook {sunny, overcast, 'light rain'}
            @ATTRIBUTE temperature real
            @attribute 'wind speed' integer % km/h
            @attribute play { 'no', yes}
            @data
            sunny,30,10,no
            % a comment between rows
            'light rain',?,20,yes
            ?, 20.5 , 30 ,yes
            overcast,25,?,'no'
            """;

    @TempDir
    Path dir;

    @Test
    void oneHotRoundTripKeepsDeclaredOrderAndImputesMeans() throws IOException {
        Path file = write("weather.arff", WEATHER);
        TabularData data = ArffReader.read(file,
                TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT).withMissingValues(MissingValues.IMPUTE_MEAN));
        Dataset d = data.dataset();
        assertEquals(List.of("outlook=sunny", "outlook=overcast", "outlook=light rain", "temperature", "wind speed"),
                d.featureNames());
        assertEquals(List.of("no", "yes"), d.classNames());
        float temperatureMean = (float) (75.5 / 3);
        // outlook: sunny, light rain, overcast once each -> mode is sunny, the first declared
        assertArrayEquals(new float[] {
            1, 0, 0, 30, 10,
            0, 0, 1, temperatureMean, 20,
            1, 0, 0, 20.5f, 30,
            0, 1, 0, 25, 20}, d.features());
        assertArrayEquals(new int[] {0, 1, 1, 0}, d.labels());
        assertEquals(file.toString(), d.provenance().source());
        assertEquals(Sha256.hex(file), d.provenance().sha256());
    }

    @Test
    void ordinalUsesDeclaredCodesAndTargetCanBeAnyNominalAttribute() throws IOException {
        TabularOptions options = new TabularOptions("outlook", NominalEncoding.ORDINAL, MissingValues.IMPUTE_MODE,
                UnknownCategories.REJECT);
        TabularData data = ArffReader.read(write("weather.arff", WEATHER.replace("?, 20.5", "sunny, 20.5")), options);
        assertEquals(List.of("sunny", "overcast", "light rain"), data.dataset().classNames());
        assertEquals(List.of("temperature", "wind speed", "play"), data.dataset().featureNames());
        // temperature 30, ?, 20.5, 25: mode 20.5 (ties to the smallest); wind 10, 20, 30, ?: mode 10
        assertArrayEquals(new float[] {30, 10, 0, 20.5f, 20, 1, 20.5f, 30, 1, 25, 10, 0}, data.dataset().features());
        assertArrayEquals(new int[] {0, 2, 0, 1}, data.dataset().labels());
        Path withMissingClass = write("missing-class.arff", WEATHER);
        assertMessage(assertThrows(DataFileException.class, () -> ArffReader.read(withMissingClass, options)),
                withMissingClass, "row 3 (line 12), column 'outlook': the class label is missing");
    }

    @Test
    void testFileDeclaringCategoriesInAnotherOrderIsEncodedByName() throws IOException {
        TabularData train = ArffReader.read(write("train.arff", WEATHER),
                TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT).withMissingValues(MissingValues.IMPUTE_MEAN));
        Path testFile = write("test.arff", """
                @relation weather-test
                @attribute outlook {overcast, sunny}
                @attribute temperature numeric
                @attribute 'wind speed' numeric
                @attribute play {yes, no}
                @data
                overcast,?,5,yes
                sunny,10,?,no
                """);
        Dataset test = ArffReader.read(testFile, train.encoding());
        float temperatureMean = (float) (75.5 / 3);
        assertArrayEquals(new float[] {0, 1, 0, temperatureMean, 5, 1, 0, 0, 10, 20}, test.features());
        assertArrayEquals(new int[] {1, 0}, test.labels());
    }

    @Test
    void smileDataFrameOfTheSameFileGivesTheSameDataset() throws Exception {
        Path file = write("weather.arff", WEATHER);
        TabularOptions options = TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT)
                .withMissingValues(MissingValues.IMPUTE_MEAN);
        Dataset ours = ArffReader.read(file, options).dataset();
        Dataset viaSmile = DataFrames.read(smile.io.Read.arff(file), "weather frame", options).dataset();
        assertArrayEquals(ours.features(), viaSmile.features());
        assertArrayEquals(ours.labels(), viaSmile.labels());
        assertEquals(ours.featureNames(), viaSmile.featureNames());
        assertEquals(ours.classNames(), viaSmile.classNames());
    }

    @Test
    void unsupportedAttributeTypesAreErrorsNamingFileLineAndAttribute() throws IOException {
        for (String type : List.of("string", "date \"yyyy-MM-dd\"", "relational")) {
            Path file = write("unsupported.arff", "@relation r\n@attribute a numeric\n@attribute note " + type
                    + "\n@attribute y {p, q}\n@data\n");
            DataFileException e = assertThrows(DataFileException.class,
                    () -> ArffReader.read(file, TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT)));
            assertMessage(e, file, "line 3", "attribute 'note'", type.split(" ")[0], "numeric", "nominal");
        }
        Path unknown = write("unknown.arff", "@relation r\n@attribute a complex\n@data\n");
        assertMessage(assertThrows(DataFileException.class, () -> ArffReader.readTable(unknown)), unknown,
                "line 2", "attribute 'a'", "unknown type 'complex'");
    }

    @Test
    void numericTargetIsRejected() throws IOException {
        Path file = write("cpu.arff", "@relation cpu\n@attribute a numeric\n@attribute perf numeric\n@data\n1,2\n");
        assertMessage(assertThrows(DataFileException.class,
                () -> ArffReader.read(file, TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT))), file,
                "target column 'perf' is numeric", "classification");
    }

    @Test
    void badValuesNameFileRowLineAndColumn() throws IOException {
        Path undeclared = write("undeclared.arff", "@relation r\n@attribute color {red, green}\n@attribute y {p, q}\n"
                + "@data\nred,p\n\nblue,q\n");
        assertMessage(assertThrows(DataFileException.class, () -> ArffReader.readTable(undeclared)), undeclared,
                "row 2 (line 7), column 'color'", "'blue' is not among the declared categories {red, green}");
        Path word = write("word.arff", "@relation r\n@attribute a numeric\n@attribute y {p, q}\n@data\n1,p\nNaN,q\n");
        assertMessage(assertThrows(DataFileException.class, () -> ArffReader.readTable(word)), word,
                "row 2 (line 6), column 'a'", "'NaN' is not a number");
        Path missing = write("missing.arff", "@relation r\n@attribute a numeric\n@attribute y {p, q}\n@data\n?,p\n");
        assertMessage(assertThrows(DataFileException.class, () -> ArffReader.read(missing,
                TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT))), missing, "row 1 (line 5), column 'a'",
                "missing");
    }

    @Test
    void malformedRowsAndHeadersNameFileAndLine() throws IOException {
        String header = "@relation r\n@attribute a numeric\n@attribute y {p, q}\n@data\n";
        assertLineError("count.arff", header + "1,p\n1,2,p\n", "line 6", "3 values", "declares 2 attributes");
        assertLineError("sparse.arff", header + "{0 1, 1 p}\n", "line 5", "sparse");
        assertLineError("weight.arff", header + "1,p,{2}\n", "line 5", "instance weight");
        assertLineError("quote.arff", header + "1,'p\n", "line 5", "not closed");
        assertLineError("twice.arff", "@relation r\n@attribute a numeric\n@attribute a {x}\n@data\n", "line 3",
                "'a' is declared twice");
        assertLineError("early.arff", "@attribute a numeric\n", "line 1", "before @relation");
        assertLineError("keyword.arff", "@relation r\n@atribute a numeric\n", "line 2", "'@atribute'");
        assertLineError("empty-list.arff", "@relation r\n@attribute a { }\n", "line 2", "declares no categories");
        assertLineError("same-category.arff", "@relation r\n@attribute a {x, 'x'}\n", "line 2", "declared twice");
        Path noData = write("nodata.arff", "@relation r\n@attribute a numeric\n");
        assertMessage(assertThrows(DataFileException.class, () -> ArffReader.readTable(noData)), noData,
                "no @data section");
    }

    private void assertLineError(String name, String text, String... parts) throws IOException {
        Path file = write(name, text);
        assertMessage(assertThrows(DataFileException.class, () -> ArffReader.readTable(file)), file, parts);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
