package dev.copse.cnn.dfs;

import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.cnn.train.CnnTrainer;
import dev.copse.cnn.train.TrainingOptions;
import dev.copse.cnn.train.TrainingReport;
import dev.copse.core.data.Dataset;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonValue;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains DFS in the three stages of METHODS.md section 5, each through {@link CnnTrainer#fit} on a
 * {@link DfsNetwork} (same optimizers, schedules, augmentation and divergence checks as any CNN):
 * <ol>
 *   <li>the backbone alone at full precision;</li>
 *   <li>the gate alone with the sign-switching term at a target of {@code 100 * fullFraction} % (99 % by
 *       default; <b>Copse</b>: at exactly 100 % the gate saturates), one epoch at a time, until at
 *       least {@link DfsTrainingOptions#fullFraction} of an epoch's gated decisions are full precision or
 *       the stage's epochs run out ("full" is the most expensive option) <b>(Copse: each epoch is its own {@code fit} call, so the optimizer state
 *       restarts every epoch)</b>;</li>
 *   <li>backbone and gate together with the chosen {@link BudgetLoss} at the target.</li>
 * </ol>
 * After every epoch of stages 2 and 3 the listener hears a {@code dfs <stage> epoch <e>} event with the
 * computation percentage and the exact mean BitOPs per image of the decisions made on the training batches.
 * {@link #pretrain} and {@link #tune} split the stages so that a sweep over targets shares stages 1 and 2.
 *
 * <p>Deterministic for a given seed and thread count (see {@link CnnTrainer}). Stateless.
 */
public final class DfsTrainer {

    private DfsTrainer() {
    }

    /** All three stages from a freshly initialised network (the backbone options' seed). */
    public static DfsModel train(ResNetSpec spec, BitwidthOptions options, Dataset train, DfsTrainingOptions settings,
                                 ProgressListener listener) {
        DfsModel pretrained = pretrain(spec, options, train, settings, listener);
        return tune(pretrained, train, settings.joint(), settings.budget(), settings.gateGradientScale(), listener);
    }

    /** Stages 1 and 2: a model whose gates choose (almost) full execution. */
    public static DfsModel pretrain(ResNetSpec spec, BitwidthOptions options, Dataset train,
                                    DfsTrainingOptions settings, ProgressListener listener) {
        DfsNetwork network = new DfsNetwork(spec, options, ParameterSource.initializing(settings.backbone().seed()));
        network.setStage(DfsStage.BACKBONE, null);
        TrainingReport backbone = CnnTrainer.fit(network, train, settings.backbone(), listener);
        List<DfsEpochLog> gateLog = trainGates(network, train, settings, listener);
        JsonObject training = JsonObject.builder()
                .put("backbone", backbone.toJson(settings.backbone(), train.provenance()))
                .put("gates", logJson(gateLog))
                .put("gate_beta", settings.gateBeta())
                .put("full_fraction", settings.fullFraction())
                .build();
        return DfsModel.of(network, train.classNames(), training);
    }

    private static List<DfsEpochLog> trainGates(DfsNetwork network, Dataset train, DfsTrainingOptions settings,
                                                ProgressListener listener) {
        // (Copse) The target is 100 * fullFraction, not 100: at exactly 100 the sign never switches, the gate's
        // softmax saturates on full precision, and its vanishing gradient then stalls stage 3.
        network.setStage(DfsStage.GATES, BudgetLoss.signSwitching(settings.gateBeta(), 100 * settings.fullFraction()));
        TrainingOptions gates = settings.gates();
        EpochLogger logger = new EpochLogger(network, DfsStage.GATES, listener);
        int full = network.options().size() - 1;
        for (int epoch = 1; epoch <= gates.epochs(); epoch++) {
            TrainingOptions one = new TrainingOptions(1, gates.batchSize(), gates.optimizer(), gates.schedule(),
                    0, gates.augmentation(), 0, gates.patience(), gates.seed() + epoch - 1, gates.progressEvery());
            CnnTrainer.fit(network, train, one, logger);
            DecisionCounts last = logger.log.getLast().decisions();
            double fullShare = 0;
            for (int s = 0; s < last.counts().length; s++) {
                fullShare += last.fraction(s, full) / last.counts().length;
            }
            if (fullShare >= settings.fullFraction()) {
                break;
            }
        }
        return logger.log;
    }

    /**
     * Stage 3: backbone and gate of {@code pretrained} trained together under {@code budget}, the gate's
     * gradient multiplied by {@code gateGradientScale} ({@link DfsNetwork#setGateGradientScale}).
     */
    public static DfsModel tune(DfsModel pretrained, Dataset train, TrainingOptions joint, BudgetLoss budget,
                                double gateGradientScale, ProgressListener listener) {
        DfsNetwork network = pretrained.newNetwork();
        network.setStage(DfsStage.JOINT, budget);
        network.setGateGradientScale(gateGradientScale);
        EpochLogger logger = new EpochLogger(network, DfsStage.JOINT, listener);
        TrainingReport report = CnnTrainer.fit(network, train, joint, logger);
        JsonObject training = JsonObject.builder()
                .put("pretraining", pretrained.training())
                .put("joint", report.toJson(joint, train.provenance()))
                .put("budget", budget.kind().name().toLowerCase(Locale.ROOT))
                .put("beta", budget.beta())
                .put("target_cp", budget.target())
                .put("gate_gradient_scale", gateGradientScale)
                .put("joint_cp", logJson(logger.log))
                .build();
        return DfsModel.of(network, train.classNames(), training);
    }

    private static JsonArray logJson(List<DfsEpochLog> log) {
        List<JsonValue> rows = new ArrayList<>();
        log.forEach(entry -> rows.add(entry.toJson()));
        return new JsonArray(rows);
    }

    /** Passes every event on and, after each training epoch, reports the epoch's cp and BitOPs. */
    private static final class EpochLogger implements ProgressListener {
        private final DfsNetwork network;
        private final DfsStage stage;
        private final ProgressListener delegate;
        private final DfsCostTable costs;
        private final List<DfsEpochLog> log = new ArrayList<>();

        EpochLogger(DfsNetwork network, DfsStage stage, ProgressListener delegate) {
            this.network = network;
            this.stage = stage;
            this.delegate = delegate;
            this.costs = new DfsCostTable(network);
        }

        @Override
        public void onProgress(ProgressEvent event) {
            delegate.onProgress(event);
            if (!event.isFinished() || !event.task().startsWith("train epoch")) {
                return;
            }
            DecisionCounts decisions = network.takeTrainingDecisions();
            DfsEpochLog entry = new DfsEpochLog(stage, log.size() + 1, decisions.computationPercentage(),
                    costs.meanBitOps(decisions), network.takeMeanBudgetLoss(), decisions);
            log.add(entry);
            String task = "dfs " + stage.name().toLowerCase(Locale.ROOT) + " epoch " + entry.epoch();
            delegate.onProgress(new ProgressEvent(task, 1, 1, String.format(Locale.ROOT,
                    "cp %.1f%%, %.4g BitOPs per image, budget term %.4g", entry.cp(), entry.meanBitOps(),
                    entry.budgetLoss())));
        }
    }
}
