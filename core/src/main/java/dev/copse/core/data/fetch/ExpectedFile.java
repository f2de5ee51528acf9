package dev.copse.core.data.fetch;

import dev.copse.core.data.Provenance;

/**
 * A file a public dataset consists of, with the SHA-256 of its bytes exactly as cached.
 *
 * @param name   file name inside the dataset's folder, e.g. {@code "train-images-idx3-ubyte"}
 * @param sha256 64 lower-case hex digits
 */
public record ExpectedFile(String name, String sha256) {

    public ExpectedFile {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("expected file name must be a plain file name, got '" + name + "'");
        }
        sha256 = new Provenance(name, sha256).sha256();
    }
}
