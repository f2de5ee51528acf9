package dev.copse.efficiency.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonParser;
import dev.copse.core.json.JsonValue;
import dev.copse.core.json.JsonWriter;
import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostKind;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.FlopConvention;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.efficiency.energy.EnergyTable;
import dev.copse.efficiency.summary.CostSummary;
import dev.copse.efficiency.summary.MeasuredLatency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A two-model report checked character by character. The energy table uses powers of two so every figure
 * is exact: fp32 MAC 4 + 1 = 5 pJ, int8 MAC 0.25 + 0.25 = 0.5 pJ, comparison (int32 add) 0.5 pJ,
 * sigmoid 10 fp32 MACs = 50 pJ, parameter byte 8 / 4 = 2 pJ, activation byte 4 / 4 = 1 pJ.
 */
class ComplexityReportTest {

    private static final EnergyTable TABLE = new EnergyTable("dyadic test table", 4, 1, 2, 0.5, 0.25, 0.25, 4, 8);
    private static final String HARD = "hard \"axis\" forest, d=8";

    private static Cost forestInput(long macs) {
        CostLedger ledger = new CostLedger();
        ledger.addMacs(macs, Bitwidths.FP32);
        ledger.addNonlinear(10);
        ledger.addParameterBytesRead(400);
        return ledger.snapshot();
    }

    private static Cost hardInput(long int8Macs, long comparisons) {
        CostLedger ledger = new CostLedger();
        ledger.addMacs(int8Macs, 8, 8);
        ledger.addComparisons(comparisons);
        return ledger.snapshot();
    }

    /**
     * Soft forest, 4 inputs with {1000, 2000, 2000, 3000} fp32 MACs, 10 sigmoids and 400 parameter bytes each:
     * MACs mean 2000, p99 (rank 4) 3000; BitOPs mean 2000 * 1024 = 2,048,000; energy per input
     * 5 m + 500 + 800 = {6300, 11300, 11300, 16300} pJ, mean 11,300 pJ; latency {1000, 2000, 3000, 6000} ns,
     * mean 3000 ns.
     * Hard forest, 2 inputs with {100, 300} int8 MACs and {8, 6} comparisons: MACs mean 200, p99 (rank 2) 300;
     * BitOPs 200 * 64 = 12,800; comparisons mean 7; energy {50 + 4, 150 + 3} = {54, 153} pJ, mean 103.5 pJ.
     */
    private static ComplexityReport report() {
        List<Cost> soft = List.of(forestInput(1000), forestInput(2000), forestInput(2000), forestInput(3000));
        List<Cost> hard = List.of(hardInput(100, 8), hardInput(300, 6));
        ComplexityRow softRow = ComplexityRow.of("soft-forest", 0.9751,
                new StaticCost(100, 400, forestInput(3000)),
                CostSummary.of(CostKind.REALISED, soft, FlopConvention.MAC_IS_ONE_FLOP, TABLE),
                MeasuredLatency.perInput(1000, 2000, 3000, 6000));
        ComplexityRow hardRow = ComplexityRow.of(HARD, 0.9,
                new StaticCost(2_500_000, 2_500_000, hardInput(300, 8)),
                CostSummary.of(CostKind.REALISED, hard, FlopConvention.MAC_IS_ONE_FLOP, TABLE));
        return ComplexityReport.of(softRow, hardRow);
    }

    @Test
    void markdownIsExact() {
        String expected = """
                | Model | Accuracy | Params | Cost kind | MACs mean | MACs p99 | BitOPs mean | Comparisons mean \
                | Energy mean (dyadic test table) | Latency mean (measured) |
                |:---|---:|---:|:---|---:|---:|---:|---:|---:|---:|
                | soft-forest | 97.51 % | 100 | realised | 2 k | 3 k | 2.05 M | 0 | 11.3 nJ | 3 \u00b5s |
                | hard "axis" forest, d=8 | 90.00 % | 2.5 M | realised | 200 | 300 | 12.8 k | 7 | 104 pJ | \u2014 |
                """;
        assertEquals(expected, report().toMarkdown());
    }

