package dev.copse.cascade.model;

import dev.copse.cascade.connect.Source;
import dev.copse.cascade.member.FittedMember;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import java.util.List;

/**
 * One trained level of a cascade: its members and the sources its input is assembled from. Its output for
 * a row is the class vectors of all members side by side, {@code [members][C]}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CascadeLevel {

    private final List<FittedMember> members;
    private final List<Source> sources;
    private final int inputWidth;
    private final int classes;

    /**
     * @param members    the level's fitted members, all over {@code inputWidth} features and the same classes
     * @param sources    the blocks of the level's input, in order
     * @param inputWidth features of an input row
     * @throws IllegalArgumentException if there are no members or they disagree with the width or each other
     */
    public CascadeLevel(List<FittedMember> members, List<Source> sources, int inputWidth) {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a level needs at least one member");
        }
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("a level needs at least one source");
        }
        int c = members.get(0).numClasses();
        for (FittedMember m : members) {
            if (m.numFeatures() != inputWidth || m.numClasses() != c) {
                throw new IllegalArgumentException("member " + m.description() + " takes " + m.numFeatures()
                        + " features and " + m.numClasses() + " classes; the level has " + inputWidth
                        + " input features and " + c + " classes");
            }
        }
        this.members = List.copyOf(members);
        this.sources = List.copyOf(sources);
        this.inputWidth = inputWidth;
        this.classes = c;
    }

    public List<FittedMember> members() {
        return members;
    }

    /** The blocks this level reads, in input order. */
    public List<Source> sources() {
        return sources;
    }

    public int inputWidth() {
        return inputWidth;
    }

    public int numClasses() {
        return classes;
    }

    /** Width of the level's output: members times classes. */
    public int vectorWidth() {
        return members.size() * classes;
    }

    /** Nodes of all members. */
    public long nodeCount() {
        long total = 0;
        for (FittedMember m : members) {
            total += m.nodeCount();
        }
        return total;
    }

    /**
     * The class vectors of {@code n} input rows ({@code [n][inputWidth]} row-major).
     *
     * @return {@code float[n * vectorWidth()]}, member {@code m}'s probabilities at columns
     *         {@code [m C, (m + 1) C)}
     */
    public float[] predictVectors(float[] input, int n) {
        int width = vectorWidth();
        float[] out = new float[Math.multiplyExact(n, width)];
        for (int m = 0; m < members.size(); m++) {
            float[] proba = members.get(m).predictProba(input, n);
            for (int r = 0; r < n; r++) {
                System.arraycopy(proba, r * classes, out, r * width + m * classes, classes);
            }
        }
        return out;
    }

    /**
     * The class vectors of one input row {@code input[0 .. inputWidth)} into {@code out[0 .. vectorWidth())},
     * adding the members' realised costs to {@code ledger}.
     */
    public void predictVectors(float[] input, float[] out, CostLedger ledger) {
        for (int m = 0; m < members.size(); m++) {
            members.get(m).predictProbaUnchecked(input, 0, out, m * classes, ledger);
        }
    }

    /** The members' static costs summed. */
    public StaticCost staticCost() {
        long parameters = 0;
        long bytes = 0;
        Cost worst = Cost.ZERO;
        for (FittedMember m : members) {
            StaticCost c = m.staticCost();
            parameters = Math.addExact(parameters, c.parameters());
            bytes = Math.addExact(bytes, c.parameterBytes());
            worst = worst.plus(c.worstCasePerInput());
        }
        return new StaticCost(parameters, bytes, worst);
    }

    @Override
    public String toString() {
        return "CascadeLevel[" + members.size() + " members, sources " + sources + ", " + inputWidth + " inputs]";
    }
}
