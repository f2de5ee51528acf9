/**
 * The machine's peak float throughput as the JVM can reach it: a pure fused-multiply-add loop on 512-bit
 * vectors, run on every core at once. Every GEMM result is also reported as a fraction of this peak.
 */
package dev.copse.benchmarks.peak;
