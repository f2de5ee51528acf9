package dev.copse.cnn.layer;

/** Whether a forward pass trains (batch statistics, running estimates updated) or infers (running estimates). */
public enum Mode {
    /** Batch normalisation uses and updates batch statistics; quantizers update their running ranges. */
    TRAIN,
    /** Batch normalisation and quantizers use their running estimates and change nothing. */
    EVAL
}
