package dev.copse.core.data;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a dataset came from: a human-readable description of the source and every step applied to it,
 * and the SHA-256 of the source bytes, so a trained model can say which data made it.
 *
 * <p>For datasets read from IDX files the hash covers the uncompressed bytes of the images file followed
 * by those of the labels file (so gzipping a file does not change it). Derived datasets (subsets, splits,
 * standardised copies) keep the source hash and extend the description with the step that made them.
 *
 * @param source description of the source and the steps applied, e.g. {@code "mnist train"}
 * @param sha256 64 lower-case hex digits
 */
public record Provenance(String source, String sha256) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * @throws IllegalArgumentException if the source is blank or the hash is not 64 hex digits
     */
    public Provenance {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("provenance source must not be empty");
        }
        if (sha256 == null) {
            throw new IllegalArgumentException("provenance sha256 must not be null");
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("provenance sha256 must be 64 hex digits, got '" + sha256 + "'");
        }
    }

    /** The same source hash with {@code step} appended to the description. */
    public Provenance derived(String step) {
        return new Provenance(source + " | " + step, sha256);
    }
}
