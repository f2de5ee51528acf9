package dev.copse.cascade.connect;

/**
 * One candidate connection of a level under learned connectivity: the source block, its learned gate
 * {@code g = sigmoid(c)} and whether it survived the cut.
 *
 * @param source the candidate block
 * @param gate   the learned gate in [0, 1] (1 when there was nothing to learn)
 * @param kept   whether the level reads the block
 */
public record SourceGate(Source source, double gate, boolean kept) {

    @Override
    public String toString() {
        return source + String.format(" %.3f", gate) + (kept ? "" : " (cut)");
    }
}
