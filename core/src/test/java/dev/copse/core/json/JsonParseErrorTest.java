package dev.copse.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.json.JsonParseException.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@link Kind} with the exact position it reports. */
class JsonParseErrorTest {

    private static final Set<Kind> SEEN = EnumSet.noneOf(Kind.class);

    @TempDir
    Path dir;

    private static JsonParseException fails(JsonParser parser, String text, Kind kind, int line, int column) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> parser.parse(text), text);
        assertEquals(kind, e.kind(), () -> text + " -> " + e.getMessage());
        assertEquals(line, e.line(), () -> "line of " + text + " -> " + e.getMessage());
        assertEquals(column, e.column(), () -> "column of " + text + " -> " + e.getMessage());
        assertEquals("<input>:" + line + ":" + column + ": " + e.problem(), e.getMessage());
        SEEN.add(kind);
        return e;
    }

    private static JsonParseException fails(String text, Kind kind, int line, int column) {
        return fails(JsonParser.withDefaults(), text, kind, line, column);
    }

    @Test
    void unexpectedCharacterSaysWhatWasExpected() {
        assertEquals("expected ',' or ']' but found '2'", fails("[1 2]", Kind.UNEXPECTED_CHARACTER, 1, 4).problem());
        assertEquals("expected ':' after the member name but found '1'",
                fails("{\n  \"a\" 1}", Kind.UNEXPECTED_CHARACTER, 2, 7).problem());
        fails("{'a': 1}", Kind.UNEXPECTED_CHARACTER, 1, 2);
        fails("[1,]", Kind.UNEXPECTED_CHARACTER, 1, 4);
        fails("{\"a\":1,}", Kind.UNEXPECTED_CHARACTER, 1, 8);
        fails("// comment\n1", Kind.UNEXPECTED_CHARACTER, 1, 1);
        fails("nul1", Kind.UNEXPECTED_CHARACTER, 1, 4);
        fails("NaN", Kind.UNEXPECTED_CHARACTER, 1, 1);
        fails("+1", Kind.UNEXPECTED_CHARACTER, 1, 1);
        fails("\uFEFF{}", Kind.UNEXPECTED_CHARACTER, 1, 1);
        assertTrue(fails("[\u0007]", Kind.UNEXPECTED_CHARACTER, 1, 2).problem().endsWith("found U+0007"));
    }

    @Test
    void linesCountLfCrLfAndLoneCr() {
        fails("[\r\n1,\r\nx]", Kind.UNEXPECTED_CHARACTER, 3, 1);
        fails("[\r1,\rx]", Kind.UNEXPECTED_CHARACTER, 3, 1);
        fails("[\n\n  1,\n    x]", Kind.UNEXPECTED_CHARACTER, 4, 5);
    }

    @Test
    void unexpectedEnd() {
        assertEquals("expected a value (object, array, string, number, true, false or null) but reached the end of input",
                fails("", Kind.UNEXPECTED_END, 1, 1).problem());
        fails("  \n ", Kind.UNEXPECTED_END, 2, 2);
        fails("[1,", Kind.UNEXPECTED_END, 1, 4);
        fails("{\"a\"", Kind.UNEXPECTED_END, 1, 5);
        fails("\"abc", Kind.UNEXPECTED_END, 1, 5);
        fails("\"\\", Kind.UNEXPECTED_END, 1, 3);
        fails("\"\\u12", Kind.UNEXPECTED_END, 1, 6);
        fails("tru", Kind.UNEXPECTED_END, 1, 4);
        fails("-", Kind.UNEXPECTED_END, 1, 2);
        fails("1.", Kind.UNEXPECTED_END, 1, 3);
        fails("1e+", Kind.UNEXPECTED_END, 1, 4);
    }

    @Test
    void trailingContent() {
        fails("{} x", Kind.TRAILING_CONTENT, 1, 4);
        fails("1 2", Kind.TRAILING_CONTENT, 1, 3);
        fails("[]]", Kind.TRAILING_CONTENT, 1, 3);
    }

    @Test
    void invalidAndOutOfRangeNumbers() {
        assertEquals("number with a leading zero", fails("01", Kind.INVALID_NUMBER, 1, 1).problem());
        fails("[-00]", Kind.INVALID_NUMBER, 1, 2);
        fails("-x", Kind.INVALID_NUMBER, 1, 1);
        fails("[1.e5]", Kind.INVALID_NUMBER, 1, 2);
        fails("[1.5e]", Kind.INVALID_NUMBER, 1, 2);
        fails("[.5]", Kind.UNEXPECTED_CHARACTER, 1, 2);
        fails("1e400", Kind.NUMBER_OUT_OF_RANGE, 1, 1);
        fails("[0, -1.5e309]", Kind.NUMBER_OUT_OF_RANGE, 1, 5);
    }

    @Test
    void badStrings() {
        assertTrue(fails("\"a\\xb\"", Kind.INVALID_ESCAPE, 1, 3).problem().startsWith("invalid escape '\\x'"));
        fails("\"\\u12G4\"", Kind.INVALID_ESCAPE, 1, 2);
        fails("\"\\U0041\"", Kind.INVALID_ESCAPE, 1, 2);
        fails("\"a\tb\"", Kind.CONTROL_CHARACTER_IN_STRING, 1, 3);
        fails("[\"ok\",\n\"line\nbreak\"]", Kind.CONTROL_CHARACTER_IN_STRING, 2, 6);
        fails("\"\\uDE00\"", Kind.UNPAIRED_SURROGATE, 1, 2);
    }

    @Test
    void duplicateNames() {
        assertEquals("duplicate member name \"a\" in one object",
                fails("{\"a\":1,\"a\":2}", Kind.DUPLICATE_NAME, 1, 8).problem());
        // The same name in different objects is fine.
        assertEquals(2, JsonParser.withDefaults().parse("[{\"a\":1},{\"a\":2}]").asArray().size());
    }

    @Test
    void depthAndLengthLimits() {
        JsonParser shallow = new JsonParser(3, 100);
        assertEquals(1, shallow.parse("[[[]]]").asArray().size());
        assertEquals(1, shallow.parse("[{\"a\":[1]}]").asArray().size());
        fails(shallow, "[[[[]]]]", Kind.TOO_DEEP, 1, 4);
        fails(shallow, "{\"a\":{\"b\":[{}]}}", Kind.TOO_DEEP, 1, 12);
        JsonParser tiny = new JsonParser(10, 5);
        assertEquals(JsonArray.of(JsonNumber.of(1), JsonNumber.of(2)), tiny.parse("[1,2]"));
        fails(tiny, "[1, 2]", Kind.TOO_LONG, 1, 6);
        assertThrows(IllegalArgumentException.class, () -> new JsonParser(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new JsonParser(10, 0));
    }

    @Test
    void filesAreStrictUtf8AndErrorsNameTheFile() throws Exception {
        Path good = dir.resolve("good.json");
        Files.write(good, "\uFEFF{\"caf\u00e9\": [1, 2.5]}".getBytes(StandardCharsets.UTF_8));
        assertEquals(2.5, JsonParser.withDefaults().parse(good).asObject().get("caf\u00e9").asArray().get(1)
                .asNumber().doubleValue());

        Path malformed = dir.resolve("malformed.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\n\"a\": \"".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xFF);
        bytes.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        Files.write(malformed, bytes.toByteArray());
        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.withDefaults().parse(malformed));
        assertEquals(Kind.MALFORMED_ENCODING, e.kind());
        assertEquals(malformed + ":2:7: bytes at offset 8 are not valid UTF-8", e.getMessage());
        SEEN.add(e.kind());

        Path syntax = dir.resolve("syntax.json");
        Files.writeString(syntax, "{\"a\": tru}");
        JsonParseException s = assertThrows(JsonParseException.class, () -> JsonParser.withDefaults().parse(syntax));
        assertEquals(syntax + ":1:10: expected 'true' but found '}'", s.getMessage());

        Path big = dir.resolve("big.json");
        Files.writeString(big, "[" + "1,".repeat(20_000) + "1]");
        JsonParseException tooLong = assertThrows(JsonParseException.class, () -> new JsonParser(4, 1000).parse(big));
        assertEquals(Kind.TOO_LONG, tooLong.kind());
        assertEquals(1001, tooLong.column());
    }

    @AfterAll
    static void everyKindWasExercised() {
        assertEquals(EnumSet.allOf(Kind.class), SEEN, "error kinds without a test");
    }
}
