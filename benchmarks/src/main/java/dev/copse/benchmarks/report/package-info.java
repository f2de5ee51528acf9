/**
 * What a benchmark run produced and how it is written down: sample statistics, measurements and speed
 * ratios, the machine description, and the writers for JSON, Markdown and the generated sections of
 * docs/BENCHMARKS.md. Pure values and text; nothing here starts a process or measures time.
 */
package dev.copse.benchmarks.report;
