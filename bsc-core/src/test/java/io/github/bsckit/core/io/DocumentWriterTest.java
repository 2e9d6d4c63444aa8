package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The writer's output is fixed: key order, layout, quoting, numbers and left-out defaults. */
@Tag("text")
class DocumentWriterTest {
  private static final Path EXAMPLES = Path.of("src/test/resources/io/github/bsckit/core/io/examples");
  private static final Path CANONICAL = Path.of("src/test/resources/io/github/bsckit/core/io/canonical");

  @ParameterizedTest
  @CsvSource({"acme-retail, YAML", "acme-retail, JSON", "city-services, YAML", "city-services, JSON",
      "minimal, YAML", "minimal, JSON"})
  void writesTheExamplesInTheirCanonicalForm(String example, Format format) throws IOException {
    ScorecardDocument doc = DocumentReader.of(Format.YAML).read(EXAMPLES.resolve(example + ".yaml"));
    String expected = Files.readString(CANONICAL.resolve(example + "." + format.extension()));
    assertThat(DocumentWriter.of(format).write(doc)).isEqualTo(expected);
  }

  @Test
  void leavesOutEveryDefault() {
    Scorecard plain = Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o
        .kpi("revenue", "Revenue", k -> { })).initiative("I1", "Roll-out", i -> { }).link("F1", "F1").build();
    assertThat(DocumentWriter.of(Format.YAML).write(plain)).isEqualTo("""
        bsc: 1
        name: Acme
        objectives:
          - id: F1
            name: Grow
            perspective: financial
            kpis:
              - id: revenue
                name: Revenue
                indicator: lagging
                direction: increase
                kind: level
        links:
          - from: F1
            to: F1
        initiatives:
          - id: I1
            name: Roll-out
        """);
  }

  @Test
  void quotesExactlyTheStringsThatWouldReadBackAsSomethingElse() {
    Scorecard s = Scorecard.builder("true").vision("2026").mission("No").objective("1e3", "null", "financial",
        o -> o.owner("2026-01-01").description("a: b")).build();
    assertThat(DocumentWriter.of(Format.YAML).write(s)).isEqualTo("""
        bsc: 1
        name: "true"
        vision: "2026"
        mission: "No"
        objectives:
          - id: "1e3"
            name: "null"
            perspective: financial
            owner: 2026-01-01
            description: "a: b"
        """);
  }

  @Test
  void writesNumbersAsPeopleWriteThem() {
    Scorecard s = Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o
        .kpi("k", "K", k -> k.baseline(90.0, "2026-01-01").target(0.000_000_015, "2026-12-31").weight(2.50))).build();
    String json = DocumentWriter.of(Format.JSON).write(s);
    assertThat(json).contains("\"value\": 90,", "\"value\": 1.5e-8,", "\"weight\": 2.5,");
  }

  @Test
  void givesTheSameBytesForEqualDocumentsHoweverTheyWereBuilt() throws IOException {
    ScorecardDocument read = DocumentReader.of(Format.YAML).read(EXAMPLES.resolve("city-services.yaml"));
    ScorecardDocument rebuilt = new ScorecardDocument(read.scorecard().withName(read.scorecard().name()),
        Actuals.empty().merge(read.actuals()));
    assertThat(rebuilt).isEqualTo(read);
    for (Format f : Format.values()) {
      assertThat(DocumentWriter.of(f).write(rebuilt)).isEqualTo(DocumentWriter.of(f).write(read));
    }
  }

  @Test
  void writesUtf8FilesAndLeavesTheCallersWriterOpen(@TempDir Path dir) throws IOException {
    Scorecard s = Scorecard.builder("Café Ærø 😀").build();
    Path file = dir.resolve("cafe.json");
    DocumentWriter.writeFile(ScorecardDocument.of(s), file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("{\n  \"bsc\": 1,\n  \"name\": \"Café Ærø 😀\"\n}\n");

    StringWriter out = new StringWriter() {
      @Override
      public void close() {
        throw new AssertionError("the writer must not close the caller's Writer");
      }
    };
    DocumentWriter.of(Format.YAML).write(ScorecardDocument.of(s), out);
    assertThat(out).hasToString("bsc: 1\nname: Café Ærø 😀\n");
  }

  @Test
  void reportsAFailingWriterAsAnUncheckedIoException() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {
      }
    };
    assertThatThrownBy(() -> DocumentWriter.of(Format.JSON).write(ScorecardDocument.of(Scorecard.builder("A").build()),
        broken)).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
  }

  @Test
  void oneWriterAndOneReaderServeManyThreadsAtOnce() throws Exception {
    List<ScorecardDocument> docs = new ArrayList<>();
    for (String example : List.of("acme-retail", "city-services", "minimal")) {
      docs.add(DocumentReader.of(Format.YAML).read(EXAMPLES.resolve(example + ".yaml")));
    }
    for (Format format : Format.values()) {
      DocumentWriter writer = DocumentWriter.of(format);
      DocumentReader reader = DocumentReader.of(format);
      List<String> expected = docs.stream().map(writer::write).toList();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          int n = i % docs.size();
          runs.add(pool.submit(() -> writer.write(docs.get(n)).equals(expected.get(n))
              && reader.read(expected.get(n), "x").equals(docs.get(n))));
        }
        for (Future<Boolean> run : runs) {
          assertThat(run.get()).isTrue();
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void rejectsNullsAndUnknownExtensions() {
    assertThatThrownBy(() -> DocumentWriter.of(null)).isInstanceOf(NullPointerException.class).hasMessage("format");
    assertThatThrownBy(() -> DocumentWriter.of(Format.YAML).write((Scorecard) null))
        .isInstanceOf(NullPointerException.class).hasMessage("scorecard");
    assertThatThrownBy(() -> DocumentWriter.forFile(Path.of("acme.txt"))).isInstanceOf(BscException.class)
        .hasMessage("file must end in .yaml, .yml or .json to tell its format but was \"acme.txt\"");
  }
}
