package dev.copse.core.data.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.idx.IdxFixtures;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFolderTest {

    @TempDir
    Path dir;

    @Test
    void loadsRawAndGzippedFoldersAlike() throws IOException {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Path gz = Files.createDirectories(dir.resolve("gz"));
        IdxFixtures.writeFolder(raw, false);
        IdxFixtures.writeFolder(gz, true);
        TrainTest a = IdxFolder.load(raw, "raw", ProgressListener.none());
        TrainTest b = IdxFolder.load(gz, "gz", ProgressListener.none());
        assertArrayEquals(a.train().features(), b.train().features());
        assertArrayEquals(new int[] {2, 1, 0}, b.test().labels());
        assertEquals(List.of("0", "1", "2"), a.train().classNames(), "classes numbered up to the largest label");
        assertEquals(new ImageShape(1, 2, 3), a.test().imageShape().orElseThrow());
        assertEquals("gz train", b.train().provenance().source());
        assertEquals(a.train().provenance().sha256(), b.train().provenance().sha256());
    }

    @Test
    void missingFilesAreListedWithTheNamesLookedFor() throws IOException {
        IdxFixtures.writeFolder(dir, false);
        Files.delete(dir.resolve("t10k-images-idx3-ubyte"));
        Files.delete(dir.resolve("train-labels-idx1-ubyte"));
        var e = assertThrows(DataFileException.class, () -> IdxFolder.load(dir, "x", ProgressListener.none()));
        assertEquals(dir.toString(), e.file());
        assertTrue(e.getMessage().contains("lacks train-labels-idx1-ubyte (or train-labels-idx1-ubyte.gz), "
                + "t10k-images-idx3-ubyte (or t10k-images-idx3-ubyte.gz)"), e.getMessage());
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte, train-labels-idx1-ubyte, "
                + "t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte"), e.getMessage());
    }

    @Test
    void rawAndGzippedTwinIsAmbiguous() throws IOException {
        IdxFixtures.writeFolder(dir, false);
        Files.copy(dir.resolve("train-images-idx3-ubyte"), dir.resolve("train-images-idx3-ubyte.gz"));
        var e = assertThrows(DataFileException.class, () -> IdxFolder.locate(dir));
        assertTrue(e.getMessage().contains("both train-images-idx3-ubyte and train-images-idx3-ubyte.gz"),
                e.getMessage());
    }

    @Test
    void notAFolder() {
        var e = assertThrows(DataFileException.class, () -> IdxFolder.locate(dir.resolve("absent")));
        assertTrue(e.getMessage().contains("absent: is not a folder"), e.getMessage());
    }

    @Test
    void givenClassNamesBoundTheLabels() throws IOException {
        IdxFixtures.writeFolder(dir, true);
        var e = assertThrows(DataFileException.class,
                () -> IdxFolder.load(dir, List.of("a", "b"), "x", ProgressListener.none()));
        assertTrue(e.getMessage().contains("train-labels-idx1-ubyte.gz: label 2 at item 2"), e.getMessage());
    }
}
