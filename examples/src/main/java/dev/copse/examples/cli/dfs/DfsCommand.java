package dev.copse.examples.cli.dfs;

import dev.copse.examples.cli.CopseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code copse dfs}: the group of DFS commands; without a subcommand it is a usage error naming them. */
@Command(name = "dfs", mixinStandardHelpOptions = true,
        description = "Dynamic fractional skipping: a ResNet whose gates choose, per input and per block, to skip"
                + " the block or run it at a bitwidth (docs/DFS.md).",
        subcommands = {DfsTrainCommand.class, DfsEvalCommand.class, DfsSweepCommand.class})
public final class DfsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        CopseCommand.of(spec);
        throw new ParameterException(spec.commandLine(), "no dfs command given; the commands are: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
