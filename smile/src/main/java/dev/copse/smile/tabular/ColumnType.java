package dev.copse.smile.tabular;

/** The two kinds of column Copse reads: numbers, or names drawn from a finite list of categories. */
public enum ColumnType {
    /** Finite numbers; one feature each. */
    NUMERIC,
    /** Categories (ARFF's nominal attributes, CSV's text columns); encoded by {@link NominalEncoding}. */
    NOMINAL
}
