/**
 * The {@code copse} command line, built with picocli.
 *
 * <p>{@link dev.copse.examples.cli.Main} builds it around {@link dev.copse.examples.cli.CopseCommand}, which
 * holds the options every subcommand shares ({@code --help}, {@code --version}, {@code --verbose},
 * {@code --progress}). Failures become one line, {@code copse: error: <message>}: exit code 2 for a usage
 * error, 1 for anything that goes wrong while a command runs.
 *
 * <p>Adding a subcommand takes one class and one line:
 * <ol>
 *   <li>a class annotated {@code @Command(name = "...", mixinStandardHelpOptions = true, description = ...)}
 *       that implements {@code Callable<Integer>} (or {@code Runnable}), takes its arguments as
 *       {@code @Option}/{@code @Parameters} fields, injects {@code @Spec CommandSpec spec}, reports long work
 *       to {@code CopseCommand.of(spec).progress()}, and throws on failure with a message that tells the user
 *       what to change (the error handling here prints it);</li>
 *   <li>the class added to {@code subcommands} in {@code CopseCommand}'s {@code @Command} annotation.</li>
 * </ol>
 * Results go to {@code spec.commandLine().getOut()}, so tests can capture them.
 */
package dev.copse.examples.cli;
