package dev.copse.benchmarks.runner;

import com.sun.management.OperatingSystemMXBean;
import dev.copse.benchmarks.report.MachineInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Describes the machine from {@code /proc/cpuinfo}, {@code /etc/os-release}, the running JVM
 * (physical memory from its operating-system bean) and {@code git}. Values the system does not expose are reported as "unknown (why)" in the
 * table rather than guessed.
 */
final class MachineProbe {

    private MachineProbe() {
    }

    /** The current machine, with {@code started} as the run's start. */
    static MachineInfo probe(Instant started) throws IOException, InterruptedException {
        String cpu = readOrNull(Path.of("/proc/cpuinfo"));
        String release = readOrNull(Path.of("/etc/os-release"));
        String cpuModel = cpu == null ? "unknown (no /proc/cpuinfo)" : cpuModel(cpu);
        long memoryBytes = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        String jdk = System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.name") + ")";
        String distribution = release == null ? System.getProperty("os.name") : prettyName(release);
        String os = distribution + ", kernel " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        return new MachineInfo(cpuModel, Runtime.getRuntime().availableProcessors(), memoryBytes, jdk, os, started,
                commit(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String readOrNull(Path file) throws IOException {
        return Files.isReadable(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    /** The first {@code model name} of a cpuinfo text, plus whether AVX-512F is there (it decides the kernels). */
    static String cpuModel(String cpuinfo) {
        String model = field(cpuinfo, "model name", ':');
        String flags = field(cpuinfo, "flags", ':');
        String name = model == null ? "unknown (no model name in /proc/cpuinfo)" : model;
        if (flags == null) {
            return name;
        }
        boolean avx512 = List.of(flags.split("\\s+")).contains("avx512f");
        return name + (avx512 ? " (AVX-512)" : " (no AVX-512)");
    }

    /** {@code PRETTY_NAME} of an os-release text, without quotes. */
    static String prettyName(String osRelease) {
        String value = field(osRelease, "PRETTY_NAME", '=');
        return value == null ? "unknown (no PRETTY_NAME in /etc/os-release)" : value.replace("\"", "");
    }

    private static String field(String text, String key, char separator) {
        for (String line : text.split("\n")) {
            int at = line.indexOf(separator);
            if (at > 0 && line.substring(0, at).trim().equals(key)) {
                return line.substring(at + 1).trim();
            }
        }
        return null;
    }

    private static String commit() throws IOException, InterruptedException {
        try {
            String head = Subprocess.run(new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD"), "git rev-parse")
                    .strip();
            String changes = Subprocess.run(new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no"),
                    "git status").strip();
            return changes.isEmpty() ? head : head + " + local changes";
        } catch (IOException | IllegalStateException e) {
            return "unknown (not run inside a git checkout: " + e.getMessage() + ")";
        }
    }
}
