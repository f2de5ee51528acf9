package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copse.benchmarks.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonPeersTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void installAdviceIsACommandToPaste() {
        LinkedHashSet<String> packages = new LinkedHashSet<>(List.of("python3-numpy", "python3-threadpoolctl"));
        assertEquals("sudo apt-get update && sudo apt-get install -y python3-numpy python3-threadpoolctl",
                PythonPeers.installCommand(packages, false));
        assertEquals("apt-get update && apt-get install -y python3-numpy python3-threadpoolctl",
                PythonPeers.installCommand(packages, true));
    }

    @Test
    void coretypeMustBeOneWord() {
        assertThrows(IllegalArgumentException.class,
                () -> PythonPeers.debian(Optional.of("SkylakeX; rm -rf /")));
        assertEquals("OPENBLAS_CORETYPE=Haswell (forced with --openblas-coretype)",
                PythonPeers.debian(Optional.of("Haswell")).describeCoretype());
    }

    @Test
    void peersRunWithoutTheOpenBlasOverridesAndWithPinnedThreads(@TempDir Path scripts) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "needs Debian's /usr/bin/python3");
        Files.writeString(scripts.resolve("env.py"), """
                import json, os, sys
                keys = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"]
                print(json.dumps({k: os.environ.get(k, "unset") for k in keys} | {"args": " ".join(sys.argv[1:])}))
                """);
        assertEquals(Map.of("OPENBLAS_CORETYPE", "unset", "OPENBLAS_L2_SIZE", "unset", "OPENBLAS_NUM_THREADS", "2",
                        "OMP_NUM_THREADS", "2", "args", "--x 1"),
                environmentSeenBy(new PythonPeers(PYTHON, scripts, Optional.empty())));
        assertEquals("SkylakeX",
                environmentSeenBy(new PythonPeers(PYTHON, scripts, Optional.of("SkylakeX"))).get("OPENBLAS_CORETYPE"));
    }

    private static Map<?, ?> environmentSeenBy(PythonPeers peers) throws IOException, InterruptedException {
        String output = peers.run("env.py", List.of("--x", "1"), 2, "env probe");
        return (Map<?, ?>) Json.parse(output.strip(), "env probe");
    }

    @Test
    void aMissingScriptSaysWhereItLooked(@TempDir Path scripts) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PythonPeers(PYTHON, scripts, Optional.empty()).run("absent.py", List.of(), 2, "absent"));
        assertEquals("peer script " + scripts.resolve("absent.py").toAbsolutePath() + " does not exist; run the runner "
                + "from the repository root (benchmarks/run.sh does)", e.getMessage());
    }
}
