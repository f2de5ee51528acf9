package dev.copse.core.data.idx;

import dev.copse.core.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes IDX files of unsigned bytes, raw or gzip-compressed, in the format {@link IdxReader} reads.
 *
 * <p>Files are written atomically: the bytes go to a temporary file in the same folder, which is then
 * renamed over the target, so a crash never leaves half a file under the final name.
 *
 * <p>Gzip output is deterministic: the JDK writes a fixed gzip header (modification time 0, no file
 * name) and this class always uses the best compression level, so the same array gives the same bytes
 * on every run with the same JDK (the deflate stream depends on the JDK's zlib).
 *
 * <p>Thread-safety: stateless; concurrent writes to different files are safe.
 */
public final class IdxWriter {

    private IdxWriter() {
    }

    /** Writes {@code array} as an uncompressed IDX file, atomically. */
    public static void writeRaw(Path file, IdxArray array) throws IOException {
        AtomicFiles.write(file, encode(array));
    }

    /** Writes {@code array} as a gzip-compressed IDX file, atomically. */
    public static void writeGzip(Path file, IdxArray array) throws IOException {
        AtomicFiles.write(file, encodeGzip(array));
    }

    /** The bytes of an uncompressed IDX file holding {@code array}. */
    public static byte[] encode(IdxArray array) {
        byte[] header = header(array);
        byte[] file = new byte[header.length + array.length()];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(array.data(), 0, file, header.length, array.length());
        return file;
    }

    /** The bytes of a gzip-compressed IDX file holding {@code array}. */
    public static byte[] encodeGzip(IdxArray array) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(array.length() / 4 + 64);
        try (OutputStream gzip = new BestGzipOutputStream(bytes)) {
            gzip.write(header(array));
            gzip.write(array.data());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** The header of an IDX file: magic number (type 0x08, rank) and big-endian dimension sizes. */
    static byte[] header(IdxArray array) {
        int rank = array.rank();
        byte[] header = new byte[4 + 4 * rank];
        header[2] = (byte) IdxReader.UNSIGNED_BYTE;
        header[3] = (byte) rank;
        for (int i = 0; i < rank; i++) {
            int dim = array.dim(i);
            header[4 + 4 * i] = (byte) (dim >>> 24);
            header[5 + 4 * i] = (byte) (dim >>> 16);
            header[6 + 4 * i] = (byte) (dim >>> 8);
            header[7 + 4 * i] = (byte) dim;
        }
        return header;
    }

    /** Gzip at the best compression level; the JDK's class exposes the level only to subclasses. */
    private static final class BestGzipOutputStream extends GZIPOutputStream {

        BestGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
