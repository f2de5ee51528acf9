package dev.copse.core.data.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * A Debian package, fetched with {@code apt-get download <name>} (which puts the {@code .deb} in the
 * current folder, needs no root and installs nothing) and unpacked with {@code dpkg -x}. It uses the
 * package lists the machine already has: if they are missing or stale the download fails, and the message
 * says to run {@code apt-get update} as root; the fetcher never runs it on its own.
 *
 * @param name       package name, e.g. {@code "dataset-fashion-mnist"}
 * @param dataFolder folder inside the package's file tree that holds the files
 */
public record DebianPackage(String name, String dataFolder) implements PackageSource {

    public DebianPackage {
        if (name == null || name.isBlank() || dataFolder == null || dataFolder.isBlank()) {
            throw new IllegalArgumentException("Debian package name and data folder must not be empty");
        }
    }

    @Override
    public Path download(Path workDir, ExternalTools tools, String alternative) throws DataFetchException {
        ExternalCommand.run(List.of(tools.aptGet(), "download", name), workDir,
                "Fetching it needs apt-get and dpkg, the package tools of Debian and Ubuntu "
                        + "(apt-get install apt dpkg); " + alternative,
                "If the package was not found, run 'apt-get update' as root and try again; "
                        + alternative);
        return ExternalCommand.singleFile(workDir, "*.deb",
                "'apt-get download " + name + "' ran but left no .deb file in " + workDir);
    }

    @Override
    public Path extract(Path archive, Path workDir, ExternalTools tools, String alternative)
            throws DataFetchException {
        ExternalCommand.run(List.of(tools.dpkg(), "-x", archive.getFileName().toString(), "unpacked"), workDir,
                "Unpacking it needs dpkg (on Debian or Ubuntu: apt-get install dpkg); " + alternative,
                "The downloaded package " + archive.getFileName() + " may be damaged; try again, " + alternative);
        return workDir.resolve("unpacked").resolve(dataFolder);
    }

    @Override
    public String describe() {
        return "Debian package " + name;
    }
}
