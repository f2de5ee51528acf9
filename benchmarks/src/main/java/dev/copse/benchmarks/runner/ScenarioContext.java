package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.MachineInfo;
import dev.copse.core.progress.ProgressListener;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a {@link Scenario} gets to work with. Immutable.
 *
 * @param scheme        how every implementation is timed
 * @param machine       where and when the run happens, for the report
 * @param command       the command line that started the run, for the report
 * @param resultsFolder the folder the run's files go to; a scenario may put raw logs there
 * @param java          starts Java workers on the runner's JDK and class path
 * @param python        runs the Python peers
 * @param progress      receives progress reports
 */
public record ScenarioContext(RepetitionScheme scheme, MachineInfo machine, String command, Path resultsFolder,
                              JavaLauncher java, PythonPeers python, ProgressListener progress) {

    public ScenarioContext {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(resultsFolder, "resultsFolder");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(python, "python");
        Objects.requireNonNull(progress, "progress");
    }
}
