package dev.copse.core.data.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs one external command in a folder and turns every way it can go wrong into advice. */
final class ExternalCommand {

    private static final int OUTPUT_LINES_SHOWN = 15;

    private ExternalCommand() {
    }

    /**
     * Runs {@code command} in {@code directory} with no input, its output kept in a log file there.
     *
     * @param whenMissing what to tell the user if the program cannot be started (what to install)
     * @param whenFailed  what to tell the user if it exits with a non-zero status
     * @throws DataFetchException if the program cannot be started, fails or is interrupted
     */
    static void run(List<String> command, Path directory, String whenMissing, String whenFailed)
            throws DataFetchException {
        String shown = String.join(" ", command);
        Path log = directory.resolve(".command-output.log");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new DataFetchException("could not run '" + command.get(0) + "' (" + e.getMessage() + "). "
                    + whenMissing, e);
        }
        try {
            process.getOutputStream().close();
            int status = process.waitFor();
            if (status != 0) {
                throw new DataFetchException("'" + shown + "' failed with exit status " + status + ". "
                        + whenFailed + lastLines(log));
            }
        } catch (IOException e) {
            throw new DataFetchException("'" + shown + "' could not be run: " + e.getMessage() + ". " + whenFailed, e);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new DataFetchException("interrupted while waiting for '" + shown + "'", e);
        }
    }

    /** The one file in {@code folder} matching {@code glob}. */
    static Path singleFile(Path folder, String glob, String whenNone) throws DataFetchException {
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(folder, glob)) {
            Path found = null;
            for (Path match : matches) {
                if (found != null) {
                    throw new DataFetchException("expected one " + glob + " file in " + folder + " but found "
                            + found.getFileName() + " and " + match.getFileName());
                }
                found = match;
            }
            if (found == null) {
                throw new DataFetchException(whenNone);
            }
            return found;
        } catch (IOException e) {
            if (e instanceof DataFetchException fetch) {
                throw fetch;
            }
            throw new DataFetchException("could not list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return "";
            }
            List<String> tail = lines.subList(Math.max(0, lines.size() - OUTPUT_LINES_SHOWN), lines.size());
            return "\nIts last output:\n  " + String.join("\n  ", tail);
        } catch (IOException e) {
            return "\n(its output could not be read: " + e.getMessage() + ")";
        }
    }
}
