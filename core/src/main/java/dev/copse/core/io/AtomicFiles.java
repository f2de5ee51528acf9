package dev.copse.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files so that a reader, or a crash, never sees a half-written file under the final name: the bytes
 * go to a temporary file in the same folder, are forced to the device ({@code fsync}), and the temporary
 * file is then renamed over the target in one atomic step. The folder is forced too where the platform
 * allows it, so the rename itself survives a power loss.
 *
 * <p>Stateless and thread-safe; two concurrent writers of the same target leave one of the two complete
 * files.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Replaces {@code target} by {@code bytes} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} by what {@code content} writes, atomically. If {@code content} throws, the
     * target is left as it was and the temporary file is removed.
     *
     * @throws AtomicMoveNotSupportedException if the file system cannot rename atomically
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its files are readable by the owner only, and the final file should get the
        // usual permissions (the umask's), like any other file the user writes.
        Path temp = Files.createFile(folder.resolve("." + absolute.getFileName() + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp"));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                content.writeTo(buffered);
                buffered.flush();
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Forces a folder's entries to the device; some platforms cannot open a folder, and then it is skipped. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException unsupported) {
            // Opening a directory for reading is not possible on every platform (e.g. Windows); the rename
            // has happened, only its durability against power loss is then up to the file system.
        }
    }
}
