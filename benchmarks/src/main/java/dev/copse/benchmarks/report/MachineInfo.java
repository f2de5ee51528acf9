package dev.copse.benchmarks.report;

import java.time.Instant;
import java.util.Objects;

/**
 * The machine and software a run measured, as printed above every results table.
 *
 * @param cpuModel    the CPU's model name as the kernel reports it
 * @param logicalCpus hardware threads the JVM sees
 * @param memoryBytes physical memory
 * @param jdk         JDK vendor and version that ran the Java side
 * @param os          distribution and kernel
 * @param started     when the run started
 * @param commit      the source revision measured, with "+local changes" when the tree was dirty
 * @param loadAverage the 1-minute load average when the run started (-1 when unknown): other work on the
 *                    machine slows every measurement, so tables say how busy it was
 */
public record MachineInfo(String cpuModel, int logicalCpus, long memoryBytes, String jdk, String os, Instant started,
                          String commit, double loadAverage) {

    public MachineInfo {
        Measurement.requireText(cpuModel, "cpuModel");
        Measurement.requireText(jdk, "jdk");
        Measurement.requireText(os, "os");
        Measurement.requireText(commit, "commit");
        Objects.requireNonNull(started, "started");
        if (logicalCpus < 1) {
            throw new IllegalArgumentException("logicalCpus must be at least 1, got " + logicalCpus);
        }
        if (memoryBytes < 1) {
            throw new IllegalArgumentException("memoryBytes must be positive, got " + memoryBytes);
        }
    }
}
