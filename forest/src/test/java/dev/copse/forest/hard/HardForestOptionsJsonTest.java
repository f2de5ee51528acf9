package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonParser;
import dev.copse.core.json.JsonWriter;
import dev.copse.forest.hard.binning.BinningOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardForestOptionsJsonTest {

    private static final List<MaxFeatures> EVERY_RULE = List.of(MaxFeatures.sqrt(), MaxFeatures.log2(),
            MaxFeatures.all(), MaxFeatures.count(7), MaxFeatures.fraction(0.1), MaxFeatures.fraction(1));

    /** Through JSON text, as a model file stores it. */
    private static HardForestOptions roundTrip(HardForestOptions options) {
        String text = JsonWriter.compact(HardForestOptionsJson.toJson(options));
        return HardForestOptionsJson.fromJson(JsonParser.withDefaults().parse(text).asObject());
    }

    @Test
    void everyRuleAndFieldRoundTripsForBothForests() {
        RandomForest.Options rf = new RandomForest.Options(17, MaxFeatures.sqrt(), 9, 3, false, SplitCriterion.GINI,
                new BinningOptions(31, 1234), Long.MIN_VALUE + 5, 3);
        CompletelyRandomForest.Options crf = CompletelyRandomForest.Options.defaults().withSeed(-1L)
                .withBootstrap(true).withMaxDepth(HardForestOptions.UNLIMITED_DEPTH);
        for (MaxFeatures rule : EVERY_RULE) {
            assertEquals(rf.withMaxFeatures(rule), roundTrip(rf.withMaxFeatures(rule)));
            assertEquals(crf.withMaxFeatures(rule), roundTrip(crf.withMaxFeatures(rule)));
        }
    }

    @Test
    void layoutIsTheDocumentedOne() {
        RandomForest.Options options = RandomForest.Options.defaults().withMaxFeatures(MaxFeatures.fraction(0.25))
                .withThreads(4);
        assertEquals("{\"algorithm\":\"random-forest\",\"trees\":100,\"maxFeatures\":{\"rule\":\"fraction\","
                + "\"fraction\":0.25},\"maxDepth\":2147483647,\"minSamplesLeaf\":1,\"bootstrap\":true,"
                + "\"criterion\":\"GINI\",\"binning\":{\"maxBins\":255,\"sampleRows\":200000},\"seed\":1,"
                + "\"threads\":4}", JsonWriter.compact(HardForestOptionsJson.toJson(options)));
    }

    private static String problem(String json) {
        JsonObject object = JsonParser.withDefaults().parse(json).asObject();
        return assertThrows(IllegalArgumentException.class, () -> HardForestOptionsJson.fromJson(object))
                .getMessage();
    }

    /** The JSON of default options with {@code field} set to the JSON text {@code value}, or dropped if null. */
    private static String with(String field, String value) {
        JsonObject good = HardForestOptionsJson.toJson(RandomForest.Options.defaults().withThreads(2));
        JsonObject.Builder changed = JsonObject.builder();
        good.members().forEach((name, v) -> {
            if (!name.equals(field)) {
                changed.put(name, v);
            } else if (value != null) {
                changed.put(name, JsonParser.withDefaults().parse(value));
            }
        });
        return JsonWriter.compact(changed.build());
    }

    @Test
    void badFieldsAreNamed() {
        assertEquals("unknown algorithm 'gradient-boosting'; supported: random-forest, completely-random-forest",
                problem(with("algorithm", "\"gradient-boosting\"")));
        assertEquals("missing field 'seed'", problem(with("seed", null)));
        assertEquals("field 'trees' must be a whole number, got 2.5", problem(with("trees", "2.5")));
        assertEquals("field 'trees' must be a 32-bit whole number, got 4294967296",
                problem(with("trees", "4294967296")));
        assertEquals("field 'bootstrap' must be true or false, got \"yes\"", problem(with("bootstrap", "\"yes\"")));
        assertEquals("unknown maxFeatures rule 'half'; supported: sqrt, log2, all, count, fraction",
                problem(with("maxFeatures", "{\"rule\":\"half\"}")));
        assertEquals("missing field 'count'", problem(with("maxFeatures", "{\"rule\":\"count\"}")));
        assertEquals("unknown criterion 'ENTROPY'; supported: GINI", problem(with("criterion", "\"ENTROPY\"")));
        assertEquals("RandomForest.Options: trees must be >= 1, got 0", problem(with("trees", "0")));
        assertEquals("binning maxBins must be in [2, 255], got 256",
                problem(with("binning", "{\"maxBins\":256,\"sampleRows\":10}")));
    }
}
