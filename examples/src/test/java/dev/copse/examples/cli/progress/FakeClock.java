package dev.copse.examples.cli.progress;

import java.util.function.LongSupplier;

/** A nanosecond clock that moves only when told, so display tests need no sleeps. */
final class FakeClock implements LongSupplier {

    private long nanos = 1_000_000_000L;

    void advanceMillis(long millis) {
        nanos += millis * 1_000_000L;
    }

    @Override
    public long getAsLong() {
        return nanos;
    }
}
