package dev.copse.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Copse's version as built, e.g. {@code 0.1.0-SNAPSHOT}: what {@code copse --version} prints and what every
 * model file records.
 *
 * <p>Read from {@code version.properties} next to this class, which Maven's resource filtering fills with
 * the project version (see {@code core/pom.xml}). Thread-safe; the value is read once.
 */
public final class LibraryVersion {

    static final String RESOURCE = "version.properties";

    private static final String VERSION = read();

    private LibraryVersion() {
    }

    /**
     * The version string.
     *
     * @throws IllegalStateException (at class initialisation) if the resource is missing or was not filtered,
     *                               i.e. core was built without Maven's resource processing
     */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing next to "
                        + LibraryVersion.class.getName() + "; rebuild the core module with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "").strip();
        if (version.isEmpty() || version.contains("${")) {
            throw new IllegalStateException("resource " + RESOURCE + " holds no filtered version (found '"
                    + version + "'); rebuild the core module with Maven");
        }
        return version;
    }
}
