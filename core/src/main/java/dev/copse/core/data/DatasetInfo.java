package dev.copse.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A summary of a train/test pair for people: sizes, classes with their counts, feature layout and the
 * provenance (with source hash) of each part. {@link #toText()} renders it the way {@code copse datasets
 * info} prints it.
 *
 * @param name        the name the data was loaded under, e.g. {@code "default"} or a folder
 * @param classNames  class names, index = label
 * @param numFeatures features per row
 * @param imageShape  the image layout of a row, or null when rows are not images
 * @param train       the training part
 * @param test        the test part
 */
public record DatasetInfo(String name, List<String> classNames, int numFeatures, ImageShape imageShape,
                          Part train, Part test) {

    /**
     * One part (train or test) of the data.
     *
     * @param size        rows
     * @param classCounts rows per class, index = label
     * @param provenance  where the part came from
     */
    public record Part(int size, List<Integer> classCounts, Provenance provenance) {

        public Part {
            classCounts = List.copyOf(classCounts);
        }

        static Part of(Dataset data) {
            List<Integer> counts = new ArrayList<>();
            for (int count : data.classCounts()) {
                counts.add(count);
            }
            return new Part(data.size(), counts, data.provenance());
        }
    }

    public DatasetInfo {
        classNames = List.copyOf(classNames);
    }

    /** Summarises {@code data} loaded under {@code name}. Cost O(n). */
    public static DatasetInfo of(String name, TrainTest data) {
        Dataset train = data.train();
        return new DatasetInfo(name, train.classNames(), train.numFeatures(), train.imageShape().orElse(null),
                Part.of(train), Part.of(data.test()));
    }

    /** Several lines of plain text: header, shape, one line per class, then provenance and hashes. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("dataset   ").append(name).append('\n');
        text.append("rows      ").append(train.size()).append(" train, ").append(test.size()).append(" test\n");
        text.append("features  ").append(numFeatures)
                .append(imageShape == null ? "" : " (image " + imageShape + ")").append('\n');
        text.append("classes   ").append(classNames.size()).append('\n');
        int width = 5;
        for (String className : classNames) {
            width = Math.max(width, className.length());
        }
        text.append(String.format(Locale.ROOT, "  %-" + width + "s %8s %8s%n", "class", "train", "test"));
        for (int c = 0; c < classNames.size(); c++) {
            text.append(String.format(Locale.ROOT, "  %-" + width + "s %8d %8d%n", classNames.get(c),
                    train.classCounts().get(c), test.classCounts().get(c)));
        }
        text.append("train     ").append(train.provenance().source()).append('\n');
        text.append("  sha256  ").append(train.provenance().sha256()).append('\n');
        text.append("test      ").append(test.provenance().source()).append('\n');
        text.append("  sha256  ").append(test.provenance().sha256()).append('\n');
        return text.toString();
    }
}
