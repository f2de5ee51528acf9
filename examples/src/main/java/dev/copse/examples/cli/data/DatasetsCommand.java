package dev.copse.examples.cli.data;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code copse datasets}: the group of commands that fetch and describe datasets. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "Fetch the public image datasets into the cache and describe datasets.",
        subcommands = {FetchCommand.class, InfoCommand.class})
public final class DatasetsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "no datasets command given; the commands are: " + String.join(", ", spec.subcommands().keySet()));
    }
}
