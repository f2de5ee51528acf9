package dev.copse.examples.cli;

import dev.copse.core.progress.ProgressListener;
import dev.copse.examples.cli.data.DatasetsCommand;
import dev.copse.examples.cli.dfs.DfsCommand;
import dev.copse.examples.cli.explain.ExplainCommand;
import dev.copse.examples.cli.model.EvalCommand;
import dev.copse.examples.cli.model.TrainCommand;
import dev.copse.examples.cli.progress.ProgressDisplay;
import dev.copse.examples.cli.progress.ProgressMode;
import dev.copse.examples.cli.progress.Terminal;
import dev.copse.examples.cli.sase.SaseCommand;
import java.io.PrintStream;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code copse} command: the options that apply to every subcommand, and the place where
 * subcommands are registered (one entry in {@code subcommands} below per subcommand class).
 *
 * <p>{@code --verbose} and {@code --progress} are inherited: they may stand before or after the subcommand
 * name and always land here. A subcommand reaches them through {@link #of(CommandSpec)}, which works at any
 * depth of nesting.
 *
 * <p>Not thread-safe, except {@link #progress()} and {@link #closeProgress()}, which worker threads may call.
 */
@Command(name = "copse",
        mixinStandardHelpOptions = true,
        versionProvider = CopseVersion.class,
        description = "Efficient, input-adaptive models: soft-routing deep forests and dynamic CNNs with one"
                + " cost ledger.",
        subcommands = {DatasetsCommand.class, TrainCommand.class, EvalCommand.class, DfsCommand.class,
                SaseCommand.class, ExplainCommand.class})
public final class CopseCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the full stack trace after the error line.")
    private boolean verbose;

    @Option(names = "--progress", scope = ScopeType.INHERIT, paramLabel = "<mode>",
            converter = ProgressModeConverter.class,
            description = "How to show progress on standard error: ${COMPLETION-CANDIDATES}. 'auto' (the default)"
                    + " draws a bar on an interactive terminal and prints plain lines otherwise.")
    private ProgressMode progressMode = ProgressMode.AUTO;

    private final PrintStream progressStream;
    private ProgressDisplay display;

    /** The command with progress on {@code System.err}. */
    public CopseCommand() {
        this(System.err);
    }

    /** The command with progress on {@code progressStream}. */
    public CopseCommand(PrintStream progressStream) {
        this.progressStream = Objects.requireNonNull(progressStream, "progressStream");
    }

    /**
     * The {@code copse} command at the root of the command line that {@code spec} belongs to.
     *
     * @throws IllegalStateException if that command line was not built around a {@code CopseCommand}
     */
    public static CopseCommand of(CommandSpec spec) {
        if (spec.root().userObject() instanceof CopseCommand copse) {
            return copse;
        }
        throw new IllegalStateException("command '" + spec.qualifiedName() + "' does not run under copse");
    }

    /** Run without a subcommand: a usage error that names the commands there are. */
    @Override
    public void run() {
        String commands = String.join(", ", spec.subcommands().keySet());
        throw new ParameterException(spec.commandLine(),
                commands.isEmpty() ? "no command given" : "no command given; the commands are: " + commands);
    }

    /** Whether the user asked for stack traces with {@code --verbose}. */
    public boolean verbose() {
        return verbose;
    }

    /**
     * The listener that shows progress as chosen with {@code --progress}; the same instance on every call,
     * created on the first after the command line was parsed.
     */
    public synchronized ProgressListener progress() {
        if (display == null) {
            display = ProgressDisplay.open(progressMode, Terminal.detect(), progressStream, System::nanoTime);
        }
        return display;
    }

    /** Ends the progress line in flight, if any, so that what is printed next starts on a line of its own. */
    public synchronized void closeProgress() {
        if (display != null) {
            display.finish();
        }
    }
}
