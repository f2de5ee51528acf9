package dev.copse.benchmarks.report;

/**
 * How Copse's speed compares with a peer's on the same case: {@code ratio = peer median time / Copse
 * median time}, so {@code 2.0} means Copse is twice as fast and {@code 0.5} means it takes twice as long.
 * The same number is Copse's throughput divided by the peer's.
 *
 * @param caseId the case both ran
 * @param copse  Copse's implementation id
 * @param peer   the peer's implementation id
 * @param ratio  peer median seconds per call / Copse median seconds per call
 */
public record SpeedRatio(String caseId, String copse, String peer, double ratio) {

    public SpeedRatio {
        Measurement.requireText(caseId, "caseId");
        Measurement.requireText(copse, "copse");
        Measurement.requireText(peer, "peer");
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("speed ratio must be positive and finite, got " + ratio);
        }
    }

    /** The ratio of two measurements of the same case; throws when they measured different cases. */
    public static SpeedRatio of(Measurement copse, Measurement peer) {
        if (!copse.caseId().equals(peer.caseId())) {
            throw new IllegalArgumentException("cannot compare " + copse.implementation() + " on " + copse.caseId()
                    + " with " + peer.implementation() + " on " + peer.caseId() + ": different cases");
        }
        return new SpeedRatio(copse.caseId(), copse.implementation(), peer.implementation(),
                peer.secondsPerCall().median() / copse.secondsPerCall().median());
    }
}