    @Test
    void csvIsExactAndParsesBack() {
        String expected = "model,accuracy,parameters,parameter_bytes,cost_kind,inputs,macs_mean,macs_p99,bitops_mean,"
                + "comparisons_mean,energy_mean_pj,energy_table,latency_mean_ns\r\n"
                + "soft-forest,0.9751,100,400,realised,4,2000,3000,2048000,0,11300,dyadic test table,3000\r\n"
                + "\"hard \"\"axis\"\" forest, d=8\",0.9,2500000,2500000,realised,2,200,300,12800,7,103.5,"
                + "dyadic test table,\r\n";
        String csv = report().toCsv();
        assertEquals(expected, csv);
        List<List<String>> records = parseCsv(csv);
        assertEquals(3, records.size());
        assertEquals(CsvRenderer.HEADER, records.get(0));
        assertEquals(List.of(HARD, "0.9", "2500000", "2500000", "realised", "2", "200", "300", "12800", "7", "103.5",
                "dyadic test table", ""), records.get(2));
        assertEquals(11_300, Double.parseDouble(records.get(1).get(10)));
    }

    @Test
    void jsonParsesBackWithEveryFigure() {
        String text = JsonWriter.pretty(report().toJson());
        JsonObject json = JsonParser.withDefaults().parse(text).asObject();
        assertEquals("dyadic test table", json.get("energy_table").asString());
        assertEquals("mac_is_one_flop", json.get("flop_convention").asString());
        assertEquals("nearest-rank", json.get("percentiles").asString());
        List<JsonValue> models = json.get("models").asArray().items();
        assertEquals(2, models.size());

        JsonObject soft = models.get(0).asObject();
        assertEquals("soft-forest", soft.get("model").asString());
        assertEquals(0.9751, soft.get("accuracy").asNumber().doubleValue());
        assertEquals(100, soft.get("parameters").asNumber().longValueExact());
        assertEquals("realised", soft.get("cost_kind").asString());
        assertEquals(4, soft.get("inputs").asNumber().longValueExact());
        JsonObject macs = soft.get("per_input").asObject().get("macs").asObject();
        assertEquals(List.of("mean", "median", "p90", "p99", "max"), List.copyOf(macs.members().keySet()));
        assertEquals(2000, macs.get("mean").asNumber().longValueExact());
        assertEquals(2000, macs.get("median").asNumber().longValueExact());
        assertEquals(3000, macs.get("p99").asNumber().longValueExact());
        assertEquals(11_300, soft.get("per_input").asObject().get("energy_pj").asObject().get("mean")
                .asNumber().longValueExact());
        assertEquals(2_048_000, soft.get("per_input").asObject().get("bitops").asObject().get("mean")
                .asNumber().longValueExact());
        JsonObject latency = soft.get("measured_latency_ns").asObject();
        assertEquals(1, latency.get("inputs_per_measurement").asNumber().longValueExact());
        assertEquals(3000, latency.get("mean").asNumber().longValueExact());
        assertEquals(6000, latency.get("max").asNumber().longValueExact());
        JsonObject worst = soft.get("worst_case_per_input").asObject();
        JsonObject worstMacs = worst.get("macs").asArray().get(0).asObject();
        assertEquals(32, worstMacs.get("weight_bits").asNumber().longValueExact());
        assertEquals(3000, worstMacs.get("count").asNumber().longValueExact());
        assertEquals(10, worst.get("nonlinear").asNumber().longValueExact());
        assertEquals(400, worst.get("parameter_bytes_read").asNumber().longValueExact());

        JsonObject hard = models.get(1).asObject();
        assertEquals(HARD, hard.get("model").asString());
        assertTrue(hard.get("measured_latency_ns").isNull());
        assertEquals(103.5, hard.get("per_input").asObject().get("energy_pj").asObject().get("mean")
                .asNumber().doubleValue());
        assertEquals(7.0, hard.get("per_input").asObject().get("comparisons").asObject().get("mean")
                .asNumber().doubleValue());
        assertEquals(8, hard.get("per_input").asObject().get("comparisons").asObject().get("max")
                .asNumber().longValueExact());
    }

