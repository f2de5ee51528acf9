package dev.copse.examples.cli.model;

import dev.copse.core.data.Dataset;
import dev.copse.efficiency.cost.FlopConvention;
import dev.copse.efficiency.energy.EnergyTable;
import dev.copse.efficiency.model.CostedClassifier;
import dev.copse.efficiency.model.Evaluation;
import dev.copse.efficiency.report.ComplexityReport;
import dev.copse.efficiency.report.ComplexityRow;
import java.util.ArrayList;
import java.util.List;

/** The table {@code train} and {@code eval} print: one row per inference mode of a model on a test set. */
final class ModelReport {

    private ModelReport() {
    }

    /** Evaluates every mode of {@code model} on {@code test}; a Markdown table with a line on conventions. */
    static String evaluate(TrainedModel model, Dataset test) {
        List<ComplexityRow> rows = new ArrayList<>();
        for (CostedClassifier mode : model.modes()) {
            rows.add(Evaluation.of(mode, test, FlopConvention.MAC_IS_ONE_FLOP, EnergyTable.HOROWITZ_45NM).row());
        }
        return new ComplexityReport(rows).toMarkdown();
    }
}
