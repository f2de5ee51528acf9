package dev.copse.benchmarks.runner;

import java.util.List;

/** The scenarios the runner knows, in the order {@code run.sh list} shows them. Stateless. */
public final class ScenarioCatalog {

    private static final List<Scenario> SCENARIOS = List.of(new GemmScenario(), new JmhGemmScenario(),
            new ResnetScenario(ResnetScenario.FULL), new ResnetScenario(ResnetScenario.QUICK),
            new CascadeScenario(false), new CascadeScenario(true), new TabularScenario(false),
            new TabularScenario(true), SoftForestScenario.MNIST, SoftForestScenario.FASHION_MNIST,
            SoftForestScenario.QUICK);

    private ScenarioCatalog() {
    }

    public static List<Scenario> all() {
        return SCENARIOS;
    }

    /** The scenario called {@code name}; throws listing the known names when there is none. */
    public static Scenario named(String name) {
        for (Scenario scenario : SCENARIOS) {
            if (scenario.name().equals(name)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "'; known scenarios: "
                + String.join(", ", SCENARIOS.stream().map(Scenario::name).toList()));
    }
}
