/**
 * DFS, dynamic fractional skipping (Shen et al., "Fractional Skipping: Towards Finer-Grained Dynamic CNN
 * Inference", AAAI 2020; METHODS.md section 5): for each input, every residual block after the first
 * chooses among {@link dev.copse.cnn.dfs.BitwidthOptions} (skip, some bitwidths, full precision).
 *
 * <ul>
 *   <li>{@link dev.copse.cnn.dfs.BitwidthOptions}: the choices of a block, their relative costs and the
 *       computation percentage.</li>
 *   <li>{@link dev.copse.cnn.dfs.BitwidthGate}: pooled features, a projection per block, one shared LSTM
 *       cell, a linear layer to the options and a softmax; hard argmax forward, straight-through backward.</li>
 *   <li>{@link dev.copse.cnn.dfs.DfsNetwork}: the backbone and the gate as one trainable
 *       {@link dev.copse.cnn.model.Network}, in one of the three {@link dev.copse.cnn.dfs.DfsStage}s.</li>
 *   <li>{@link dev.copse.cnn.dfs.BudgetLoss}: the sign-switching and the smooth computation penalty;
 *       {@link dev.copse.cnn.dfs.DecisionCounts}: how often each option ran at each gated block.</li>
 *   <li>{@link dev.copse.cnn.dfs.DfsTrainer}: the three training stages; {@link dev.copse.cnn.dfs.DfsModel}:
 *       the immutable trained model, its file, and inference that runs only the chosen branch.</li>
 *   <li>{@link dev.copse.cnn.dfs.DfsSweep}: accuracy against computation over several targets and the
 *       per-block decision histograms, as Markdown and CSV.</li>
 * </ul>
 */
package dev.copse.cnn.dfs;
