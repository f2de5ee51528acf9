package dev.copse.efficiency.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyTableFileTest {

    private static final String CUSTOM = """
            # measured on our accelerator
            label = 7 nm vendor sheet

            fp32_mult_pj = 1.31
            fp32_add_pj=0.38
              int32_mult_pj = 1.48
            int32_add_pj = 0.03
            int8_mult_pj = 0.07
            int8_add_pj = 7e-3
            sram_read_32bit_pj = 1.2
            dram_access_32bit_pj = 160
            """;

    @TempDir
    Path dir;

    @Test
    void defaultTableRoundTripsThroughItsText() throws Exception {
        String text = EnergyTableFile.format(EnergyTable.HOROWITZ_45NM);
        assertTrue(text.contains("\nlabel = 45 nm estimate\n"), text);
        assertTrue(text.contains("\nsram_read_32bit_pj = 5.0\n"), text);
        assertEquals(EnergyTable.HOROWITZ_45NM, EnergyTableFile.parse(text, "default"));
    }

    @Test
    void readsACustomFileWithCommentsBlankLinesAndCrLf() throws Exception {
        Path file = dir.resolve("vendor.energy");
        Files.writeString(file, CUSTOM.replace("\n", "\r\n"));
        EnergyTable table = EnergyTableFile.read(file);
        assertEquals(new EnergyTable("7 nm vendor sheet", 1.31, 0.38, 1.48, 0.03, 0.07, 0.007, 1.2, 160), table);
    }

    @Test
    void badLineNamesTheFileAndTheLine() throws Exception {
        Path file = dir.resolve("my-table.txt");
        Files.writeString(file, CUSTOM.replace("fp32_add_pj=0.38", "fp32_add_pj 0.38"));
        EnergyTableFormatException e = assertThrows(EnergyTableFormatException.class, () -> EnergyTableFile.read(file));
        assertEquals(file + ":5: expected 'key = value' but found \"fp32_add_pj 0.38\"", e.getMessage());
        assertEquals(OptionalInt.of(5), e.line());
        assertEquals(file.toString(), e.source());
    }

    private static EnergyTableFormatException fails(String text) {
        return assertThrows(EnergyTableFormatException.class, () -> EnergyTableFile.parse(text, "t.energy"));
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        assertEquals("t.energy:4: unknown key \"fp16_mult_pj\"; known keys: " + String.join(", ", EnergyTableFile.KEYS),
                fails(CUSTOM.replace("fp32_mult_pj", "fp16_mult_pj")).getMessage());
        assertEquals("t.energy:12: key \"int8_add_pj\" appears twice",
                fails(CUSTOM + "int8_add_pj = 1\n").getMessage());
        for (String bad : new String[] {"abc", "-1", "1e999", "NaN", "Infinity", "0x10", "1.0f", "", "1.", ".5"}) {
            EnergyTableFormatException e = fails(CUSTOM.replace("= 160", "= " + bad));
            assertEquals(OptionalInt.of(11), e.line(), bad);
            assertTrue(e.getMessage().contains("dram_access_32bit_pj must be a finite non-negative decimal"), e.getMessage());
        }
        EnergyTableFormatException label = fails(CUSTOM.replace("label = 7 nm vendor sheet", "label ="));
        assertEquals(OptionalInt.of(2), label.line());
        assertTrue(label.getMessage().startsWith("t.energy:2: energy table label must be"), label.getMessage());
    }

    @Test
    void missingKeysConcernTheWholeFile() {
        EnergyTableFormatException e = fails(CUSTOM.replace("int8_add_pj = 7e-3\n", "").replace("label = 7 nm vendor sheet\n", ""));
        assertEquals("t.energy: missing keys: label, int8_add_pj", e.getMessage());
        assertEquals(OptionalInt.empty(), e.line());
    }

    @Test
    void nonUtf8AndOversizedFilesAreRejected() throws Exception {
        Path latin1 = dir.resolve("latin1.energy");
        Files.write(latin1, CUSTOM.replace("vendor", "fourniss\u00e9ur").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ": is not valid UTF-8 text",
                assertThrows(EnergyTableFormatException.class, () -> EnergyTableFile.read(latin1)).getMessage());
        Path huge = dir.resolve("huge.energy");
        Files.writeString(huge, "#".repeat(70_000));
        assertTrue(assertThrows(EnergyTableFormatException.class, () -> EnergyTableFile.read(huge)).getMessage()
                .startsWith(huge + ": is larger than 65536 bytes"));
    }
}
