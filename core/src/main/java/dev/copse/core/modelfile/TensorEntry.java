package dev.copse.core.modelfile;

/**
 * One row of a model file's array table: name, type, shape and the byte range {@code [begin, end)} of its
 * values in the data section.
 */
record TensorEntry(String name, TensorType type, int[] shape, long begin, long end) {
}
