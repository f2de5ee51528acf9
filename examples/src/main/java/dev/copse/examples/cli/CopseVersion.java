package dev.copse.examples.cli;

import dev.copse.core.LibraryVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * The text of {@code copse --version}: Copse's version ({@link LibraryVersion}) and the Java runtime it runs
 * on. Thread-safe and stateless.
 */
public final class CopseVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "copse " + LibraryVersion.current(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }
}
