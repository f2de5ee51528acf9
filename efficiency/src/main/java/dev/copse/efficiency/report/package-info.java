/**
 * Several models side by side on the same cost axes: a {@link dev.copse.efficiency.report.ComplexityReport}
 * of {@link dev.copse.efficiency.report.ComplexityRow}s, rendered as Markdown (for people), CSV (RFC 4180,
 * for spreadsheets) and JSON (everything, for programs).
 */
package dev.copse.efficiency.report;
