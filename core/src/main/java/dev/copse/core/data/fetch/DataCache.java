package dev.copse.core.data.fetch;

import java.nio.file.Path;
import java.util.Map;

/**
 * The folder where fetched datasets live, one sub-folder per dataset ({@code <root>/mnist},
 * {@code <root>/fashion-mnist}).
 *
 * <p>Where the root is, first rule that applies:
 * <ol>
 *   <li>the environment variable {@value #ENV_VARIABLE}, if set and not blank: the root itself;</li>
 *   <li>{@code $XDG_CACHE_HOME/copse}, if {@code XDG_CACHE_HOME} is set to an absolute path (the XDG
 *       Base Directory specification says relative values are invalid and must be ignored);</li>
 *   <li>{@code <user home>/.cache/copse}.</li>
 * </ol>
 *
 * @param root the cache's root folder (it need not exist yet; the fetcher creates it)
 */
public record DataCache(Path root) {

    /** The environment variable that names the cache root. */
    public static final String ENV_VARIABLE = "COPSE_DATA";

    public DataCache {
        if (root == null) {
            throw new IllegalArgumentException("cache root must not be null");
        }
        root = root.toAbsolutePath().normalize();
    }

    /** The cache of this process, from its environment and the {@code user.home} property. */
    public static DataCache fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The cache the rules above give for an environment and a home folder.
     *
     * @throws IllegalStateException if no rule applies because the home folder is unknown
     */
    public static DataCache resolve(Map<String, String> environment, String userHome) {
        String explicit = environment.get(ENV_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return new DataCache(Path.of(explicit));
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new DataCache(Path.of(xdg, "copse"));
        }
        if (userHome == null || userHome.isBlank()) {
            throw new IllegalStateException("cannot place the dataset cache: set " + ENV_VARIABLE
                    + " to a folder (the user's home folder is unknown)");
        }
        return new DataCache(Path.of(userHome, ".cache", "copse"));
    }

    /** The folder of one dataset: {@code <root>/<dataset name>}. */
    public Path folder(PublicDataset dataset) {
        return root.resolve(dataset.name());
    }
}
