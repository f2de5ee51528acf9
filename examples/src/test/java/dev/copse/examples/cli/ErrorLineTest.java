package dev.copse.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorLineTest {

    @Test
    void multiLineMessagesAreFoldedIntoOneLine() {
        assertEquals("copse: error: file x.idx: bad magic number 2049 expected 2051",
                ErrorLine.of(new IllegalArgumentException("file x.idx:\n  bad magic number 2049\r\nexpected 2051\n")));
    }

    @Test
    void exceptionWithoutMessageIsNamed() {
        assertEquals("copse: error: NullPointerException", ErrorLine.of(new NullPointerException()));
        assertEquals("copse: error: IllegalStateException", ErrorLine.of(new IllegalStateException("  ")));
    }

    @Test
    void jvmErrorsCarryTheirTypeButExceptionsOnlyTheirMessage() {
        assertEquals("copse: error: StackOverflowError: deep", ErrorLine.of(new StackOverflowError("deep")));
        assertEquals("copse: error: deep", ErrorLine.of(new IllegalStateException("deep")));
    }

    @Test
    void blankMessageIsSaidToBeMissing() {
        assertEquals("copse: error: (no message)", ErrorLine.of((String) null));
    }
}
