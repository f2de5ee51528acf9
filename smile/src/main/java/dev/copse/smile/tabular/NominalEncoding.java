package dev.copse.smile.tabular;

/**
 * How a nominal column becomes features. There is no default: every {@link TabularOptions} names one,
 * because the choice changes what a model can learn.
 */
public enum NominalEncoding {
    /**
     * One 0/1 feature per category, named {@code column=category} (e.g. {@code color=red}); exactly one of
     * them is 1 for a known category. Costs {@code k} features for {@code k} categories, implies no order.
     */
    ONE_HOT,
    /**
     * One feature holding the category's index in the column's category list (0, 1, 2, ...). Cheap, but a
     * tree or a linear model sees the list order as a numeric order, so use it when that order means
     * something (ARFF: the declared order; CSV: the sorted order, see the readers) or for trees on many
     * categories.
     */
    ORDINAL
}
