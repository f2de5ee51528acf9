package dev.copse.efficiency.model;

import dev.copse.core.data.Dataset;
import dev.copse.efficiency.cost.CostKind;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.FlopConvention;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.efficiency.energy.EnergyTable;
import dev.copse.efficiency.report.ComplexityRow;
import dev.copse.efficiency.summary.CostSummary;
import dev.copse.efficiency.summary.MeasuredLatency;

/**
 * A classifier run over a labelled dataset, one row at a time: accuracy, the realised per-input cost
 * distribution, and the measured wall-clock time per input (single-threaded, row by row, so the latency
 * is what one request would see; batched throughput is the benchmark runner's business).
 *
 * @param model      the model's description
 * @param accuracy   fraction of rows whose most probable class is the label
 * @param staticCost what the model costs to hold, and its worst case per input
 * @param cost       realised cost per input
 * @param latency    measured nanoseconds per input
 */
public record Evaluation(String model, double accuracy, StaticCost staticCost, CostSummary cost,
                         MeasuredLatency latency) {

    /**
     * Evaluates {@code classifier} on every row of {@code data}, counting FLOPs by {@code flops} and energy by
     * {@code energy}.
     *
     * @throws IllegalArgumentException if the dataset's feature or class count does not fit the model
     */
    public static Evaluation of(CostedClassifier classifier, Dataset data, FlopConvention flops,
                                EnergyTable energy) {
        if (data.numFeatures() != classifier.numFeatures()) {
            throw new IllegalArgumentException("the model reads " + classifier.numFeatures()
                    + " features per row but the dataset has " + data.numFeatures());
        }
        if (data.numClasses() > classifier.numClasses()) {
            throw new IllegalArgumentException("the dataset has " + data.numClasses() + " classes but the model"
                    + " knows only " + classifier.numClasses());
        }
        int n = data.size();
        int d = data.numFeatures();
        int c = classifier.numClasses();
        float[] x = data.features();
        float[] probabilities = new float[c];
        long[] nanos = new long[n];
        CostLedger ledger = new CostLedger();
        CostSummary.Builder cost = CostSummary.builder(CostKind.REALISED, flops, energy);
        int correct = 0;
        for (int i = 0; i < n; i++) {
            ledger.reset();
            long start = System.nanoTime();
            classifier.predictProba(x, i * d, probabilities, 0, ledger);
            nanos[i] = System.nanoTime() - start;
            cost.add(ledger.snapshot());
            if (argmax(probabilities) == data.label(i)) {
                correct++;
            }
        }
        return new Evaluation(classifier.description(), (double) correct / n, classifier.staticCost(),
                cost.build(), MeasuredLatency.perInput(nanos));
    }

    /** This evaluation as one row of a {@link dev.copse.efficiency.report.ComplexityReport}. */
    public ComplexityRow row() {
        return ComplexityRow.of(model, accuracy, staticCost, cost, latency);
    }

    /** Index of the largest value; the first one on ties. */
    public static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
