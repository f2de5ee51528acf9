package dev.copse.cnn.sase.synthesis;

/** How a {@link Generator}'s low-resolution map excites its high-resolution map. */
public enum SkipExcitation {
    /** Spatially-adaptive: a {@link dev.copse.cnn.sase.SaseModule} (default options). */
    SASE,
    /** Channel only: a {@link dev.copse.cnn.sase.ChannelExcitation} (reduction 4), the baseline. */
    CHANNEL
}
