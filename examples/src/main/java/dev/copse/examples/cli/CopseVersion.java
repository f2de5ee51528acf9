package dev.copse.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The text of {@code copse --version}: Copse's version and the Java runtime it runs on.
 *
 * <p>The version is read from {@code version.properties} next to this class, which Maven's resource
 * filtering fills with the project version at build time (see {@code examples/pom.xml}); the POM is the
 * only place that states it.
 *
 * <p>Thread-safe and stateless; each call reads the resource again (a few hundred bytes).
 */
public final class CopseVersion implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "copse " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }

    /**
     * Copse's version as built, e.g. {@code 0.1.0-SNAPSHOT}.
     *
     * @throws IllegalStateException if the resource is missing, has no {@code version} key, or was not
     *                               filtered (a build that bypassed Maven's resource processing)
     * @throws UncheckedIOException  if the resource cannot be read
     */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = CopseVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing next to "
                        + CopseVersion.class.getName() + "; rebuild the examples module with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "").strip();
        if (version.isEmpty() || version.contains("${")) {
            throw new IllegalStateException("resource " + RESOURCE + " holds no filtered version (found '"
                    + version + "'); rebuild the examples module with Maven");
        }
        return version;
    }
}
