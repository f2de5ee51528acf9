package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.DocsSplicer;
import dev.copse.benchmarks.report.MachineInfo;
import dev.copse.benchmarks.report.ScenarioReport;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The runner's command line; {@code benchmarks/run.sh} builds the project and starts it from the
 * repository root, where the default paths below are resolved.
 *
 * <pre>
 * run.sh SCENARIO... [--warmups N] [--repeats N] [--min-sample-ms N] [--results DIR] [--update-docs]
 *                     [--docs FILE] [--openblas-coretype NAME]
 * run.sh update-docs RESULTS_FOLDER [--docs FILE]
 * run.sh list
 * </pre>
 * Scenarios run one after another, with the same options; each writes
 * {@code DIR/<date>-<scenario>/<scenario>.{json,md}} (DIR defaults to {@code results})
 * and prints the Markdown; with {@code --update-docs} it also replaces that scenario's section of
 * {@code docs/BENCHMARKS.md} (or FILE). {@code update-docs} does the same from an earlier results folder.
 * {@code --openblas-coretype} forces the OpenBLAS kernel of the Python peers (see {@link PythonPeers}).
 * Exit status: 0 on success, 1 when a run fails, 2 on a bad command line.
 */
public final class Main {

    private static final Set<String> VALUED = Set.of("warmups", "repeats", "min-sample-ms", "results", "docs",
            "openblas-coretype");
    private static final Set<String> SWITCHES = Set.of("update-docs");
    private static final String USAGE = """
            usage: run.sh SCENARIO... [--warmups N] [--repeats N] [--min-sample-ms N] [--results DIR] [--update-docs]
                                      [--docs FILE] [--openblas-coretype NAME]
                   run.sh update-docs RESULTS_FOLDER [--docs FILE]
                   run.sh list""";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status;
        try {
            status = run(args, System.out, System.err);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            status = 2;
        } catch (IllegalStateException | IOException e) {
            System.err.println("error: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Arguments arguments = Arguments.parse(args, VALUED, SWITCHES);
        if (arguments.positional().size() == 1 && arguments.positional().getFirst().equals("list")) {
            for (Scenario scenario : ScenarioCatalog.all()) {
                out.println(scenario.name() + "\t" + scenario.summary());
            }
            return 0;
        }
        Path docs = Path.of(arguments.option("docs").orElse("docs/BENCHMARKS.md"));
        if (arguments.positional().size() == 2 && arguments.positional().getFirst().equals("update-docs")) {
            ResultsFolder.Table table = new ResultsFolder(Path.of(arguments.positional().get(1))).markdown();
            DocsSplicer.spliceFile(docs, table.scenario(), table.markdown());
            out.println("updated section '" + table.scenario() + "' of " + docs);
            return 0;
        }
        if (arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("expected scenario names, 'update-docs FOLDER' or 'list'");
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : arguments.positional()) {
            scenarios.add(ScenarioCatalog.named(name));
        }
        if (arguments.flag("update-docs")) {
            DocsSplicer.requireSections(docs, scenarios.stream().map(Scenario::name).toList());
        }
        RepetitionScheme scheme = new RepetitionScheme(
                (int) arguments.longOption("warmups", RepetitionScheme.DEFAULT.warmups()),
                (int) arguments.longOption("repeats", RepetitionScheme.DEFAULT.repeats()),
                arguments.longOption("min-sample-ms", RepetitionScheme.DEFAULT.minSampleMillis()));
        PythonPeers python = PythonPeers.debian(arguments.option("openblas-coretype"));
        Path resultsRoot = Path.of(arguments.option("results").orElse("results"));
        ProgressListener progress = event -> err.println("[" + event.task() + " " + event.done() + "/"
                + event.total() + "] " + event.detail());
        for (Scenario scenario : scenarios) {
            String markdown = runScenario(scenario, args, scheme, python, resultsRoot, progress, out);
            if (arguments.flag("update-docs")) {
                DocsSplicer.spliceFile(docs, scenario.name(), markdown);
                out.println("updated section '" + scenario.name() + "' of " + docs);
            }
        }
        return 0;
    }

    /** Runs one scenario into a fresh results folder, prints its Markdown and returns it. */
    private static String runScenario(Scenario scenario, String[] args, RepetitionScheme scheme, PythonPeers python,
                                      Path resultsRoot, ProgressListener progress, PrintStream out)
            throws IOException, InterruptedException {
        Instant started = Instant.now();
        MachineInfo machine = MachineProbe.probe(started);
        ResultsFolder folder = ResultsFolder.create(resultsRoot, LocalDate.ofInstant(started, ZoneOffset.UTC),
                scenario.name());
        ScenarioContext context = new ScenarioContext(scheme, machine, command(args), folder.path(),
                JavaLauncher.current(), python, progress);
        ScenarioReport report = scenario.run(context);
        String markdown = folder.write(report);
        out.println(markdown);
        out.println("wrote " + folder.path().resolve(scenario.name() + ".json") + " and "
                + folder.path().resolve(scenario.name() + ".md"));
        return markdown;
    }

    /** The command as the user typed it: run.sh exports its own name in {@code copse.bench.launcher}. */
    private static String command(String[] args) {
        String launcher = System.getProperty("copse.bench.launcher", "java " + Main.class.getName());
        return args.length == 0 ? launcher : launcher + " " + String.join(" ", args);
    }
}
