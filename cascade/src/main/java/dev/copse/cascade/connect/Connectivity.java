package dev.copse.cascade.connect;

import java.util.List;

/**
 * Which blocks feed each cascade level (METHODS.md section 2). A level's input is its sources concatenated in
 * the order given: the base features first, then earlier levels' class vectors in level order.
 *
 * <p>The sources a level actually uses are recorded with the trained level, so inference computes exactly
 * those blocks. A connectivity that learns which sources to keep (gates on the candidate blocks, cut below a
 * threshold after the level is trained) offers all earlier blocks as candidates here and records the
 * survivors on the level it trains.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Connectivity {

    /** gcForest's rule: the base features and the class vectors of the level just before. */
    Connectivity PREVIOUS = FixedConnectivity.PREVIOUS;

    /** The base features and the class vectors of every earlier level. */
    Connectivity DENSE = FixedConnectivity.DENSE;

    /** A short lower-case key for reports and saved models, e.g. {@code "previous"}. */
    String key();

    /**
     * The sources of level {@code level} (0-based), in input order; level 0 has only the base features.
     *
     * @throws IllegalArgumentException if {@code level < 0}
     */
    List<Source> sources(int level);

    /**
     * The connectivity called {@code name}: {@code "previous"}, {@code "dense"}, or {@code "learned"} (with
     * {@link LearnedConnectivity#defaults()}).
     *
     * @throws IllegalArgumentException naming the supported values otherwise
     */
    static Connectivity byName(String name) {
        for (FixedConnectivity c : FixedConnectivity.values()) {
            if (c.key().equals(name)) {
                return c;
            }
        }
        if (LearnedConnectivity.KEY.equals(name)) {
            return LearnedConnectivity.defaults();
        }
        throw new IllegalArgumentException("unknown connectivity '" + name + "'; supported: previous, dense, "
                + LearnedConnectivity.KEY);
    }
}
