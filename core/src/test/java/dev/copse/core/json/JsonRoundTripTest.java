package dev.copse.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    private static final JsonParser PARSER = JsonParser.withDefaults();

    private static JsonObject sample() {
        return JsonObject.builder()
                .put("name", "copse")
                .put("n", 3)
                .put("x", 0.5)
                .put("ok", true)
                .put("none", JsonNull.INSTANCE)
                .put("list", JsonArray.of(JsonNumber.of(1), JsonArray.of(JsonNumber.of(2.5))))
                .put("empty", JsonObject.empty())
                .put("e", JsonArray.of())
                .build();
    }

    @Test
    void compactAndPrettyTextAreExact() {
        assertEquals("{\"name\":\"copse\",\"n\":3,\"x\":0.5,\"ok\":true,\"none\":null,\"list\":[1,[2.5]],"
                + "\"empty\":{},\"e\":[]}", JsonWriter.compact(sample()));
        String pretty = """
                {
                  "name": "copse",
                  "n": 3,
                  "x": 0.5,
                  "ok": true,
                  "none": null,
                  "list": [
                    1,
                    [
                      2.5
                    ]
                  ],
                  "empty": {},
                  "e": []
                }""";
        assertEquals(pretty, JsonWriter.pretty(sample()));
    }

    @Test
    void parsingWrittenTextGivesTheSameValueInTheSameOrder() {
        for (String text : List.of(JsonWriter.compact(sample()), JsonWriter.pretty(sample()))) {
            JsonValue parsed = PARSER.parse(text);
            assertEquals(sample(), parsed);
            assertEquals(List.copyOf(sample().members().keySet()), List.copyOf(parsed.asObject().members().keySet()));
            assertEquals(text.contains("\n") ? JsonWriter.pretty(sample()) : JsonWriter.compact(sample()),
                    text.contains("\n") ? JsonWriter.pretty(parsed) : JsonWriter.compact(parsed));
        }
    }

    @Test
    void objectEqualityIgnoresOrderButWriterKeepsIt() {
        JsonObject ab = JsonObject.builder().put("a", 1).put("b", 2).build();
        JsonObject ba = JsonObject.builder().put("b", 2).put("a", 1).build();
        assertEquals(ab, ba);
        assertEquals("{\"b\":2,\"a\":1}", JsonWriter.compact(ba));
    }

    @Test
    void doublesRoundTripBitForBit() {
        double[] special = {0.0, -0.0, 0.1, 1.0 / 3, 3.0, 1e21, 1e-7, Double.MIN_VALUE, Double.MIN_NORMAL,
                Double.MAX_VALUE, -Double.MAX_VALUE, 123456789.125, 0x1p53 + 2};
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000 + special.length; i++) {
            double d = i < special.length ? special[i] : Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d)) {
                continue;
            }
            JsonNumber parsed = PARSER.parse(JsonWriter.compact(JsonNumber.of(d))).asNumber();
            assertFalse(parsed.isIntegral(), () -> "floating stays floating: " + d);
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(parsed.doubleValue()), () -> "bits of " + d);
        }
    }

    @Test
    void longsRoundTripExactly() {
        SplittableRandom random = new SplittableRandom(7);
        long[] special = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, (1L << 53) + 1};
        for (int i = 0; i < 5_000 + special.length; i++) {
            long v = i < special.length ? special[i] : random.nextLong();
            JsonNumber parsed = PARSER.parse(JsonWriter.compact(JsonNumber.of(v))).asNumber();
            assertTrue(parsed.isIntegral());
            assertEquals(v, parsed.longValueExact());
        }
    }

    @Test
    void numberKindFollowsTheText() {
        assertEquals(JsonNumber.of(0L), PARSER.parse("-0"));
        assertEquals(JsonNumber.of(-0.0), PARSER.parse("-0.0"));
        assertEquals(JsonNumber.of(100.0), PARSER.parse("1E2"));
        assertEquals(JsonNumber.of(0.0), PARSER.parse("1e-400"));
        // 2^63 does not fit a long, so it becomes the nearest double.
        assertEquals(JsonNumber.of(9.223372036854775808E18), PARSER.parse("9223372036854775808"));
        assertEquals(JsonNumber.of(1.2345678901234568E29), PARSER.parse("123456789012345678901234567890"));
        assertFalse(JsonNumber.of(3L).equals(JsonNumber.of(3.0)));
        assertEquals(3L, JsonNumber.of(3.0).longValueExact());
        assertThrows(ArithmeticException.class, () -> JsonNumber.of(3.5).longValueExact());
        assertThrows(ArithmeticException.class, () -> JsonNumber.of(1e19).longValueExact());
        assertThrows(IllegalArgumentException.class, () -> JsonNumber.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonNumber.of(Double.POSITIVE_INFINITY));
    }

    @Test
    void accessorsNameBothKindsOnMismatch() {
        JsonValue number = JsonNumber.of(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, number::asString);
        assertEquals("expected a JSON string but found a number", e.getMessage());
        assertThrows(IllegalStateException.class, () -> JsonNull.INSTANCE.asObject());
        assertTrue(JsonNull.INSTANCE.isNull());
        assertTrue(PARSER.parse("true").asBoolean());
        assertEquals(2, PARSER.parse("[1, 2]").asArray().size());
        JsonObject object = PARSER.parse("{\"a\": \"b\"}").asObject();
        assertEquals("b", object.get("a").asString());
        assertTrue(object.find("z").isEmpty());
        assertTrue(assertThrows(java.util.NoSuchElementException.class, () -> object.get("z")).getMessage().contains("\"z\""));
    }

    @Test
    void builderRejectsDuplicateAndNullMembers() {
        JsonObject.Builder builder = JsonObject.builder().put("a", 1);
        assertThrows(IllegalArgumentException.class, () -> builder.put("a", 2));
        assertThrows(IllegalArgumentException.class, () -> builder.put("b", (JsonValue) null));
        builder.build();
        assertThrows(IllegalStateException.class, () -> builder.put("c", 3));
    }
}
