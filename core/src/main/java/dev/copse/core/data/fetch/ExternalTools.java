package dev.copse.core.data.fetch;

/**
 * The commands the fetcher runs, by name or path. {@link #standard()} uses the plain names looked up on
 * {@code PATH}; tests point them at scripts or at names that do not exist.
 *
 * @param npm    Node.js's package manager, used as {@code npm pack <package>@<version>}
 * @param tar    used as {@code tar --no-same-owner -xzf <archive>} to unpack what npm downloaded
 * @param aptGet Debian's package tool, used as {@code apt-get download <package>} (needs no root)
 * @param dpkg   used as {@code dpkg -x <deb> <folder>} to unpack a Debian package without installing it
 */
public record ExternalTools(String npm, String tar, String aptGet, String dpkg) {

    public ExternalTools {
        for (String command : new String[] {npm, tar, aptGet, dpkg}) {
            if (command == null || command.isBlank()) {
                throw new IllegalArgumentException("external tool commands must not be empty");
            }
        }
    }

    /** {@code npm}, {@code tar}, {@code apt-get}, {@code dpkg} from {@code PATH}. */
    public static ExternalTools standard() {
        return new ExternalTools("npm", "tar", "apt-get", "dpkg");
    }
}
