package dev.copse.core.data;

/**
 * One fold of a k-fold cross-validation: the rows to train on and the rows to validate on, as sorted
 * row indices into the dataset the folds were made from. Together the validation rows of all folds cover
 * every row exactly once.
 *
 * <p>Immutable: the accessors return copies; {@link #train(Dataset)} and {@link #validation(Dataset)}
 * build the two datasets.
 */
public final class Fold {

    private final int index;
    private final int count;
    private final int[] trainRows;
    private final int[] validationRows;

    Fold(int index, int count, int[] trainRows, int[] validationRows) {
        this.index = index;
        this.count = count;
        this.trainRows = trainRows;
        this.validationRows = validationRows;
    }

    /** This fold's number, in {@code [0, count())}. */
    public int index() {
        return index;
    }

    /** How many folds the split has ({@code k}). */
    public int count() {
        return count;
    }

    /** Sorted indices of the training rows (a copy). */
    public int[] trainRows() {
        return trainRows.clone();
    }

    /** Sorted indices of the validation rows (a copy). */
    public int[] validationRows() {
        return validationRows.clone();
    }

    /** The training rows of {@code data}, which must be the dataset the folds were made from. */
    public Dataset train(Dataset data) {
        checkSource(data);
        return data.subset(trainRows);
    }

    /** The validation rows of {@code data}, which must be the dataset the folds were made from. */
    public Dataset validation(Dataset data) {
        checkSource(data);
        return data.subset(validationRows);
    }

    private void checkSource(Dataset data) {
        if (data.size() != trainRows.length + validationRows.length) {
            throw new IllegalArgumentException("fold was made for " + (trainRows.length + validationRows.length)
                    + " rows but the dataset has " + data.size());
        }
    }

    @Override
    public String toString() {
        return "Fold " + index + "/" + count + " [train " + trainRows.length + ", validation "
                + validationRows.length + "]";
    }
}
