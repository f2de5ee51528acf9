package dev.copse.examples.cli.sase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code copse sase}: the group of commands around spatially-adaptive squeeze-excitation. */
@Command(name = "sase", mixinStandardHelpOptions = true,
        description = "Spatially-adaptive squeeze-excitation (SASE): compare it with plain and SE ResNets, and with"
                + " channel-only skip-layer excitation in a few-shot GAN.",
        subcommands = {BenchRecognitionCommand.class, TrainGanCommand.class})
public final class SaseCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "no sase command given; the commands are: " + String.join(", ", spec.subcommands().keySet()));
    }
}
