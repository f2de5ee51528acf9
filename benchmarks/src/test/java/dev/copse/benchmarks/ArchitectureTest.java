package dev.copse.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency arrows of docs/ARCHITECTURE.md, checked on the compiled main classes of every module.
 * It lives in {@code benchmarks} because that module sits on top and so sees all the others.
 * Rules about modules that hold no classes yet pass vacuously ({@code allowEmptyShould}).
 */
class ArchitectureTest {

    private static JavaClasses copse;

    @BeforeAll
    static void importCopse() {
        copse = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.copse");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(copse);
    }

    @Test
    void coreDependsOnNoOtherCopseModule() {
        check(noClasses().that().resideInAPackage("dev.copse.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.copse.efficiency..", "dev.copse.forest..", "dev.copse.cascade..",
                        "dev.copse.cnn..", "dev.copse.smile..", "dev.copse.examples..", "dev.copse.benchmarks.."));
    }

    @Test
    void efficiencyDependsOnlyOnCore() {
        check(noClasses().that().resideInAPackage("dev.copse.efficiency..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.copse.forest..", "dev.copse.cascade..", "dev.copse.cnn..",
                        "dev.copse.smile..", "dev.copse.examples..", "dev.copse.benchmarks.."));
    }

    @Test
    void forestNeverImportsCascadeOrCnn() {
        check(noClasses().that().resideInAPackage("dev.copse.forest..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.copse.cascade..", "dev.copse.cnn..", "dev.copse.smile.."));
    }

    @Test
    void cascadeNeverImportsCnnOrSmile() {
        check(noClasses().that().resideInAPackage("dev.copse.cascade..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.copse.cnn..", "dev.copse.smile.."));
    }

    @Test
    void dynamicCnnNeverImportsForestsOrCascades() {
        check(noClasses().that().resideInAPackage("dev.copse.cnn..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.copse.forest..", "dev.copse.cascade..", "dev.copse.smile.."));
    }

    @Test
    void nothingImportsExamples() {
        check(noClasses().that().resideOutsideOfPackages("dev.copse.examples..", "dev.copse.benchmarks..")
                .should().dependOnClassesThat().resideInAPackage("dev.copse.examples.."));
    }

    @Test
    void nothingImportsBenchmarks() {
        check(noClasses().that().resideOutsideOfPackage("dev.copse.benchmarks..")
                .should().dependOnClassesThat().resideInAPackage("dev.copse.benchmarks.."));
    }

    /** Smile is GPL-3.0: it may appear only in {@code smile} and the modules above it. */
    @Test
    void smileOnlyInsideTheSmileModuleAndAbove() {
        check(noClasses().that().resideOutsideOfPackages(
                        "dev.copse.smile..", "dev.copse.examples..", "dev.copse.benchmarks..")
                .and().resideInAPackage("dev.copse..")
                .should().dependOnClassesThat().resideInAPackage("smile.."));
    }

    /** Charts are drawn only by the command line: the libraries write tables, not pictures. */
    @Test
    void xchartOnlyInExamplesAndBenchmarks() {
        check(noClasses().that().resideOutsideOfPackages("dev.copse.examples..", "dev.copse.benchmarks..")
                .and().resideInAPackage("dev.copse..")
                .should().dependOnClassesThat().resideInAPackage("org.knowm.xchart.."));
    }
}
