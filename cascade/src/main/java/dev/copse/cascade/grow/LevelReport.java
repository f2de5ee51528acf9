package dev.copse.cascade.grow;

import dev.copse.cascade.connect.Source;
import dev.copse.cascade.connect.SourceGate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What happened at one level of a cascade's growth.
 *
 * @param level              0-based index
 * @param sources            the blocks the level read (its connections)
 * @param gates              under learned connectivity, every candidate block with its learned gate and
 *                           whether it was kept; empty for fixed connectivity
 * @param inputWidth         features of the level's input rows
 * @param validationScore    the growth metric on the validation rows
 * @param validationAccuracy accuracy on the validation rows
 * @param testAccuracy       accuracy on the test set, when one was given
 * @param seconds            wall-clock time to train and evaluate the level (measured, noisy)
 * @param members            the final members' sizes and costs
 */
public record LevelReport(int level, List<Source> sources, List<SourceGate> gates, int inputWidth, double validationScore,
                          double validationAccuracy, OptionalDouble testAccuracy, double seconds,
                          List<MemberReport> members) {

    public LevelReport {
        sources = List.copyOf(sources);
        gates = List.copyOf(gates);
        members = List.copyOf(members);
    }

    /** Nodes of all members. */
    public long nodes() {
        long total = 0;
        for (MemberReport m : members) {
            total += m.nodes();
        }
        return total;
    }

    /** Mean comparisons per input of all members together. */
    public double meanComparisons() {
        double total = 0;
        for (MemberReport m : members) {
            total += m.meanComparisons();
        }
        return total;
    }

    /** Mean multiply-accumulates per input of all members together. */
    public double meanMacs() {
        double total = 0;
        for (MemberReport m : members) {
            total += m.meanMacs();
        }
        return total;
    }
}
