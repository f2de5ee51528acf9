package dev.copse.benchmarks.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident set size of the current process, the same figure the Python peers report, so that
 * Java and Python memory compare: Linux's {@code VmHWM} ("high water mark") from {@code /proc/self/status}.
 * It counts everything the process touched (JVM or interpreter, libraries, heap, buffers).
 */
final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** Peak resident bytes so far; throws on systems without {@code /proc/self/status} (not Linux). */
    static long peakResidentBytes() throws IOException {
        if (!Files.isReadable(STATUS)) {
            throw new IllegalStateException("cannot read " + STATUS + ": peak memory is measured on Linux only");
        }
        return parseHighWaterMark(Files.readString(STATUS));
    }

    /** The {@code VmHWM} line of a status file, in bytes; throws when it is missing. */
    static long parseHighWaterMark(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    return Long.parseLong(parts[0]) * 1024;
                }
                throw new IllegalArgumentException("unexpected VmHWM line in " + STATUS + ": " + line);
            }
        }
        throw new IllegalArgumentException(STATUS + " has no VmHWM line");
    }
}
