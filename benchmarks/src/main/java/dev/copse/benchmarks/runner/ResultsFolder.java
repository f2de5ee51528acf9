package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.MarkdownReport;
import dev.copse.benchmarks.report.ReportJson;
import dev.copse.benchmarks.report.ScenarioReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder one run writes to, {@code <root>/<date>-<scenario>/} (with {@code -2}, {@code -3}, ... when a
 * run of the same scenario already used that name today), holding {@code <scenario>.json} and
 * {@code <scenario>.md}.
 *
 * @param path the folder
 */
public record ResultsFolder(Path path) {

    /** Creates a fresh folder for {@code scenario} under {@code root}; never reuses an existing one. */
    public static ResultsFolder create(Path root, LocalDate date, String scenario) throws IOException {
        Files.createDirectories(root);
        String base = date + "-" + scenario;
        for (int attempt = 1; ; attempt++) {
            Path candidate = root.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                return new ResultsFolder(Files.createDirectory(candidate));
            } catch (FileAlreadyExistsException e) {
                // Taken by an earlier run today: try the next suffix.
            }
        }
    }

    /** Writes the report's JSON and Markdown; returns the Markdown. */
    public String write(ScenarioReport report) throws IOException {
        String markdown = MarkdownReport.render(report);
        Files.writeString(path.resolve(report.scenario() + ".json"), ReportJson.write(report), StandardCharsets.UTF_8);
        Files.writeString(path.resolve(report.scenario() + ".md"), markdown, StandardCharsets.UTF_8);
        return markdown;
    }

    /**
     * The one Markdown table file in the folder: its scenario name (the file name without {@code .md}) and
     * content. Throws when the folder does not exist or holds no or several {@code .md} files.
     */
    public Table markdown() throws IOException {
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("results folder " + path.toAbsolutePath() + " does not exist");
        }
        List<Path> tables;
        try (Stream<Path> files = Files.list(path)) {
            tables = files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        if (tables.size() != 1) {
            throw new IllegalArgumentException("results folder " + path.toAbsolutePath()
                    + " should hold exactly one <scenario>.md file, found " + tables.size() + ": " + tables);
        }
        String file = tables.getFirst().getFileName().toString();
        return new Table(file.substring(0, file.length() - ".md".length()),
                Files.readString(tables.getFirst(), StandardCharsets.UTF_8));
    }

    /**
     * A scenario's Markdown as found in a results folder.
     *
     * @param scenario the scenario, which is also the docs section name
     * @param markdown the table text
     */
    public record Table(String scenario, String markdown) {
    }
}
