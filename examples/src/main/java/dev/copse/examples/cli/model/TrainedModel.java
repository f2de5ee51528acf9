package dev.copse.examples.cli.model;

import dev.copse.efficiency.model.CostedClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A model trained or loaded by the command line: the ways it can answer (one {@link CostedClassifier} per
 * inference mode, e.g. soft, hard and pruned-soft for a soft forest; one for most models), a summary of its
 * structure for people, and how to save it.
 */
interface TrainedModel {

    /** Its inference modes, the default first. */
    List<CostedClassifier> modes();

    /** Lines about its structure, e.g. node counts per tree; may be empty. */
    List<String> structure();

    /** Writes it to {@code file} in Copse's model file format. */
    void save(Path file) throws IOException;
}
