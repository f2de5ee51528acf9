package dev.copse.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonHostileInputTest {

    private static final String DOCUMENT = """
            {
              "format": "copse-model",
              "version": 1,
              "shape": [784, 10],
              "scale": -1.25e-3,
              "flags": {"soft": true, "hard": false, "note": null},
              "text": "tab\\t quote\\" \\u00e9 \\uD83C\\uDF33 /",
              "nested": [[1, [2, [3, {"x": 0.5}]]], {}, []]
            }""";

    @Test
    void deepNestingIsRejectedWithoutStackOverflow() {
        String attack = "[".repeat(1_000_000);
        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.withDefaults().parse(attack));
        assertEquals(JsonParseException.Kind.TOO_DEEP, e.kind());
        assertEquals(JsonParser.DEFAULT_MAX_DEPTH + 1, e.column());
        String objects = "{\"a\":".repeat(100_000);
        assertEquals(JsonParseException.Kind.TOO_DEEP,
                assertThrows(JsonParseException.class, () -> JsonParser.withDefaults().parse(objects)).kind());
    }

    @Test
    void parserDoesNotRecurseEvenWhenTheDepthLimitIsLifted() {
        int depth = 200_000;
        JsonParser unlimited = new JsonParser(Integer.MAX_VALUE, Integer.MAX_VALUE);
        JsonValue value = unlimited.parse("[".repeat(depth) + "]".repeat(depth));
        int levels = 1;
        while (value.asArray().size() == 1) {
            value = value.asArray().get(0);
            levels++;
        }
        assertEquals(depth, levels);
    }

    @Test
    void longTokensAreLinear() {
        String digits = "9".repeat(1_000_000);
        // 0.999... with a million nines rounds to the double 1.0.
        assertEquals(JsonNumber.of(1.0), JsonParser.withDefaults().parse("0." + digits));
        assertEquals(JsonParseException.Kind.NUMBER_OUT_OF_RANGE,
                assertThrows(JsonParseException.class, () -> JsonParser.withDefaults().parse(digits)).kind());
        String string = "\"" + "\\u0041".repeat(200_000) + "\"";
        assertEquals(200_000, JsonParser.withDefaults().parse(string).asString().length());
    }

    /**
     * Random mutations of a valid document: the parser must end with a value or its own exception, never
     * anything else; a value it returns must survive a write/parse round trip.
     */
    @Test
    void mutatedDocumentsEndInAValueOrAJsonParseException() {
        JsonParser parser = new JsonParser(16, 10_000);
        String alphabet = "{}[]\",:\\-+.eE0123456789 \t\n\rtrufalsn/u\u0000\u001f\uD800\uDC00\u00e9x";
        SplittableRandom random = new SplittableRandom(2024);
        int values = 0;
        int errors = 0;
        for (int iteration = 0; iteration < 20_000; iteration++) {
            StringBuilder text = new StringBuilder(DOCUMENT);
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                mutate(text, random, alphabet);
            }
            String input = text.toString();
            JsonValue value;
            try {
                value = parser.parse(input);
            } catch (JsonParseException expected) {
                assertTrue(expected.line() >= 1 && expected.column() >= 1, input);
                errors++;
                continue;
            } catch (RuntimeException | Error other) {
                throw new AssertionError("parser threw " + other + " for input: " + input, other);
            }
            assertEquals(value, parser.parse(JsonWriter.compact(value)), input);
            assertEquals(value, parser.parse(JsonWriter.pretty(value)), input);
            values++;
        }
        assertTrue(values > 100, "some mutations keep the document valid: " + values);
        assertTrue(errors > 10_000, "most mutations break it: " + errors);
    }

    private static void mutate(StringBuilder text, SplittableRandom random, String alphabet) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(5)) {
            case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            case 1 -> {
                if (at < text.length()) {
                    text.deleteCharAt(at);
                }
            }
            case 2 -> {
                if (at < text.length()) {
                    text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            case 3 -> {
                int end = Math.min(text.length(), at + random.nextInt(40));
                text.insert(random.nextInt(text.length() + 1), text.substring(at, end));
            }
            default -> text.setLength(at);
        }
    }
}
