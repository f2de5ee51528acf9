/**
 * Loading train/test pairs by name or folder: {@link dev.copse.core.data.load.Datasets} (the entry point
 * the CLI uses), the embedded {@link dev.copse.core.data.load.DefaultDataset} (a stratified MNIST sample
 * on the class path) and {@link dev.copse.core.data.load.IdxFolder} (four IDX files under the
 * conventional MNIST names).
 */
package dev.copse.core.data.load;
