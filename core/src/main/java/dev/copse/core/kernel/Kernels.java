package dev.copse.core.kernel;

import dev.copse.core.parallel.WorkerPool;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

/**
 * Chooses, once per JVM, the implementation behind every kernel facade ({@link Gemm}, {@link Im2col},
 * {@link Softmax}, {@link Sigmoid}, {@link Blas1}), and says which one is active.
 *
 * <p>Two implementations exist: <em>portable</em> (plain Java, runs anywhere) and <em>vector</em> (the
 * JDK Vector API with a multi-threaded GEMM; much faster on CPUs with 256- or 512-bit SIMD). The Vector
 * API is still an incubator module, so the fast path needs the JVM flag
 * <pre>{@code --add-modules=jdk.incubator.vector}</pre>
 * on the {@code java} command line (and at compile time for code that is compiled against it). Without the
 * flag the JVM prints no error and Copse runs the portable kernels: under the default {@code auto} setting
 * it logs one INFO message through {@link System.Logger} naming the missing flag, and under
 * {@code vector} it refuses to start. The JVM itself prints a one-line warning ("Using incubator modules")
 * when the flag is present; that is expected.
 *
 * <p>System property {@value #PROPERTY}, read when this class is first used:
 * <ul>
 *   <li>{@code auto} (default): vector if the module {@code jdk.incubator.vector} is present and the CPU's
 *       preferred vector holds at least 8 floats, else portable;</li>
 *   <li>{@code portable}: always the plain-Java kernels;</li>
 *   <li>{@code vector}: the Vector API kernels, or an {@link IllegalStateException} (wrapped in the
 *       class's initialisation error) saying why they are unavailable.</li>
 * </ul>
 * The vector implementation's classes are loaded by name only after the module has been found, so a JVM
 * without the module never links them. Its GEMM uses {@link WorkerPool#shared()}, sized by the system
 * property {@code copse.threads}.
 *
 * <p>Thread-safety: immutable after class initialisation.
 */
public final class Kernels {

    /** Name of the system property that selects the implementation. */
    public static final String PROPERTY = "copse.kernels";

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_CLASS = "dev.copse.core.kernel.VectorKernels";

    private static final KernelSupport SUPPORT = select(System.getProperty(PROPERTY, "auto"));

    private Kernels() {
    }

    /**
     * The active implementation, for logs and benchmark reports: {@code "portable"}, or {@code "vector"}
     * followed by the vector width, lanes and threads in parentheses, e.g.
     * {@code "vector (512-bit, 16 float lanes, 2 threads)"}.
     */
    public static String name() {
        return SUPPORT.name();
    }

    /** True when the Vector API implementation is active. */
    public static boolean isVectorized() {
        return SUPPORT.getClass() != PortableKernels.class;
    }

    static KernelSupport support() {
        return SUPPORT;
    }

    /**
     * Resolves a {@value #PROPERTY} setting to an implementation.
     *
     * @throws IllegalArgumentException when the setting is not auto, portable or vector
     * @throws IllegalStateException    when it is vector and the Vector API kernels cannot run
     */
    static KernelSupport select(String setting) {
        String choice = setting.strip().toLowerCase(Locale.ROOT);
        switch (choice) {
            case "portable" -> {
                return new PortableKernels();
            }
            case "vector" -> {
                try {
                    return loadVector();
                } catch (UnavailableException e) {
                    throw new IllegalStateException(PROPERTY + "=vector, but the Vector API kernels cannot run: "
                            + e.getMessage(), e);
                }
            }
            case "auto" -> {
                try {
                    return loadVector();
                } catch (UnavailableException e) {
                    System.getLogger(Kernels.class.getName()).log(System.Logger.Level.INFO,
                            "Copse kernels: portable, because " + e.getMessage());
                    return new PortableKernels();
                }
            }
            default -> throw new IllegalArgumentException("system property " + PROPERTY
                    + " must be auto, portable or vector, got '" + setting + "'");
        }
    }

    private static KernelSupport loadVector() throws UnavailableException {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            throw new UnavailableException("the module " + VECTOR_MODULE
                    + " is not in this JVM; start java with --add-modules=" + VECTOR_MODULE);
        }
        try {
            Class<?> type = Class.forName(VECTOR_CLASS);
            return (KernelSupport) type.getDeclaredMethod("create", WorkerPool.class)
                    .invoke(null, WorkerPool.shared());
        } catch (InvocationTargetException e) {
            throw new UnavailableException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new UnavailableException("loading " + VECTOR_CLASS + " failed: " + e, e);
        }
    }

    /** Why the Vector API kernels cannot run here. */
    private static final class UnavailableException extends Exception {
        UnavailableException(String message) {
            super(message);
        }

        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
