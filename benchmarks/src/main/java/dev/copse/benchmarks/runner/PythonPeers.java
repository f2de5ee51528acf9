package dev.copse.benchmarks.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the reference scripts in {@code benchmarks/peers/} with Debian's Python, after making sure the
 * packages they import are there.
 *
 * <p>Missing packages are installed with {@code apt-get} when the runner is root, since benchmark machines
 * are set up by this command; otherwise the runner stops and prints the exact command to run. Each script
 * runs with {@code OPENBLAS_CORETYPE} and {@code OPENBLAS_L2_SIZE} removed from its environment (some
 * machines set them to work around old OpenBLAS builds; they force a slower kernel), so OpenBLAS picks its
 * kernel from the CPU, unless {@code openblasCoretype} names one explicitly (for an OpenBLAS too old to
 * recognise the CPU, which then falls back to a generic kernel). The thread count is pinned through
 * {@code OPENBLAS_NUM_THREADS} and {@code OMP_NUM_THREADS}. Immutable, thread-safe.
 *
 * @param python           the interpreter, normally {@code /usr/bin/python3}
 * @param scripts          the folder holding the peer scripts
 * @param openblasCoretype the OpenBLAS kernel to force in the peers, or empty to let OpenBLAS choose
 */
public record PythonPeers(Path python, Path scripts, Optional<String> openblasCoretype) {

    public PythonPeers {
        Objects.requireNonNull(python, "python");
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(openblasCoretype, "openblasCoretype");
        if (openblasCoretype.isPresent() && !openblasCoretype.get().matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("an OpenBLAS core type is one word such as SkylakeX or Haswell, got '"
                    + openblasCoretype.get() + "'");
        }
    }

    /**
     * Debian's interpreter and {@code benchmarks/peers} under the current directory (the repository root),
     * with {@code openblasCoretype} as above.
     */
    public static PythonPeers debian(Optional<String> openblasCoretype) {
        return new PythonPeers(Path.of("/usr/bin/python3"), Path.of("benchmarks", "peers"), openblasCoretype);
    }

    /** How the peers' OpenBLAS kernel is chosen, for reports. */
    public String describeCoretype() {
        return openblasCoretype.map(core -> "OPENBLAS_CORETYPE=" + core + " (forced with --openblas-coretype)")
                .orElse("OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset: OpenBLAS picks its kernel from the CPU");
    }

    /**
     * Checks each requirement and installs the Debian packages of those that fail (as root) or throws
     * with the command that would install them.
     */
    public void ensure(List<PythonRequirement> requirements) throws IOException, InterruptedException {
        if (!Files.isExecutable(python)) {
            throw new IllegalStateException("no Python interpreter at " + python + "; install it with: "
                    + installCommand(Set.of("python3"), isRoot()));
        }
        Set<String> missing = missingPackages(requirements);
        if (missing.isEmpty()) {
            return;
        }
        if (!isRoot()) {
            throw new IllegalStateException("the Python peers need " + String.join(", ", missing)
                    + "; install them with: " + installCommand(missing, false));
        }
        Subprocess.runVisibly(List.of("apt-get", "update"), "apt-get update");
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y"));
        install.addAll(missing);
        Subprocess.runVisibly(install, "installing the Python peers' packages");
        Set<String> stillMissing = missingPackages(requirements);
        if (!stillMissing.isEmpty()) {
            throw new IllegalStateException("after installing " + String.join(", ", missing) + " the checks for "
                    + String.join(", ", stillMissing) + " still fail; see the Python errors above");
        }
    }

    private Set<String> missingPackages(List<PythonRequirement> requirements) throws IOException, InterruptedException {
        Set<String> missing = new LinkedHashSet<>();
        for (PythonRequirement requirement : requirements) {
            Process probe = new ProcessBuilder(python.toString(), "-c", requirement.probe())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (probe.waitFor() != 0) {
                missing.add(requirement.debianPackage());
            }
        }
        return missing;
    }

    static String installCommand(Set<String> packages, boolean root) {
        String sudo = root ? "" : "sudo ";
        return sudo + "apt-get update && " + sudo + "apt-get install -y " + String.join(" ", packages);
    }

    private static boolean isRoot() throws IOException {
        // /proc/self belongs to the effective user of the process that looks at it.
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }

    /**
     * Runs peer script {@code script} with {@code arguments} on {@code threads} BLAS threads and returns its
     * standard output.
     */
    public String run(String script, List<String> arguments, int threads, String what)
            throws IOException, InterruptedException {
        Path file = scripts.resolve(script);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("peer script " + file.toAbsolutePath() + " does not exist; run the "
                    + "runner from the repository root (benchmarks/run.sh does)");
        }
        List<String> command = new ArrayList<>(List.of(python.toString(), file.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.remove("OPENBLAS_CORETYPE");
        environment.remove("OPENBLAS_L2_SIZE");
        openblasCoretype.ifPresent(core -> environment.put("OPENBLAS_CORETYPE", core));
        environment.put("OPENBLAS_NUM_THREADS", Integer.toString(threads));
        environment.put("OMP_NUM_THREADS", Integer.toString(threads));
        return Subprocess.run(builder, what);
    }
}
