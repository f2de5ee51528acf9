package dev.copse.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JsonStringEscapeTest {

    private static final JsonParser PARSER = JsonParser.withDefaults();

    @Test
    void writerEscapesQuotesBackslashesAndControlCharactersOnly() {
        // DEL (U+007F), slash, e-acute and an emoji (a surrogate pair) are written as they are.
        String value = "q\"b\\s/\b\f\n\r\t\u0001\u001f\u007f\u00e9\uD83D\uDE00";
        String expected = "\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\u007f\u00e9\uD83D\uDE00\"";
        assertEquals(expected, JsonWriter.compact(JsonString.of(value)));
        assertEquals(value, PARSER.parse(expected).asString());
    }

    @Test
    void parserDecodesEveryEscape() {
        assertEquals("\"\\/\b\f\n\r\t", PARSER.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"").asString());
        assertEquals("\u00e9\u00e9A", PARSER.parse("\"\\u00e9\\u00E9\\u0041\"").asString());
        assertEquals("x\uD83D\uDE00y", PARSER.parse("\"x\\uD83D\\uDE00y\"").asString());
        assertEquals("\uD83D\uDE00", PARSER.parse("\"\\ud83d\\ude00\"").asString());
        assertEquals("\u0000", PARSER.parse("\"\\u0000\"").asString());
        assertEquals("plain", PARSER.parse("\"plain\"").asString());
    }

    @Test
    void everyCharRoundTripsThroughWriterAndParser() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            all.append(c);
        }
        for (char c = (char) (Character.MAX_SURROGATE + 1); c != 0; c++) {
            all.append(c);
        }
        all.appendCodePoint(0x1F333).appendCodePoint(0x10FFFF);
        String text = all.toString();
        assertEquals(text, PARSER.parse(JsonWriter.compact(JsonString.of(text))).asString());
    }

    @Test
    void unpairedSurrogatesAreRejectedEverywhere() {
        for (String bad : new String[] {"\"\\uD83D\"", "\"\\uDE00\"", "\"\\uD83Dx\"", "\"\\uD83D\\u0041\"",
                "\"\\uD83D\\n\"", "\"\uD83D\"", "\"\uDE00\uD83D\"", "\"\\uD83D\uDE00\""}) {
            JsonParseException e = assertThrows(JsonParseException.class, () -> PARSER.parse(bad), bad);
            assertEquals(JsonParseException.Kind.UNPAIRED_SURROGATE, e.kind(), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> JsonString.of("a\uD800"));
        assertThrows(IllegalArgumentException.class, () -> JsonObject.builder().put("\uDC00", 1));
    }
}
