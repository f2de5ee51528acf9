package dev.copse.examples.cli.model;

import dev.copse.cascade.connect.Source;
import dev.copse.cascade.grow.CascadeFit;
import dev.copse.cascade.grow.CascadeForest;
import dev.copse.cascade.grow.CascadeOptions;
import dev.copse.cascade.grow.CascadePresets;
import dev.copse.cascade.grow.CascadeReport;
import dev.copse.cascade.grow.LevelReport;
import dev.copse.cascade.model.CascadeLevel;
import dev.copse.cascade.model.CascadeModel;
import dev.copse.cascade.scan.ScanOptions;
import dev.copse.core.data.TrainTest;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.model.CostedClassifier;
import dev.copse.forest.soft.Options;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code cascade}: a deep-forest cascade, from the {@code copse} preset (the default: soft forests with learned
 * connectivity; {@code --trees}, {@code --max-depth} and {@code --epochs} of each soft forest) or the
 * {@code gcforest} preset (2 random and 2 completely-random forests per level; {@code --trees} per forest),
 * optionally
 * scanning images first ({@code --scan} window sizes, {@code --scan-stride}). The test part is reported on
 * level by level and never used for a choice.
 */
final class CascadeKind implements ModelKind {

    private static final Set<String> OPTIONS = Set.of("--preset", "--scan", "--scan-stride", "--max-levels",
            "--trees", "--max-depth", "--epochs", "--seed", "--threads");

    @Override
    public String name() {
        return "cascade";
    }

    @Override
    public String fileType() {
        return CascadeModel.MODEL_TYPE;
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public TrainedModel train(TrainTest data, TrainSettings settings, ProgressListener listener) {
        CascadeFit fit = CascadeForest.fit(data.train(), data.test(), options(settings), listener);
        return new Trained(fit.model(), fit.report());
    }

    /** The preset with the settings applied. */
    static CascadeOptions options(TrainSettings settings) {
        int threads = settings.threadsOr(Runtime.getRuntime().availableProcessors());
        String preset = settings.preset() == null ? "copse" : settings.preset();
        CascadeOptions options = switch (preset) {
            case "gcforest" -> {
                if (settings.maxDepth() != null || settings.epochs() != null) {
                    throw new IllegalArgumentException("the gcforest preset does not use --max-depth or --epochs;"
                            + " they set the copse preset's soft forests");
                }
                yield CascadePresets.gcforest(settings.trees() == null ? CascadePresets.GCFOREST_TREES
                        : settings.trees(), threads);
            }
            case "copse" -> CascadePresets.copse(softForest(settings, threads), threads);
            default -> throw new IllegalArgumentException("unknown preset '" + preset + "'; the presets are:"
                    + " gcforest, copse");
        };
        if (settings.scan() != null) {
            int trees = settings.trees() == null ? CascadePresets.GCFOREST_TREES : settings.trees();
            int stride = settings.scanStride() == null ? 2 : settings.scanStride();
            options = options.withScan(ScanOptions.gcforest(settings.scan(), stride, trees, threads));
        } else if (settings.scanStride() != null) {
            throw new IllegalArgumentException("--scan-stride needs --scan <window sizes>");
        }
        if (settings.maxLevels() != null) {
            options = options.withMaxLevels(settings.maxLevels());
        }
        if (settings.seed() != null) {
            options = options.withSeed(settings.seed());
        }
        return options;
    }

    private static Options softForest(TrainSettings settings, int threads) {
        Options forest = Options.defaults().withThreads(threads);
        if (settings.trees() != null) {
            forest = forest.withTrees(settings.trees());
        }
        if (settings.maxDepth() != null) {
            forest = forest.withMaxDepth(settings.maxDepth());
        }
        if (settings.epochs() != null) {
            forest = forest.withEpochs(settings.epochs());
        }
        return forest;
    }

    @Override
    public TrainedModel load(ModelFile file) throws IOException {
        return new Trained(CascadeModel.read(file), null);
    }

    /** A cascade with, when it was just trained, the report of its growth. */
    private record Trained(CascadeModel model, CascadeReport report) implements TrainedModel {

        @Override
        public List<CostedClassifier> modes() {
            return List.of(model);
        }

        @Override
        public List<String> structure() {
            return report == null ? levels(model) : levels(report, model);
        }

        @Override
        public void save(Path file) throws IOException {
            model.save(file);
        }
    }

    /** One line per level of a loaded model: members, nodes, sources, and whether inference runs it. */
    static List<String> levels(CascadeModel model) {
        List<String> lines = new ArrayList<>();
        lines.add(model.description() + ", " + model.nodeCount() + " nodes");
        for (int t = 0; t < model.levels().size(); t++) {
            CascadeLevel level = model.levels().get(t);
            lines.add(String.format(Locale.ROOT, "level %d: %d members, %d nodes, reads %s%s", t + 1,
                    level.members().size(), level.nodeCount(), names(level.sources()),
                    model.computes(t) ? "" : " (read by no later level: not computed)"));
        }
        return lines;
    }

    /** The per-level report of a growth: scores, time, members' sizes and costs, connections. */
    static List<String> levels(CascadeReport report, CascadeModel model) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: kept %d of %d levels (%s); %.1f s in all%s",
                model.description(), report.keptLevels(), report.levels().size(), report.stopReason(),
                report.seconds(), report.scanSeconds() > 0
                        ? String.format(Locale.ROOT, ", scanning %.1f s", report.scanSeconds()) : ""));
        lines.add("| level | validation acc. | test acc. | seconds | nodes | comparisons / input | MACs / input | reads"
                + " | gates |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        for (LevelReport level : report.levels()) {
            String test = level.testAccuracy().isPresent()
                    ? String.format(Locale.ROOT, "%.2f %%", 100 * level.testAccuracy().getAsDouble()) : "-";
            String gates = level.gates().isEmpty() ? "-" : String.join(", ", level.gates().stream()
                    .map(g -> String.format(Locale.ROOT, "%s %.3f%s", name(g.source()), g.gate(),
                            g.kept() ? "" : " (cut)")).toList());
            lines.add(String.format(Locale.ROOT, "| %d%s | %.2f %% | %s | %.1f | %d | %.0f | %.0f | %s | %s |",
                    level.level() + 1, level.level() < report.keptLevels() ? "" : " (dropped)",
                    100 * level.validationAccuracy(), test, level.seconds(), level.nodes(),
                    level.meanComparisons(), level.meanMacs(), names(level.sources()), gates));
        }
        return lines;
    }

    /** A source as people count levels: {@code features}, {@code level 1}, ... */
    private static String name(Source source) {
        return source.isFeatures() ? "features" : "level " + (source.level() + 1);
    }

    private static String names(List<Source> sources) {
        return String.join(" + ", sources.stream().map(CascadeKind::name).toList());
    }
}
