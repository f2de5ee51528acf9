package dev.copse.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesTreesCompactlyInKeyOrder() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "a \"quoted\"\\path\n");
        tree.put("count", 3);
        tree.put("big", 12_345_678_901L);
        tree.put("ratio", 0.25);
        tree.put("whole", 2.0);
        tree.put("ok", true);
        tree.put("none", null);
        tree.put("list", List.of(1, "x", List.of()));
        tree.put("control", "\u0001");
        assertEquals("{\"name\":\"a \\\"quoted\\\"\\\\path\\n\",\"count\":3,\"big\":12345678901,\"ratio\":0.25,"
                + "\"whole\":2,\"ok\":true,\"none\":null,\"list\":[1,\"x\",[]],\"control\":\"\\u0001\"}",
                Json.write(tree));
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(new Object())));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, 2)));
    }

    @Test
    void parsesWhatPythonsJsonDumpPrints() {
        Object tree = Json.parse(" {\"implementation\": \"numpy\", \"seconds\": [0.001, 2e-3, -1.5E+2],"
                + " \"facts\": {\"BLAS\": \"openblas \\u00e9\\t/\\/\"}, \"ok\": false, \"none\": null} \n", "test");
        Map<?, ?> map = (Map<?, ?>) tree;
        assertEquals("numpy", map.get("implementation"));
        assertEquals(List.of(0.001, 0.002, -150.0), map.get("seconds"));
        assertEquals("openblas é\t//", ((Map<?, ?>) map.get("facts")).get("BLAS"));
        assertEquals(Boolean.FALSE, map.get("ok"));
        assertTrue(map.containsKey("none"));
        assertNull(map.get("none"));
    }

    @Test
    void roundTripsItsOwnOutput() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("samples", Arrays.asList(0.5, 1.25e-7, null));
        tree.put("nested", Map.of("k", List.of("v")));
        assertEquals(tree, Json.parse(Json.write(tree), "round trip"));
    }

    @Test
    void malformedTextNamesTheSourceAndPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("{\"a\": [1, 2,}", "worker copse"));
        assertTrue(e.getMessage().startsWith("worker copse: invalid JSON at character 12"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} trailing", "x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"unterminated", "x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("", "x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1 2]", "x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("nul", "x"));
    }
}
