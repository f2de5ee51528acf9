/**
 * How the {@code copse} command line shows progress reported by library code through
 * {@link dev.copse.core.progress.ProgressListener}: a single redrawn bar on an interactive terminal, plain
 * throttled lines otherwise (logs, pipes, CI), or nothing. {@link dev.copse.examples.cli.progress.ProgressMode}
 * names the choice, {@link dev.copse.examples.cli.progress.Terminal} says what the environment is, and
 * {@link dev.copse.examples.cli.progress.ProgressDisplay#open} builds the display. Every display writes to a
 * given stream and reads time from a given clock, so its output can be checked without a terminal or sleeps.
 */
package dev.copse.examples.cli.progress;
