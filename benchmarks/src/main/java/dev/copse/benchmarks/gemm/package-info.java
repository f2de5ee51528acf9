/**
 * The GEMM workloads Copse cares about and the code that times them: the shapes ({@link
 * dev.copse.benchmarks.gemm.GemmShape}), their seeded operands ({@link dev.copse.benchmarks.gemm.GemmOperands}),
 * the implementations compared ({@link dev.copse.benchmarks.gemm.GemmImplementation}), and the JMH benchmarks
 * that measure them. Nothing here runs during {@code mvn verify}; the runner and JMH start it.
 */
package dev.copse.benchmarks.gemm;
