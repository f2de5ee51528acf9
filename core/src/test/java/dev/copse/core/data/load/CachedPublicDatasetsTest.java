package dev.copse.core.data.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copse.core.data.TrainTest;
import dev.copse.core.data.fetch.DatasetFetcher;
import dev.copse.core.data.fetch.PublicDataset;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The real MNIST and Fashion-MNIST, only when they are already in this machine's cache (never fetched
 * here, so the suite passes offline). Checks the well-known class counts of both.
 */
class CachedPublicDatasetsTest {

    private final DatasetFetcher fetcher = DatasetFetcher.standard();

    @Test
    void mnistHasItsKnownCounts() throws IOException {
        assumeTrue(fetcher.isCached(PublicDataset.MNIST), "MNIST is not in the cache");
        TrainTest mnist = new Datasets(fetcher).get("mnist", ProgressListener.none());
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
                mnist.train().classCounts());
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009},
                mnist.test().classCounts());
    }

    @Test
    void fashionMnistIsBalanced() throws IOException {
        assumeTrue(fetcher.isCached(PublicDataset.FASHION_MNIST), "Fashion-MNIST is not in the cache");
        TrainTest fashion = new Datasets(fetcher).get("fashion-mnist", ProgressListener.none());
        for (int c = 0; c < 10; c++) {
            assertEquals(6000, fashion.train().classCounts()[c]);
            assertEquals(1000, fashion.test().classCounts()[c]);
        }
        assertEquals("Ankle boot", fashion.train().classNames().get(9));
    }
}
