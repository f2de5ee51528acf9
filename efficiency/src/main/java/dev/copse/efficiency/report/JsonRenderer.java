package dev.copse.efficiency.report;

import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonNull;
import dev.copse.core.json.JsonNumber;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonValue;
import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.summary.CostMetric;
import dev.copse.efficiency.summary.Distribution;
import dev.copse.efficiency.summary.MeasuredLatency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link ComplexityReport} as JSON:
 *
 * <pre>
 * {"energy_table": "45 nm estimate", "flop_convention": "mac_is_one_flop", "percentiles": "nearest-rank",
 *  "models": [{"model", "accuracy", "parameters", "parameter_bytes", "worst_case_per_input": cost,
 *              "cost_kind", "inputs", "per_input": {metric key: distribution},
 *              "measured_latency_ns": null or {"inputs_per_measurement", distribution members}}]}
 * </pre>
 *
 * where a cost is {@code {"macs": [{"weight_bits", "activation_bits", "count"}], "other_flops",
 * "comparisons", "nonlinear", "parameter_bytes_read", "activation_bytes_moved"}} and a distribution is
 * {@code {"mean", "median", "p90", "p99", "max"}}. Whole numbers are written as integers.
 */
final class JsonRenderer {

    private JsonRenderer() {
    }

    static JsonObject render(ComplexityReport report) {
        List<JsonValue> models = new ArrayList<>();
        for (ComplexityRow row : report.rows()) {
            models.add(row(row));
        }
        return JsonObject.builder()
                .put("energy_table", report.energyLabel())
                .put("flop_convention", report.flopConvention().name().toLowerCase(Locale.ROOT))
                .put("percentiles", "nearest-rank")
                .put("models", new JsonArray(models))
                .build();
    }

    private static JsonObject row(ComplexityRow row) {
        JsonObject.Builder perInput = JsonObject.builder();
        for (CostMetric metric : CostMetric.values()) {
            perInput.put(metric.key(), distribution(JsonObject.builder(), row.cost().get(metric)));
        }
        return JsonObject.builder()
                .put("model", row.model())
                .put("accuracy", number(row.accuracy()))
                .put("parameters", row.staticCost().parameters())
                .put("parameter_bytes", row.staticCost().parameterBytes())
                .put("worst_case_per_input", cost(row.staticCost().worstCasePerInput()))
                .put("cost_kind", row.cost().kind().label())
                .put("inputs", row.cost().inputs())
                .put("per_input", perInput.build())
                .put("measured_latency_ns",
                        row.latency().<JsonValue>map(JsonRenderer::latency).orElse(JsonNull.INSTANCE))
                .build();
    }

    private static JsonObject latency(MeasuredLatency latency) {
        JsonObject.Builder out = JsonObject.builder().put("inputs_per_measurement", latency.inputsPerMeasurement());
        return distribution(out, latency.nanosPerInput());
    }

    private static JsonObject distribution(JsonObject.Builder out, Distribution d) {
        return out.put("mean", number(d.mean()))
                .put("median", number(d.median()))
                .put("p90", number(d.p90()))
                .put("p99", number(d.p99()))
                .put("max", number(d.max()))
                .build();
    }

    private static JsonObject cost(Cost cost) {
        List<JsonValue> macs = new ArrayList<>();
        for (Map.Entry<Bitwidths, Long> e : cost.macs().entrySet()) {
            macs.add(JsonObject.builder()
                    .put("weight_bits", e.getKey().weightBits())
                    .put("activation_bits", e.getKey().activationBits())
                    .put("count", e.getValue())
                    .build());
        }
        return JsonObject.builder()
                .put("macs", new JsonArray(macs))
                .put("other_flops", cost.otherFlops())
                .put("comparisons", cost.comparisons())
                .put("nonlinear", cost.nonlinear())
                .put("parameter_bytes_read", cost.parameterBytesRead())
                .put("activation_bytes_moved", cost.activationBytesMoved())
                .build();
    }

    /** Whole numbers below 2^53 as integers, anything else as the exact double. */
    private static JsonNumber number(double value) {
        return Quantities.isExactWhole(value) ? JsonNumber.of((long) value) : JsonNumber.of(value);
    }
}
