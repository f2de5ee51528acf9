package dev.copse.efficiency.model;

/** The checks {@link CostedClassifier#predictProba} makes of one input row and its output range. */
final class RowChecks {

    private RowChecks() {
    }

    static void require(CostedClassifier model, float[] x, int offset, float[] out, int outOffset) {
        int features = model.numFeatures();
        if (offset < 0 || offset > x.length - features) {
            throw new IllegalArgumentException(model.description() + " reads rows of " + features
                    + " features, but the row at offset " + offset + " of an array of " + x.length
                    + " floats has " + Math.max(0, x.length - Math.max(0, offset)) + "; check that the data has"
                    + " the features the model was trained on");
        }
        int classes = model.numClasses();
        if (outOffset < 0 || outOffset > out.length - classes) {
            throw new IllegalArgumentException(model.description() + " writes " + classes + " class"
                    + " probabilities, but the output array of " + out.length + " floats has no room for them at"
                    + " offset " + outOffset);
        }
        for (int j = 0; j < features; j++) {
            float value = x[offset + j];
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException(model.description() + ": feature " + j + " of the row is "
                        + value + "; Copse models take finite features only (impute missing values first,"
                        + " e.g. with the smile module's MissingValues)");
            }
        }
    }
}
