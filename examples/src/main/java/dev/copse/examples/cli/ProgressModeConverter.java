package dev.copse.examples.cli;

import dev.copse.examples.cli.progress.ProgressMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --progress=<mode>} with {@link ProgressMode#parse}, so that a wrong value is answered with
 * the lower-case spellings the help shows rather than picocli's list of every enum spelling.
 */
final class ProgressModeConverter implements ITypeConverter<ProgressMode> {

    @Override
    public ProgressMode convert(String value) {
        try {
            return ProgressMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
