package dev.copse.cnn.dfs;

/** The three stages of DFS training (METHODS.md section 5), which decide what a {@link DfsNetwork} runs and trains. */
public enum DfsStage {
    /** Stage 1: the backbone alone at full precision, every block run; the gate is not used. */
    BACKBONE,
    /** Stage 2: the gate alone, with a target of 100 %, until it chooses full execution; the backbone is frozen. */
    GATES,
    /** Stage 3: backbone and gate together at the target computation percentage. */
    JOINT
}
