package dev.copse.core.data.idx;

import dev.copse.core.data.DataFileException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files, the format of MNIST and Fashion-MNIST, raw or gzip-compressed (recognised by the
 * gzip magic bytes {@code 1f 8b}, not by the file name).
 *
 * <p>Format (big-endian): two zero bytes; an element-type byte; a byte {@code r} giving the number of
 * dimensions; {@code r} 32-bit dimension sizes; then the elements in row-major order. Only element type
 * {@code 0x08} (unsigned byte) is supported; other types are rejected with a message saying so.
 *
 * <p>Safety: the header is checked against what the file can hold before anything is allocated from
 * it. A raw file's declared size must equal its body exactly; a compressed body is read in chunks up to
 * the declared size, so memory grows only with data actually present. Declared data above
 * {@link #MAX_DATA_BYTES} is refused, and so is a file too large to hold only that much, before it is read. Trailing bytes after the declared data are an error.
 *
 * <p>Every problem is a {@link DataFileException} whose message starts with the file's name.
 * Thread-safety: stateless, safe from any thread.
 */
public final class IdxReader {

    /** The largest body Copse reads: 1 GiB (full MNIST training images are 47 MB). */
    public static final long MAX_DATA_BYTES = 1L << 30;

    /** The largest file read: the largest body plus the largest header (4 + 4 * 255 bytes). */
    static final long MAX_FILE_BYTES = MAX_DATA_BYTES + 4 + 4 * 255;

    static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /**
     * Reads an IDX file from disk.
     *
     * @throws DataFileException if the file is not a well-formed IDX file of unsigned bytes
     * @throws IOException       if it cannot be read (a missing file gives {@link NoSuchFileException})
     */
    public static IdxArray read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new DataFileException(file.toString(), "is " + size + " bytes, larger than any IDX file Copse "
                    + "reads (at most " + MAX_DATA_BYTES + " bytes of data after the header)");
        }
        return read(Files.readAllBytes(file), file.toString());
    }

    /**
     * Parses the bytes of an IDX file (raw or gzip).
     *
     * @param fileBytes the whole file as stored
     * @param name      the file's name for messages
     * @throws DataFileException if the bytes are not a well-formed IDX file of unsigned bytes
     */
    public static IdxArray read(byte[] fileBytes, String name) throws DataFileException {
        if (fileBytes.length == 0) {
            throw new DataFileException(name, "is empty (0 bytes); expected an IDX file");
        }
        return isGzip(fileBytes) ? readGzip(fileBytes, name) : readRaw(fileBytes, name);
    }

    /** True when {@code bytes} start with the gzip magic number {@code 1f 8b}. */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    private static IdxArray readRaw(byte[] fileBytes, String name) throws DataFileException {
        InputStream in = new ByteArrayInputStream(fileBytes);
        Header header = readHeader(in, name);
        long available = fileBytes.length - header.length();
        if (header.dataBytes() > available) {
            throw new DataFileException(name, "is truncated: its header declares " + header.describe()
                    + " = " + header.dataBytes() + " data bytes but only " + available + " follow");
        }
        if (header.dataBytes() < available) {
            throw new DataFileException(name, "has " + (available - header.dataBytes())
                    + " unexpected bytes after the " + header.dataBytes() + " data bytes its header declares");
        }
        byte[] data = Arrays.copyOfRange(fileBytes, header.length(), fileBytes.length);
        return new IdxArray(header.dims(), data);
    }

    private static IdxArray readGzip(byte[] fileBytes, String name) throws DataFileException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(fileBytes), 1 << 16)) {
            Header header = readHeader(in, name);
            // readNBytes grows its buffer chunk by chunk, so a lying header costs only the bytes present.
            byte[] data = in.readNBytes((int) header.dataBytes());
            if (data.length < header.dataBytes()) {
                throw new DataFileException(name, "is truncated: its header declares " + header.describe()
                        + " = " + header.dataBytes() + " data bytes but the compressed stream holds only "
                        + data.length);
            }
            if (in.read() >= 0) {
                throw new DataFileException(name, "has unexpected bytes after the " + header.dataBytes()
                        + " data bytes its header declares");
            }
            return new IdxArray(header.dims(), data);
        } catch (DataFileException e) {
            throw e;
        } catch (EOFException e) {
            throw new DataFileException(name, "is a truncated gzip stream (" + e.getMessage()
                    + "); download or copy the file again", e);
        } catch (ZipException e) {
            throw new DataFileException(name, "starts like gzip but is not a valid gzip stream ("
                    + e.getMessage() + "); download or copy the file again", e);
        } catch (IOException e) {
            throw new DataFileException(name, "could not be decompressed: " + e.getMessage(), e);
        }
    }

    private static Header readHeader(InputStream in, String name) throws DataFileException {
        byte[] magic = readFully(in, 4, name, "the 4-byte magic number");
        int type = magic[2] & 0xFF;
        int rank = magic[3] & 0xFF;
        if (magic[0] != 0 || magic[1] != 0) {
            throw new DataFileException(name, String.format(Locale.ROOT,
                    "is not an IDX file: magic number 0x%02x%02x%02x%02x does not start with two zero bytes",
                    magic[0], magic[1], magic[2], magic[3]));
        }
        if (type != UNSIGNED_BYTE) {
            throw new DataFileException(name, String.format(Locale.ROOT,
                    "uses IDX element type 0x%02x (%s); Copse reads only type 0x08 (unsigned byte), "
                            + "the type of MNIST and Fashion-MNIST", type, typeName(type)));
        }
        if (rank == 0) {
            throw new DataFileException(name, "declares 0 dimensions; an IDX file needs at least one");
        }
        byte[] dimBytes = readFully(in, 4 * rank, name, "the " + rank + " dimension sizes of the header");
        long[] declared = new long[rank];
        for (int i = 0; i < rank; i++) {
            declared[i] = ((dimBytes[4 * i] & 0xFFL) << 24) | ((dimBytes[4 * i + 1] & 0xFF) << 16)
                    | ((dimBytes[4 * i + 2] & 0xFF) << 8) | (dimBytes[4 * i + 3] & 0xFF);
        }
        int[] dims = new int[rank];
        long product = 1;
        for (int i = 0; i < rank; i++) {
            // Each factor is below 2^32 and the running product stays at most 2^30, so nothing overflows.
            product *= declared[i];
            if (product > MAX_DATA_BYTES || declared[i] > Integer.MAX_VALUE) {
                throw new DataFileException(name, "declares dimensions " + describe(declared)
                        + ", more than the " + MAX_DATA_BYTES + " data bytes Copse reads from one IDX file");
            }
            dims[i] = (int) declared[i];
        }
        return new Header(dims, product, 4 + 4 * rank);
    }

    private static byte[] readFully(InputStream in, int count, String name, String what)
            throws DataFileException {
        try {
            byte[] bytes = in.readNBytes(count);
            if (bytes.length < count) {
                throw new DataFileException(name, "ends after " + bytes.length + " bytes while reading " + what
                        + "; the file is truncated or not an IDX file");
            }
            return bytes;
        } catch (DataFileException e) {
            throw e;
        } catch (EOFException e) {
            throw new DataFileException(name, "is a truncated gzip stream while reading " + what, e);
        } catch (ZipException e) {
            throw new DataFileException(name, "starts like gzip but is not a valid gzip stream ("
                    + e.getMessage() + "); download or copy the file again", e);
        } catch (IOException e) {
            throw new DataFileException(name, "could not be read: " + e.getMessage(), e);
        }
    }

    private static String describe(long[] dims) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            text.append(i == 0 ? "" : " x ").append(dims[i]);
        }
        return text.toString();
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0B -> "16-bit integer";
            case 0x0C -> "32-bit integer";
            case 0x0D -> "32-bit float";
            case 0x0E -> "64-bit float";
            default -> "not an IDX element type";
        };
    }

    /** A parsed header: dimensions, their product (the body size) and the header's own size. */
    private record Header(int[] dims, long dataBytes, int length) {

        String describe() {
            return IdxReader.describe(Arrays.stream(dims).asLongStream().toArray());
        }
    }
}