    @Test
    void defaultTableLabelHeadsTheEnergyColumnAndPipesAreEscaped() {
        CostSummary cost = CostSummary.of(CostKind.EXPECTED, List.of(forestInput(1_806_336)),
                FlopConvention.MAC_IS_ONE_FLOP, EnergyTable.HOROWITZ_45NM);
        String markdown = ComplexityReport.of(ComplexityRow.of("a|b", 1, new StaticCost(0, 0, Cost.ZERO), cost))
                .toMarkdown();
        assertTrue(markdown.contains("| Energy mean (45 nm estimate) |"), markdown);
        // 1,806,336 MACs -> "1.81 M"; energy 1,806,336 * 4.6 + 10 * 46 + 400 * 160 = 8,373,605.6 pJ -> "8.37 µJ".
        assertTrue(markdown.contains("| a\\|b | 100.00 % | 0 | expected | 1.81 M | 1.81 M |"), markdown);
        assertTrue(markdown.contains("| 8.37 \u00b5J |"), markdown);
    }

    @Test
    void rowsMustBeComparable() {
        CostSummary a = CostSummary.of(CostKind.REALISED, List.of(Cost.ZERO), FlopConvention.MAC_IS_ONE_FLOP, TABLE);
        CostSummary b = CostSummary.of(CostKind.REALISED, List.of(Cost.ZERO), FlopConvention.MAC_IS_ONE_FLOP,
                EnergyTable.HOROWITZ_45NM);
        CostSummary c = CostSummary.of(CostKind.REALISED, List.of(Cost.ZERO), FlopConvention.MAC_IS_TWO_FLOPS, TABLE);
        StaticCost none = new StaticCost(0, 0, Cost.ZERO);
        assertThrows(IllegalArgumentException.class,
                () -> ComplexityReport.of(ComplexityRow.of("x", 0.5, none, a), ComplexityRow.of("y", 0.5, none, b)));
        assertThrows(IllegalArgumentException.class,
                () -> ComplexityReport.of(ComplexityRow.of("x", 0.5, none, a), ComplexityRow.of("y", 0.5, none, c)));
        assertThrows(IllegalArgumentException.class,
                () -> ComplexityReport.of(ComplexityRow.of("x", 0.5, none, a), ComplexityRow.of("x", 0.5, none, a)));
        assertThrows(IllegalArgumentException.class, ComplexityReport::of);
        assertThrows(IllegalArgumentException.class, () -> ComplexityRow.of("x", 1.5, none, a));
        assertThrows(IllegalArgumentException.class, () -> ComplexityRow.of("two\nlines", 0.5, none, a));
    }

    @Test
    void humanNumbers() {
        assertEquals("1.81 M", Quantities.count(1_806_336));
        assertEquals("999", Quantities.count(999));
        // 999.7 rounds to three digits as 1000, which moves up a prefix.
        assertEquals("1 k", Quantities.count(999.7));
        assertEquals("0.5", Quantities.count(0.5));
        assertEquals("12.3 \u00b5s", Quantities.si(12_345, -9, "s"));
        assertEquals("1.2 s", Quantities.si(1_200_000_000, -9, "s"));
        // 103.5 pJ rounds half up in decimal, not from the binary neighbour of 1.035e-10.
        assertEquals("104 pJ", Quantities.si(103.5, -12, "J"));
        assertEquals("0 J", Quantities.si(0, -12, "J"));
        assertEquals("1806336", Quantities.plain(1_806_336));
        assertEquals("18063360000000000000000", Quantities.plain(1.806336e22));
        assertEquals("0.0001", Quantities.plain(1e-4));
    }

    /** A strict RFC 4180 reader for the test: CRLF records, quoted fields with doubled quotes. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (!(text.charAt(i) == '"' && (i + 1 == text.length() || text.charAt(i + 1) != '"'))) {
                    field.append(text.charAt(i));
                    i += text.charAt(i) == '"' ? 2 : 1;
                }
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                assertEquals('\n', text.charAt(i + 1), "records end with CRLF");
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertTrue(c != '"' && c != '\n', "bare quote or LF at " + i);
                field.append(c);
                i++;
            }
        }
        assertTrue(record.isEmpty() && field.isEmpty(), "text ends with a complete record");
        return records;
    }
}
