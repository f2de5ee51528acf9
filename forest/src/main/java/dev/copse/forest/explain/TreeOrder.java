package dev.copse.forest.explain;

import dev.copse.forest.soft.SoftTree;
import java.util.Arrays;
import java.util.Comparator;

/** Node indices of a tree sorted by heap id (breadth-first order), for exports that read top-down. */
final class TreeOrder {

    private TreeOrder() {
    }

    static int[] byId(SoftTree tree) {
        Integer[] order = new Integer[tree.nodeCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(tree::nodeId));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
