package dev.copse.benchmarks.runner;

/**
 * Something a Python peer needs, how to check for it and which Debian package provides it.
 *
 * @param name          what it is, for messages (e.g. {@code numpy})
 * @param probe         Python source that exits normally exactly when the requirement is met
 * @param debianPackage the package {@code apt-get install} needs to meet it
 */
public record PythonRequirement(String name, String probe, String debianPackage) {

    public PythonRequirement {
        for (String field : new String[] {name, probe, debianPackage}) {
            if (field == null || field.isBlank()) {
                throw new IllegalArgumentException("every field of a Python requirement must be non-blank: "
                        + name + ", " + probe + ", " + debianPackage);
            }
        }
    }

    /** A module that only has to import. */
    public static PythonRequirement module(String module, String debianPackage) {
        return new PythonRequirement(module, "import " + module, debianPackage);
    }
}
