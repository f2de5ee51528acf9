package dev.copse.forest.hard;

/**
 * How many features a tree draws at each split, as a rule of the number of features {@code d}. Features are
 * drawn without replacement and every draw counts, constant ones included, but drawing continues past this
 * count until at least one drawn feature varies in the node: scikit-learn's rule (the package description
 * says more). Deep nodes, where most features are constant, therefore examine fewer varying features than
 * this.
 */
public sealed interface MaxFeatures {

    /**
     * The number of features to draw per split for {@code d} features, in {@code [1, d]}.
     *
     * @throws IllegalArgumentException if a fixed count exceeds {@code d}
     */
    int resolve(int d);

    /** {@code max(1, floor(sqrt(d)))}: Breiman's default for classification forests. */
    static MaxFeatures sqrt() {
        return new Sqrt();
    }

    /** {@code max(1, floor(log2(d)))}. */
    static MaxFeatures log2() {
        return new Log2();
    }

    /** All {@code d} features: bagged trees without feature sampling. */
    static MaxFeatures all() {
        return new All();
    }

    /** Exactly {@code count} features ({@code 1} makes completely-random trees). */
    static MaxFeatures count(int count) {
        return new Count(count);
    }

    /** {@code max(1, floor(fraction d))} for {@code fraction} in {@code (0, 1]}. */
    static MaxFeatures fraction(double fraction) {
        return new Fraction(fraction);
    }

    /** See {@link MaxFeatures#sqrt()}. */
    record Sqrt() implements MaxFeatures {
        @Override
        public int resolve(int d) {
            return Math.max(1, (int) Math.floor(Math.sqrt(d)));
        }
    }

    /** See {@link MaxFeatures#log2()}. */
    record Log2() implements MaxFeatures {
        @Override
        public int resolve(int d) {
            return Math.max(1, 31 - Integer.numberOfLeadingZeros(d));
        }
    }

    /** See {@link MaxFeatures#all()}. */
    record All() implements MaxFeatures {
        @Override
        public int resolve(int d) {
            return d;
        }
    }

    /**
     * See {@link MaxFeatures#count(int)}.
     *
     * @param count features per split, {@code >= 1}
     */
    record Count(int count) implements MaxFeatures {
        public Count {
            if (count < 1) {
                throw new IllegalArgumentException("maxFeatures count must be >= 1, got " + count);
            }
        }

        @Override
        public int resolve(int d) {
            if (count > d) {
                throw new IllegalArgumentException("maxFeatures count " + count + " exceeds the " + d
                        + " features of the data");
            }
            return count;
        }
    }

    /**
     * See {@link MaxFeatures#fraction(double)}.
     *
     * @param fraction share of the features per split, in {@code (0, 1]}
     */
    record Fraction(double fraction) implements MaxFeatures {
        public Fraction {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("maxFeatures fraction must be in (0, 1], got " + fraction);
            }
        }

        @Override
        public int resolve(int d) {
            return Math.max(1, (int) Math.floor(fraction * d));
        }
    }
}
