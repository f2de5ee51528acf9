package dev.copse.core.data.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.DataFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatTheWriterWroteRawAndGzipped() throws IOException {
        IdxArray images = IdxFixtures.images(5, 3, 4, 9);
        IdxWriter.writeRaw(dir.resolve("raw"), images);
        IdxWriter.writeGzip(dir.resolve("packed"), images);
        for (String name : new String[] {"raw", "packed"}) {
            IdxArray back = IdxReader.read(dir.resolve(name));
            assertArrayEquals(new int[] {5, 3, 4}, back.dims());
            assertArrayEquals(images.copyData(), back.copyData());
        }
        assertEquals(4 + 12 + 60, Files.size(dir.resolve("raw")));
        assertTrue(IdxReader.isGzip(Files.readAllBytes(dir.resolve("packed"))));
    }

    @Test
    void readsAHandWrittenHeader() throws IOException {
        byte[] file = concat(new byte[] {0, 0, 0x08, 2, 0, 0, 0, 2, 0, 0, 0, 1}, new byte[] {7, (byte) 200});
        IdxArray array = IdxReader.read(file, "hand");
        assertArrayEquals(new int[] {2, 1}, array.dims());
        assertEquals(200, array.unsignedByte(1));
    }

    @Test
    void wrongMagicNumber() throws IOException {
        DataFileException e = fails("wrong-magic", concat(new byte[] {0x12, 0x34, 0x08, 1, 0, 0, 0, 1}, new byte[1]));
        assertProblem(e, "wrong-magic", "magic number 0x12340801");
    }

    @Test
    void unsupportedElementType() throws IOException {
        DataFileException e = fails("floats", concat(IdxFixtures.header(0x0D, 1), new byte[4]));
        assertProblem(e, "floats", "element type 0x0d (32-bit float)");
        assertTrue(e.getMessage().contains("only type 0x08 (unsigned byte)"), e.getMessage());
    }

    @Test
    void truncatedBody() throws IOException {
        DataFileException e = fails("short", concat(IdxFixtures.header(0x08, 10, 28, 28), new byte[100]));
        assertProblem(e, "short", "truncated");
        assertTrue(e.getMessage().contains("10 x 28 x 28 = 7840 data bytes but only 100 follow"), e.getMessage());
    }

    @Test
    void truncatedGzipBody() throws IOException {
        byte[] whole = IdxWriter.encodeGzip(IdxFixtures.images(50, 28, 28, 3));
        DataFileException e = fails("cut.gz", Arrays.copyOf(whole, whole.length / 2));
        assertProblem(e, "cut.gz", "truncated");
    }

    @Test
    void gzipOfTooFewBytes() throws IOException {
        byte[] packed = gzip(concat(IdxFixtures.header(0x08, 4), new byte[] {1, 2}));
        DataFileException e = fails("few.gz", packed);
        assertProblem(e, "few.gz", "truncated");
        assertTrue(e.getMessage().contains("holds only 2"), e.getMessage());
    }

    @Test
    void trailingBytes() throws IOException {
        DataFileException e = fails("long", concat(IdxFixtures.header(0x08, 2), new byte[5]));
        assertProblem(e, "long", "3 unexpected bytes after the 2 data bytes");
    }

    @Test
    void emptyFile() throws IOException {
        assertProblem(fails("empty", new byte[0]), "empty", "is empty (0 bytes)");
    }

    @Test
    void headerCutShort() throws IOException {
        assertProblem(fails("stub", new byte[] {0, 0, 8}), "stub", "ends after 3 bytes");
        assertProblem(fails("dims", new byte[] {0, 0, 8, 3, 0, 0, 0, 1}), "dims", "ends after 4 bytes");
        assertProblem(fails("rank0", new byte[] {0, 0, 8, 0}), "rank0", "declares 0 dimensions");
    }

    @Test
    void gzipGarbage() throws IOException {
        byte[] garbage = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xFF, (byte) 0xFE, 0x13, 0x77, 0x42, 0x00,
            (byte) 0x99, 0x01, 0x02, 0x03};
        DataFileException e = fails("garbage.gz", garbage);
        assertTrue(e.getMessage().startsWith(dir.resolve("garbage.gz").toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void hugeDeclaredDimensionsAreRefusedBeforeAllocating() throws IOException {
        DataFileException e = fails("huge", concat(IdxFixtures.header(0x08, 60000, 100000, 100000), new byte[8]));
        assertProblem(e, "huge", "declares dimensions 60000 x 100000 x 100000, more than");
        DataFileException max = fails("max", concat(IdxFixtures.header(0x08, -1), new byte[8]));
        assertProblem(max, "max", "declares dimensions 4294967295");
        DataFileException zeroThenHuge = fails("zero", IdxFixtures.header(0x08, 0, -1));
        assertProblem(zeroThenHuge, "zero", "declares dimensions 0 x 4294967295");
    }

    @Test
    void largeButAllowedDeclarationInGzipFailsAsTruncated() throws IOException {
        // 2^30 declared bytes behind a 10-byte body: the reader must report truncation, reading only what exists.
        byte[] packed = gzip(concat(IdxFixtures.header(0x08, 1 << 15, 1 << 15), new byte[10]));
        DataFileException e = fails("bomb.gz", packed);
        assertProblem(e, "bomb.gz", "holds only 10");
    }

    @Test
    void fileTooLargeToBeIdxIsRefusedBeforeReading() throws IOException {
        Path sparse = dir.resolve("sparse");
        // A sparse file: one byte past the limit, without writing a gigabyte.
        try (FileChannel channel = FileChannel.open(sparse, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {0}), IdxReader.MAX_FILE_BYTES);
        }
        var e = assertThrows(DataFileException.class, () -> IdxReader.read(sparse));
        assertProblem(e, "sparse", "larger than any IDX file Copse reads");
    }

    @Test
    void missingFileIsAnIoErrorNamingIt() {
        Path missing = dir.resolve("nowhere");
        IOException e = assertThrows(IOException.class, () -> IdxReader.read(missing));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    private DataFileException fails(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return assertThrows(DataFileException.class, () -> IdxReader.read(file));
    }

    private void assertProblem(DataFileException e, String name, String problem) {
        String file = dir.resolve(name).toString();
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }
}
