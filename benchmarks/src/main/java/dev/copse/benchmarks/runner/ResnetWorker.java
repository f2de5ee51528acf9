package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Json;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.model.ResNet;
import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.cnn.model.SampleParallelInference;
import dev.copse.cnn.train.CnnTrainer;
import dev.copse.cnn.train.OptimizerSettings;
import dev.copse.cnn.train.ScheduleSettings;
import dev.copse.cnn.train.TrainingOptions;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.kernel.Kernels;
import dev.copse.core.parallel.WorkerPool;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The Copse side of the {@code resnet} scenario, run by {@link ResnetScenario} in a JVM of its own; the
 * twin of {@code benchmarks/peers/resnet_torch.py} (same network, data, optimizer, batch and timing).
 * Trains ResNet-8 (16/32/64) with Adam 1e-3 through {@link CnnTrainer}, then times inference at batch 1
 * (one network, {@link Mode#EVAL}) and batch 256 ({@link SampleParallelInference}, what
 * {@link ResNetModel#predict} runs) by the {@link RepetitionScheme}. Prints one {@link WorkerOutput}.
 *
 * <p>Training is timed from the trainer's progress events, one every {@code --chunk-steps} steps: each
 * sample is the mean seconds per step between two events, the first (warm-up) chunk dropped.
 *
 * <p>Arguments: {@code --data <name|folder> --epochs N --train-rows N --test-rows N --batch-size N
 * --chunk-steps N --warmups N --repeats N --min-sample-ms N} (rows 0: all).
 */
public final class ResnetWorker {

    private static final long SEED = 1;

    private ResnetWorker() {
    }

    public static void main(String[] args) throws IOException {
        try {
            System.out.println(measure(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("ResnetWorker: " + e.getMessage());
            System.exit(2);
        }
    }

    static String measure(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args, Set.of("data", "epochs", "train-rows", "test-rows", "batch-size",
                "chunk-steps", "warmups", "repeats", "min-sample-ms"), Set.of());
        RepetitionScheme scheme = new RepetitionScheme((int) arguments.requiredLong("warmups"),
                (int) arguments.requiredLong("repeats"), arguments.requiredLong("min-sample-ms"));
        int chunkSteps = (int) arguments.requiredLong("chunk-steps");
        TrainTest data = Datasets.load(arguments.required("data"), ProgressListener.none());
        Dataset train = firstRows(data.train(), (int) arguments.requiredLong("train-rows"));
        Dataset test = firstRows(data.test(), (int) arguments.requiredLong("test-rows"));
        int epochs = (int) arguments.requiredLong("epochs");
        ResNetSpec spec = ResNetSpec.builder().depth(8).widths(16, 32, 64).inputShape(1, 28, 28)
                .classes(Math.max(train.numClasses(), test.numClasses())).build();
        TrainingOptions options = TrainingOptions.builder().epochs(epochs)
                .batchSize((int) arguments.requiredLong("batch-size"))
                .optimizer(OptimizerSettings.adam(1e-3, 0)).schedule(ScheduleSettings.constant())
                .seed(SEED).progressEvery(chunkSteps).build();
        StepClock clock = new StepClock();
        ResNetModel model = CnnTrainer.train(spec, train, options, clock);
        double accuracy = model.accuracy(test);

        ResNet network = model.newNetwork();
        int d = test.numFeatures();
        float[] one = new float[d];
        System.arraycopy(test.features(), 0, one, 0, d);
        float[] batch = new float[256 * d];
        for (int n = 0; n < 256; n++) {
            System.arraycopy(test.features(), (n % test.size()) * d, batch, n * d, d);
        }
        double[] single = scheme.measure(() -> network.forward(one, 1, Mode.EVAL));
        SampleParallelInference inference = new SampleParallelInference(network);
        double[] many = scheme.measure(() -> inference.logits(batch, 256));

        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("copse kernel", Kernels.name());
        facts.put("threads", Integer.toString(WorkerPool.shared().threads()));
        facts.put("training images", Integer.toString(train.size()));
        facts.put("test images", Integer.toString(test.size()));
        facts.put("epochs", Integer.toString(epochs));
        facts.put("test accuracy", String.format(Locale.ROOT, "%.2f %%", 100 * accuracy));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("implementation", "copse");
        output.put("peakRssBytes", ProcessMemory.peakResidentBytes());
        output.put("facts", facts);
        output.put("cases", List.of(timing("train", clock.secondsPerStep()), timing("infer-b1", single),
                timing("infer-b256", many)));
        return Json.write(output);
    }

    private static Dataset firstRows(Dataset data, int rows) {
        if (rows <= 0 || rows >= data.size()) {
            return data;
        }
        return data.subset(IntStream.range(0, rows).toArray());
    }

    private static Map<String, Object> timing(String id, double[] seconds) {
        List<Object> samples = new ArrayList<>();
        for (double s : seconds) {
            samples.add(s);
        }
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("id", id);
        timing.put("flops", 0.0);
        timing.put("seconds", samples);
        return timing;
    }

    /** Turns the trainer's progress events into seconds per step between consecutive events. */
    private static final class StepClock implements ProgressListener {
        private final List<Double> chunks = new ArrayList<>();
        private long lastNanos = System.nanoTime();
        private long lastStep;
        private long epochBase;

        @Override
        public void onProgress(ProgressEvent event) {
            long now = System.nanoTime();
            long step = epochBase + event.done();
            if (step > lastStep) {
                chunks.add((now - lastNanos) / 1e9 / (step - lastStep));
            }
            lastNanos = now;
            lastStep = step;
            if (event.done() == event.total()) {
                epochBase += event.total();
            }
        }

        double[] secondsPerStep() {
            if (chunks.size() < 2) {
                throw new IllegalStateException("training made " + chunks.size() + " timed chunks; need at least "
                        + "two (the first is warm-up): use more rows or fewer --chunk-steps");
            }
            return chunks.subList(1, chunks.size()).stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
