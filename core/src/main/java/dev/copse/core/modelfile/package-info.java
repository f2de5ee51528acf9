/**
 * The one file format for every trained Copse model: a JSON header (magic, format version, model type,
 * library version, provenance and hyperparameters) and raw little-endian arrays, laid out as a
 * <a href="https://huggingface.co/docs/safetensors">safetensors</a> file so that Python users can read the
 * weights with the {@code safetensors} package. Reading never runs Java deserialization, checks every
 * declared size against the file before allocating, and verifies a SHA-256 checksum; writing is atomic.
 */
package dev.copse.core.modelfile;
