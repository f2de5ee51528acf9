package dev.copse.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.modelfile.ModelFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL, no shutdown hooks) while it saves a model never leaves a half-written model
 * under the final name: what is there afterwards is a complete model that loads and verifies.
 */
class KillDuringSaveTest {

    private static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesTheLastCompleteModel() throws Exception {
        for (int kill = 0; kill < KILLS; kill++) {
            Path target = dir.resolve("model-" + kill + ".copse");
            Process writer = startSaveLoop(target);
            try {
                awaitFirstSave(writer);
                awaitHalfWrittenTemporary(target, writer);
            } finally {
                writer.destroyForcibly();
                writer.waitFor(30, TimeUnit.SECONDS);
            }
            assertTrue(Files.exists(target), "the first complete model is still there");
            ModelFile model = ModelFile.read(target);
            int round = (int) model.header().get("round").asNumber().longValueExact();
            float[] values = model.floats("values", model.shape("values"));
            if (round == 1) {
                assertEquals(3, values.length);
            } else {
                assertEquals(SaveLoop.LARGE, values.length);
                assertEquals(round, values[values.length - 1], "the model is whole, up to its last value");
            }
        }
    }

    private static Process startSaveLoop(Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static void awaitFirstSave(Process writer) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("first model saved", line, "the save loop did not start");
    }

    /** Waits until a temporary file of the target exists with some, but not all, of a large model's bytes. */
    private void awaitHalfWrittenTemporary(Path target, Process writer) throws Exception {
        String prefix = "." + target.getFileName() + ".";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(writer.isAlive(), "the save loop ended by itself");
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> temporaries = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
                for (Path temporary : temporaries) {
                    long size = sizeOrZero(temporary);
                    if (size > 0 && size < 4L * SaveLoop.LARGE) {
                        return;
                    }
                }
            }
            Thread.sleep(1);
        }
        throw new AssertionError("never saw a half-written temporary file of " + target);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException renamedOrRemoved) {
            return 0;
        }
    }
}
