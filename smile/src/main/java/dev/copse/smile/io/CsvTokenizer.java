package dev.copse.smile.io;

import dev.copse.core.data.DataFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields by the syntax described on {@link CsvFormat}. Not thread-safe:
 * one instance reads one text once.
 */
final class CsvTokenizer {

    /** One record: its fields and the line it starts on (1-based). */
    record Record(List<String> fields, int line) {
    }

    private final String file;
    private final String text;
    private final CsvFormat format;
    private int position;
    private int line = 1;

    CsvTokenizer(String file, String text, CsvFormat format) {
        this.file = file;
        this.text = text;
        this.format = format;
    }

    /**
     * Every non-blank record of the text. Cost O(characters).
     *
     * @throws DataFileException naming the file and line of an unterminated quote, text after a closing
     *                           quote, or a quote inside an unquoted field
     */
    List<Record> records() throws DataFileException {
        List<Record> records = new ArrayList<>();
        while (position < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            boolean quotedField = false;
            boolean more = true;
            while (more) {
                skipPadding();
                quotedField = position < text.length() && text.charAt(position) == '"';
                fields.add(quotedField ? quoted(fields.size() + 1) : unquoted(fields.size() + 1));
                more = position < text.length() && text.charAt(position) == format.delimiter();
                if (more) {
                    position++;
                }
            }
            endOfLine();
            boolean blank = fields.size() == 1 && !quotedField && fields.get(0).isEmpty();
            if (!blank) {
                records.add(new Record(List.copyOf(fields), start));
            }
        }
        return records;
    }

    private String unquoted(int field) throws DataFileException {
        int begin = position;
        while (position < text.length() && !atFieldEnd()) {
            if (text.charAt(position) == '"') {
                throw new DataFileException(file, "line " + line + ", field " + field + ": a double quote inside "
                        + "an unquoted field; enclose the whole field in quotes and write inner quotes twice");
            }
            position++;
        }
        int end = position;
        while (end > begin && format.isPadding(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(begin, end);
    }

    private String quoted(int field) throws DataFileException {
        int openedOn = line;
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw new DataFileException(file, "line " + openedOn + ", field " + field + ": the quote opened "
                        + "here is never closed");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    value.append('"');
                    position++;
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\r' && (position >= text.length() || text.charAt(position) != '\n')) {
                line++;
            }
            value.append(c);
        }
        skipPadding();
        if (position < text.length() && !atFieldEnd()) {
            throw new DataFileException(file, "line " + line + ", field " + field + ": '" + text.charAt(position)
                    + "' after the closing quote; a quoted field must end at its closing quote");
        }
        return value.toString();
    }

    private boolean atFieldEnd() {
        char c = text.charAt(position);
        return c == format.delimiter() || c == '\n' || c == '\r';
    }

    private void skipPadding() {
        while (position < text.length() && format.isPadding(text.charAt(position))) {
            position++;
        }
    }

    private void endOfLine() {
        if (position >= text.length()) {
            return;
        }
        if (text.charAt(position) == '\r') {
            position++;
        }
        if (position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        line++;
    }
}
