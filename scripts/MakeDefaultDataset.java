import dev.copse.core.data.Dataset;
import dev.copse.core.data.Sha256;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.idx.IdxDatasets;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.data.load.DefaultDataset;
import dev.copse.core.data.load.IdxFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes Copse's embedded default dataset: a stratified sample of 6,000 MNIST training images and 1,000
 * MNIST test images (seed DefaultDataset.SEED), written as gzipped IDX files. Fetches MNIST into the
 * Copse cache first if it is not there. Run it through scripts/make-default-dataset.sh.
 *
 * Usage: java -cp core/target/classes scripts/MakeDefaultDataset.java [output folder]
 */
public class MakeDefaultDataset {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "core/src/main/resources/dev/copse/core/data/default");
        Files.createDirectories(out);
        TrainTest mnist = Datasets.load("mnist", event -> {
            if (event.isFinished() || event.done() == 0) {
                System.err.println(event.task() + ": " + event.done() + "/" + event.total() + " " + event.detail());
            }
        });
        Dataset train = mnist.train().stratifiedSample(DefaultDataset.TRAIN_SIZE, DefaultDataset.SEED);
        Dataset test = mnist.test().stratifiedSample(DefaultDataset.TEST_SIZE, DefaultDataset.SEED);
        IdxDatasets.writeGzip(train, out.resolve(IdxFolder.TRAIN_IMAGES + ".gz"),
                out.resolve(IdxFolder.TRAIN_LABELS + ".gz"));
        IdxDatasets.writeGzip(test, out.resolve(IdxFolder.TEST_IMAGES + ".gz"),
                out.resolve(IdxFolder.TEST_LABELS + ".gz"));

        List<String> names = List.of(IdxFolder.TRAIN_IMAGES, IdxFolder.TRAIN_LABELS, IdxFolder.TEST_IMAGES,
                IdxFolder.TEST_LABELS);
        List<String> recorded = List.of(DefaultDataset.TRAIN_IMAGES_SHA256, DefaultDataset.TRAIN_LABELS_SHA256,
                DefaultDataset.TEST_IMAGES_SHA256, DefaultDataset.TEST_LABELS_SHA256);
        long totalBytes = 0;
        boolean allMatch = true;
        for (int i = 0; i < names.size(); i++) {
            Path file = out.resolve(names.get(i) + ".gz");
            String sha256 = Sha256.hex(file);
            long size = Files.size(file);
            totalBytes += size;
            boolean matches = sha256.equals(recorded.get(i));
            allMatch &= matches;
            System.out.printf("%s  %s  %,d bytes%s%n", sha256, file.getFileName(), size,
                    matches ? "" : "  (differs from DefaultDataset)");
        }
        System.out.printf("total %,d bytes; train %d rows %s, test %d rows %s%n", totalBytes, train.size(),
                java.util.Arrays.toString(train.classCounts()), test.size(),
                java.util.Arrays.toString(test.classCounts()));
        if (!allMatch) {
            System.out.println("The hashes differ from those recorded in DefaultDataset.java and the README next"
                    + " to the files: update both if the change is intended.");
            System.exit(1);
        }
    }
}
