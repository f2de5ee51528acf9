package dev.copse.smile.io;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 text file read whole: its name for messages, the SHA-256 of its bytes, and its text without a
 * leading byte-order mark.
 *
 * @param name   the path as given, for messages and provenance
 * @param sha256 SHA-256 of the file's bytes exactly as stored (the byte-order mark included)
 * @param text   the decoded text
 */
record TextFile(String name, String sha256, String text) {

    /** Files above this size are refused before reading: the whole text and its parsed cells stay in memory. */
    static final long MAX_BYTES = 512L << 20;

    /**
     * Reads {@code path}. Cost: one read of the file, memory about three times its size while parsing.
     *
     * @throws DataFileException if the file is larger than {@value #MAX_BYTES} bytes or is not UTF-8
     * @throws IOException       if it cannot be read
     */
    static TextFile read(Path path) throws IOException {
        String name = path.toString();
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new DataFileException(name, "is " + size + " bytes; tabular files of at most " + MAX_BYTES
                    + " bytes are read (they are held in memory whole)");
        }
        byte[] bytes = Files.readAllBytes(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(name, "is not valid UTF-8 text; save it as UTF-8 (ASCII is UTF-8)", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new TextFile(name, Sha256.hex(bytes), text);
    }
}
