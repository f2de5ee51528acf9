package dev.copse.core.data.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.DatasetInfo;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.fetch.DataCache;
import dev.copse.core.data.fetch.DataFetchException;
import dev.copse.core.data.fetch.DatasetFetcher;
import dev.copse.core.data.fetch.ExternalTools;
import dev.copse.core.data.idx.IdxFixtures;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {

    @TempDir
    Path dir;

    private Datasets offline() {
        String none = "copse-test-no-such-tool";
        return new Datasets(new DatasetFetcher(new DataCache(dir.resolve("cache")),
                new ExternalTools(none, none, none, none)));
    }

    @Test
    void knowsItsNames() {
        assertEquals(List.of("default", "mnist", "fashion-mnist"), Datasets.names());
    }

    @Test
    void loadsAFolderByPath() throws IOException {
        IdxFixtures.writeFolder(dir, true);
        TrainTest data = offline().get(dir.toString(), ProgressListener.none());
        assertEquals(6, data.train().size());
        DatasetInfo info = offline().info(dir.toString(), ProgressListener.none());
        assertEquals(List.of(2, 2, 2), info.train().classCounts());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        var e = assertThrows(DataFileException.class, () -> offline().get("cifar", ProgressListener.none()));
        assertTrue(e.getMessage().startsWith("cifar: is neither a dataset name (default, mnist, fashion-mnist)"),
                e.getMessage());
    }

    @Test
    void publicNamesGoThroughTheFetcher() {
        var e = assertThrows(DataFetchException.class, () -> offline().get("mnist", ProgressListener.none()));
        assertTrue(e.getMessage().contains("npm"), e.getMessage());
    }

    @Test
    void defaultNeedsNoFetcher() throws IOException {
        assertEquals(6000, offline().get("default", ProgressListener.none()).train().size());
    }
}
