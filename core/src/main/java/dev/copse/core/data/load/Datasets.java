package dev.copse.core.data.load;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.DatasetInfo;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.fetch.DatasetFetcher;
import dev.copse.core.data.fetch.PublicDataset;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point for loading a train/test pair by name or folder, as the CLI's {@code --data}
 * option does:
 * <ul>
 *   <li>{@code "default"}: the {@link DefaultDataset} embedded in Copse (no download);</li>
 *   <li>{@code "mnist"}, {@code "fashion-mnist"}: the {@link PublicDataset} from the cache, fetched on
 *       first use and verified on every load;</li>
 *   <li>anything else: a folder of IDX files, see {@link IdxFolder}.</li>
 * </ul>
 *
 * <p>Thread-safety: an instance holds only its (immutable) fetcher; loads may run concurrently.
 */
public final class Datasets {

    private final DatasetFetcher fetcher;

    public Datasets(DatasetFetcher fetcher) {
        if (fetcher == null) {
            throw new IllegalArgumentException("fetcher must not be null");
        }
        this.fetcher = fetcher;
    }

    /** Loads with {@link DatasetFetcher#standard()}: cache from the environment, tools from PATH. */
    public static TrainTest load(String nameOrFolder, ProgressListener listener) throws IOException {
        return new Datasets(DatasetFetcher.standard()).get(nameOrFolder, listener);
    }

    /** The names that are not folders: {@code default}, {@code mnist}, {@code fashion-mnist}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(DefaultDataset.NAME);
        PublicDataset.ALL.forEach(dataset -> names.add(dataset.name()));
        return List.copyOf(names);
    }

    /**
     * Loads the train/test pair called {@code nameOrFolder}.
     *
     * @throws DataFileException if the name is unknown and no such folder exists, or a file is missing,
     *                           malformed or has the wrong hash
     * @throws dev.copse.core.data.fetch.DataFetchException if a needed fetch cannot run
     * @throws IOException       if reading or writing the cache fails
     */
    public TrainTest get(String nameOrFolder, ProgressListener listener) throws IOException {
        if (nameOrFolder == null || nameOrFolder.isBlank()) {
            throw new IllegalArgumentException("dataset name or folder must not be empty; known names: "
                    + String.join(", ", names()));
        }
        if (nameOrFolder.equals(DefaultDataset.NAME)) {
            return DefaultDataset.load(listener);
        }
        Optional<PublicDataset> known = PublicDataset.byName(nameOrFolder);
        if (known.isPresent()) {
            PublicDataset dataset = known.get();
            Path folder = fetcher.ensure(dataset, listener);
            return IdxFolder.load(folder, dataset.classNames(), dataset.name(), listener);
        }
        Path folder = Path.of(nameOrFolder);
        if (!Files.isDirectory(folder)) {
            throw new DataFileException(nameOrFolder, "is neither a dataset name (" + String.join(", ", names())
                    + ") nor an existing folder of IDX files");
        }
        return IdxFolder.load(folder, nameOrFolder, listener);
    }

    /** Loads {@code nameOrFolder} as {@link #get} does and summarises it. */
    public DatasetInfo info(String nameOrFolder, ProgressListener listener) throws IOException {
        return DatasetInfo.of(nameOrFolder, get(nameOrFolder, listener));
    }
}
