package dev.copse.core.data.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataCacheTest {

    @Test
    void copseDataWinsOverEverything() {
        DataCache cache = DataCache.resolve(Map.of("COPSE_DATA", "/data/copse", "XDG_CACHE_HOME", "/xdg"), "/home/u");
        assertEquals(Path.of("/data/copse"), cache.root());
    }

    @Test
    void xdgCacheHomeWhenAbsolute() {
        assertEquals(Path.of("/xdg/copse"), DataCache.resolve(Map.of("XDG_CACHE_HOME", "/xdg"), "/home/u").root());
        assertEquals(Path.of("/xdg/copse"),
                DataCache.resolve(Map.of("COPSE_DATA", "  ", "XDG_CACHE_HOME", "/xdg"), "/home/u").root());
    }

    @Test
    void homeCacheWhenXdgIsUnsetEmptyOrRelative() {
        Path home = Path.of("/home/u/.cache/copse");
        assertEquals(home, DataCache.resolve(Map.of(), "/home/u").root());
        assertEquals(home, DataCache.resolve(Map.of("XDG_CACHE_HOME", ""), "/home/u").root());
        assertEquals(home, DataCache.resolve(Map.of("XDG_CACHE_HOME", "relative/cache"), "/home/u").root());
    }

    @Test
    void unknownHomeAsksForCopseData() {
        var e = assertThrows(IllegalStateException.class, () -> DataCache.resolve(Map.of(), null));
        assertTrue(e.getMessage().contains("COPSE_DATA"), e.getMessage());
    }

    @Test
    void eachDatasetHasItsOwnFolder() {
        DataCache cache = new DataCache(Path.of("/c"));
        assertEquals(Path.of("/c/mnist"), cache.folder(PublicDataset.MNIST));
        assertEquals(Path.of("/c/fashion-mnist"), cache.folder(PublicDataset.FASHION_MNIST));
    }

    @Test
    void knownDatasetsHaveTheirClassesAndFiles() {
        assertEquals(PublicDataset.MNIST, PublicDataset.byName("mnist").orElseThrow());
        assertEquals("Ankle boot", PublicDataset.byName("fashion-mnist").orElseThrow().classNames().get(9));
        assertEquals("T-shirt/top", PublicDataset.FASHION_MNIST.classNames().get(0));
        assertEquals(10, PublicDataset.MNIST.classNames().size());
        assertTrue(PublicDataset.byName("cifar").isEmpty());
        assertEquals("t10k-labels-idx1-ubyte.gz", PublicDataset.FASHION_MNIST.files().get(3).name());
    }
}
