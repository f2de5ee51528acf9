package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.gemm.KernelFlags;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts Java worker processes on the runner's own JDK and class path, each with
 * {@value KernelFlags#VECTOR_MODULE} plus the flags a measurement needs (for example the
 * {@value KernelFlags#PROPERTY} property, which Copse reads once per JVM).
 *
 * <p>Immutable and thread-safe.
 *
 * @param java      the {@code java} executable
 * @param classPath the class path the workers get
 */
public record JavaLauncher(Path java, String classPath) {

    /** The JDK and class path of the running JVM. */
    public static JavaLauncher current() {
        return new JavaLauncher(Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"));
    }

    /** The full command line for {@code mainClass} with {@code jvmFlags} and {@code arguments}. */
    public List<String> command(List<String> jvmFlags, Class<?> mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add(KernelFlags.VECTOR_MODULE);
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(arguments);
        return command;
    }

    /** Runs {@code mainClass} in a fresh JVM and returns what it printed on standard output. */
    public String run(List<String> jvmFlags, Class<?> mainClass, List<String> arguments, String what)
            throws IOException, InterruptedException {
        return Subprocess.run(new ProcessBuilder(command(jvmFlags, mainClass, arguments)), what);
    }
}
