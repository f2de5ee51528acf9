package dev.copse.examples.cli.explain;

import dev.copse.examples.cli.CopseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code copse explain}: the group of explanation commands; without a subcommand it is a usage error. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Look inside a saved soft forest: draw a tree with one input's path, or attribute one"
                + " prediction to the input's features (docs/INTERPRETABILITY.md).",
        subcommands = {ExplainTreeCommand.class, ExplainInputCommand.class})
public final class ExplainCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        CopseCommand.of(spec);
        throw new ParameterException(spec.commandLine(), "no explain command given; the commands are: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
