package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static Arguments parse(String... args) {
        return Arguments.parse(args, Set.of("repeats", "docs"), Set.of("update-docs"));
    }

    @Test
    void separatesPositionalWordsOptionsAndSwitches() {
        Arguments arguments = parse("gemm", "--repeats", "5", "--update-docs");
        assertEquals(List.of("gemm"), arguments.positional());
        assertEquals(5, arguments.longOption("repeats", 10));
        assertEquals(5, arguments.requiredLong("repeats"));
        assertTrue(arguments.flag("update-docs"));
        assertEquals(Optional.empty(), arguments.option("docs"));
        assertFalse(parse("gemm").flag("update-docs"));
        assertEquals(10, parse("gemm").longOption("repeats", 10));
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> parse("--repeat", "5"));
        assertEquals("unknown option --repeat; known options: --docs, --repeats, --update-docs", unknown.getMessage());
        assertEquals("option --repeats needs a value",
                assertThrows(IllegalArgumentException.class, () -> parse("--repeats")).getMessage());
        assertEquals("option --repeats is given twice", assertThrows(IllegalArgumentException.class,
                () -> parse("--repeats", "1", "--repeats", "2")).getMessage());
        assertEquals("option --repeats needs a whole number, got 'many'", assertThrows(IllegalArgumentException.class,
                () -> parse("--repeats", "many").longOption("repeats", 1)).getMessage());
        assertEquals("option --docs is required",
                assertThrows(IllegalArgumentException.class, () -> parse().required("docs")).getMessage());
    }
}
