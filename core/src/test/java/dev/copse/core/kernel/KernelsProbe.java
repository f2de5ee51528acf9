package dev.copse.core.kernel;

/**
 * Entry point for {@link KernelSelectionTest}'s child JVMs: prints the active kernels' name, or the
 * message of the error that prevented selecting them.
 */
final class KernelsProbe {

    private KernelsProbe() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(Kernels.name());
        } catch (ExceptionInInitializerError e) {
            System.out.println(e.getCause().getMessage());
        }
    }
}
