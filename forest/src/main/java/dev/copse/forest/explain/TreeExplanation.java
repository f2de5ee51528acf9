package dev.copse.forest.explain;

import java.util.List;

/**
 * How one tree treated one input.
 *
 * @param tree     index of the tree in its forest
 * @param visits   nodes whose reach is at least the requested minimum, parents before children
 * @param hardPath node ids of the hard-routing path from the root to where hard inference stops
 */
public record TreeExplanation(int tree, List<NodeVisit> visits, List<Integer> hardPath) {

    public TreeExplanation {
        visits = List.copyOf(visits);
        hardPath = List.copyOf(hardPath);
    }

    /** Sum of the listed nodes' contributions to the predicted class. */
    public double contribution() {
        double sum = 0;
        for (NodeVisit v : visits) {
            sum += v.contribution();
        }
        return sum;
    }
}
