package dev.copse.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Which implementation {@link Kernels} selects, here and in JVMs started with and without the module. */
class KernelSelectionTest {

    /**
     * Surefire runs the kernel tests twice and tells each run, through {@code copse.kernels.expected},
     * which implementation it is meant to exercise, so a misconfigured build cannot test one path twice.
     * Outside Maven the property is absent and there is nothing to compare against.
     */
    @Test
    void activeImplementationIsTheOneThisTestRunExpects() {
        String expected = System.getProperty("copse.kernels.expected");
        assumeTrue(expected != null, "copse.kernels.expected is set by the Surefire executions in core/pom.xml");
        switch (expected) {
            case "vector" -> {
                assertTrue(Kernels.isVectorized(), "expected the Vector API kernels, got " + Kernels.name());
                assertTrue(Kernels.name().startsWith("vector ("), Kernels.name());
            }
            case "portable" -> {
                assertFalse(Kernels.isVectorized());
                assertEquals("portable", Kernels.name());
            }
            default -> throw new AssertionError("copse.kernels.expected must be vector or portable: " + expected);
        }
    }

    @Test
    void settingsResolveToTheirImplementation() {
        assertEquals("portable", Kernels.select(" Portable ").name());
        assertInstanceOf(VectorKernels.class, Kernels.select("vector"));
        assertInstanceOf(VectorKernels.class, Kernels.select("auto"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kernels.select("fast"));
        assertTrue(e.getMessage().contains("auto, portable or vector"), e.getMessage());
    }

    @Test
    void jvmWithoutTheModuleFallsBackUnderAutoAndRefusesUnderVector() throws Exception {
        assertEquals("portable", probe(false, "auto"));
        String refused = probe(false, "vector");
        assertTrue(refused.contains("--add-modules=jdk.incubator.vector"), refused);
        assertTrue(probe(true, "auto").startsWith("vector ("));
    }

    /** Runs {@link KernelsProbe} in a fresh JVM and returns its one line of output. */
    private static String probe(boolean withModule, String setting) throws IOException, InterruptedException,
            URISyntaxException {
        String classes = Path.of(Kernels.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String testClasses = Path.of(KernelsProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (withModule) {
            command.add("--add-modules=jdk.incubator.vector");
        }
        command.add("-Dcopse.kernels=" + setting);
        command.add("-cp");
        command.add(classes + java.io.File.pathSeparator + testClasses);
        command.add(KernelsProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
