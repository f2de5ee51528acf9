package dev.copse.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Replaces a generated section of a Markdown document, so that no number in docs/BENCHMARKS.md is typed
 * by hand. A section is everything between the two HTML comments
 * {@code <!-- copse-bench:begin NAME -->} and {@code <!-- copse-bench:end NAME -->}, which stay in place.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocsSplicer {

    private DocsSplicer() {
    }

    /** The comment that opens section {@code name}. */
    public static String beginMarker(String name) {
        return "<!-- copse-bench:begin " + name + " -->";
    }

    /** The comment that closes section {@code name}. */
    public static String endMarker(String name) {
        return "<!-- copse-bench:end " + name + " -->";
    }

    /**
     * {@code document} with section {@code name} replaced by {@code content}. Throws
     * {@link IllegalArgumentException}, naming {@code documentName} and the marker, when a marker is missing,
     * appears twice, or the end comes before the begin.
     */
    public static String splice(String document, String documentName, String name, String content) {
        String begin = beginMarker(name);
        String end = endMarker(name);
        int beginAt = uniqueIndex(document, documentName, begin);
        int endAt = uniqueIndex(document, documentName, end);
        if (endAt < beginAt) {
            throw new IllegalArgumentException(documentName + ": '" + end + "' comes before '" + begin
                    + "'; put the begin marker first");
        }
        return document.substring(0, beginAt + begin.length()) + "\n" + content.strip() + "\n"
                + document.substring(endAt);
    }

    private static int uniqueIndex(String document, String documentName, String marker) {
        int first = document.indexOf(marker);
        if (first < 0) {
            throw new IllegalArgumentException(documentName + " has no marker '" + marker + "'; add the pair "
                    + "of marker lines where the generated section belongs");
        }
        if (document.indexOf(marker, first + marker.length()) >= 0) {
            throw new IllegalArgumentException(documentName + " has the marker '" + marker
                    + "' more than once; keep exactly one");
        }
        return first;
    }

    /**
     * Checks, without changing it, that the UTF-8 file {@code document} has well-formed markers for every
     * section in {@code names}, so a long run can fail before it starts rather than after; throws as
     * {@link #splice} does.
     */
    public static void requireSections(Path document, List<String> names) throws IOException {
        if (!Files.isRegularFile(document)) {
            throw new IllegalArgumentException("no document to update at " + document.toAbsolutePath());
        }
        String text = Files.readString(document, StandardCharsets.UTF_8);
        for (String name : names) {
            splice(text, document.toString(), name, "");
        }
    }

    /**
     * Splices {@code content} into section {@code name} of the UTF-8 file {@code document}, writing a
     * temporary file beside it and renaming it over the original so a failure never leaves half a file.
     */
    public static void spliceFile(Path document, String name, String content) throws IOException {
        if (!Files.isRegularFile(document)) {
            throw new IllegalArgumentException("no document to update at " + document.toAbsolutePath());
        }
        String updated = splice(Files.readString(document, StandardCharsets.UTF_8), document.toString(), name, content);
        Path temporary = document.resolveSibling(document.getFileName() + ".tmp");
        Files.writeString(temporary, updated, StandardCharsets.UTF_8);
        Files.move(temporary, document, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
