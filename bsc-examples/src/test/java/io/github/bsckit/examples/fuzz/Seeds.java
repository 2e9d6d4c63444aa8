package io.github.bsckit.examples.fuzz;

import io.github.bsckit.core.io.ActualsCsv;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.ScorecardDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fuzz corpus: every example document in {@code bsc-examples/documents} as committed (YAML), the same
 * document as the writer's JSON, and its actuals as the {@code kpi,date,value} CSV the CLI's {@code --actuals}
 * reads. Mutants are made from these, so every mutant starts one edit away from a real document.
 */
final class Seeds {
  private static final Path DOCUMENTS = Path.of("documents");

  /** One seed text. */
  record Seed(String name, Kind kind, String text, ScorecardDocument document) {}

  /** What a seed is, and so how a mutant of it is read. */
  enum Kind { YAML, JSON, CSV }

  private Seeds() {}

  /** {@return the seeds, in a fixed order so that a seed number reproduces a case} */
  static List<Seed> all() {
    List<Seed> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(DOCUMENTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String yaml = Files.readString(file);
        String name = file.getFileName().toString();
        ScorecardDocument doc = DocumentReader.of(Format.YAML).read(yaml, name);
        seeds.add(new Seed(name, Kind.YAML, yaml, doc));
        seeds.add(new Seed(name.replace(".yaml", ".json"), Kind.JSON, DocumentWriter.of(Format.JSON).write(doc), doc));
        seeds.add(new Seed(name.replace(".yaml", ".csv"), Kind.CSV, ActualsCsv.write(doc.actuals()), doc));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (seeds.isEmpty()) {
      throw new IllegalStateException("no example documents in " + DOCUMENTS.toAbsolutePath());
    }
    return List.copyOf(seeds);
  }
}
