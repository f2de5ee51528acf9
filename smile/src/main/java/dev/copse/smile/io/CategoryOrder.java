package dev.copse.smile.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The order of categories that a file does not declare (CSV columns, DataFrame strings): when every
 * category is a number, by numeric value ({@code 2} before {@code 10}); otherwise by {@link String}
 * order (UTF-16 code units, so upper case before lower case). The order fixes ordinal codes and one-hot
 * positions, and does not depend on the order of the rows.
 */
final class CategoryOrder {

    private CategoryOrder() {
    }

    /** The distinct values of {@code values}, sorted as described above. */
    static List<String> sorted(Collection<String> values) {
        boolean numeric = !values.isEmpty() && values.stream().allMatch(NumberSyntax::isNumber);
        Comparator<String> order = numeric
                ? Comparator.<String>comparingDouble(NumberSyntax::parse).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        TreeSet<String> distinct = new TreeSet<>(order);
        distinct.addAll(values);
        return new ArrayList<>(distinct);
    }
}
