package dev.copse.efficiency.energy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and writes an {@link EnergyTable} as a small UTF-8 text file, so users can price costs with their
 * own figures. Example (the default table, as {@link #format} writes it):
 *
 * <pre>
 * # Copse energy table: picojoules per operation
 * label = 45 nm estimate
 * fp32_mult_pj = 3.7
 * fp32_add_pj = 0.9
 * int32_mult_pj = 3.1
 * int32_add_pj = 0.1
 * int8_mult_pj = 0.2
 * int8_add_pj = 0.03
 * sram_read_32bit_pj = 5.0
 * dram_access_32bit_pj = 640.0
 * </pre>
 *
 * <p>Rules: one {@code key = value} per line, spaces around either side ignored; blank lines and lines whose
 * first non-blank character is {@code #} are ignored; every key of {@link #KEYS} exactly once and no
 * other; {@code label} is the rest of the line (what {@link EnergyTable} accepts as a label); every other
 * value is a plain non-negative decimal number ({@code 640}, {@code 0.03}, {@code 3.1e-1}); files are at
 * most 64 KiB. Any violation throws {@link EnergyTableFormatException} naming the file and the line.
 *
 * <p>Stateless and thread-safe.
 */
public final class EnergyTableFile {

    /** The keys, in the order {@link #format} writes them. */
    public static final List<String> KEYS = List.of("label", "fp32_mult_pj", "fp32_add_pj", "int32_mult_pj",
            "int32_add_pj", "int8_mult_pj", "int8_add_pj", "sram_read_32bit_pj", "dram_access_32bit_pj");

    private static final long MAX_FILE_BYTES = 64 * 1024;
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private EnergyTableFile() {
    }

    /** Reads a table file; {@link EnergyTableFormatException} for bad content, {@link IOException} if unreadable. */
    public static EnergyTable read(Path file) throws IOException {
        String source = file.toString();
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new EnergyTableFormatException(source, "is larger than " + MAX_FILE_BYTES
                    + " bytes; an energy table has " + KEYS.size() + " short lines");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new EnergyTableFormatException(source, "is not valid UTF-8 text");
        }
        return parse(text, source);
    }

    /** Parses the text of a table file; {@code source} names it in errors. */
    public static EnergyTable parse(String text, String source) throws EnergyTableFormatException {
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new EnergyTableFormatException(source, i + 1, "expected 'key = value' but found \""
                        + abbreviate(line) + "\"");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (!KEYS.contains(key)) {
                throw new EnergyTableFormatException(source, i + 1, "unknown key \"" + abbreviate(key)
                        + "\"; known keys: " + String.join(", ", KEYS));
            }
            if (values.containsKey(key)) {
                throw new EnergyTableFormatException(source, i + 1, "key \"" + key + "\" appears twice");
            }
            checkValue(key, value, source, i + 1);
            values.put(key, value);
        }
        List<String> missing = KEYS.stream().filter(k -> !values.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new EnergyTableFormatException(source, "missing keys: " + String.join(", ", missing));
        }
        return new EnergyTable(values.get("label"), number(values, "fp32_mult_pj"), number(values, "fp32_add_pj"),
                number(values, "int32_mult_pj"), number(values, "int32_add_pj"), number(values, "int8_mult_pj"),
                number(values, "int8_add_pj"), number(values, "sram_read_32bit_pj"),
                number(values, "dram_access_32bit_pj"));
    }

    /** The text of {@code table} in this format; {@link #parse} reads it back to an equal table. */
    public static String format(EnergyTable table) {
        return String.join("\n",
                "# Copse energy table: picojoules per operation",
                "label = " + table.label(),
                "fp32_mult_pj = " + table.fp32MultPj(),
                "fp32_add_pj = " + table.fp32AddPj(),
                "int32_mult_pj = " + table.int32MultPj(),
                "int32_add_pj = " + table.int32AddPj(),
                "int8_mult_pj = " + table.int8MultPj(),
                "int8_add_pj = " + table.int8AddPj(),
                "sram_read_32bit_pj = " + table.sramRead32Pj(),
                "dram_access_32bit_pj = " + table.dramAccess32Pj()) + "\n";
    }

    private static void checkValue(String key, String value, String source, int line)
            throws EnergyTableFormatException {
        if (key.equals("label")) {
            try {
                EnergyTable.requireLabel(value);
            } catch (IllegalArgumentException e) {
                throw new EnergyTableFormatException(source, line, e.getMessage());
            }
            return;
        }
        if (!DECIMAL.matcher(value).matches() || !Double.isFinite(Double.parseDouble(value))) {
            throw new EnergyTableFormatException(source, line, "value of " + key
                    + " must be a finite non-negative decimal number of picojoules, got \"" + abbreviate(value) + "\"");
        }
    }

    private static double number(Map<String, String> values, String key) {
        return Double.parseDouble(values.get(key));
    }

    private static String abbreviate(String s) {
        String shown = s.length() <= 60 ? s : s.substring(0, 57) + "...";
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
