package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bsckit.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every document of {@code malformed/} and checks that it fails with exactly the problems that
 * {@code malformed/catalogue.txt} lists for it: where (line and column), at which path, and in which words.
 * None may yield a scorecard, and none may fail with another exception or with Jackson's wording.
 */
@Tag("text")
class MalformedDocumentsTest {
  private static final Path FOLDER = Path.of("src/test/resources/io/github/bsckit/core/io/malformed");

  /** One line of the catalogue. */
  record Expected(int line, int column, String path, List<String> words) {}

  @TestFactory
  Stream<DynamicTest> everyMalformedDocumentFailsWithItsLocatedProblems() throws IOException {
    return catalogue().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      List<Problem> problems = problemsOf(e.getKey());
      for (Expected x : e.getValue()) {
        assertThat(problems).as("problems of %s", e.getKey()).anySatisfy(p -> {
          assertThat(p.source()).isEqualTo(e.getKey());
          assertThat(p.line() + ":" + p.column()).isEqualTo(x.line() + ":" + x.column());
          assertThat(p.path()).isEqualTo(x.path());
          assertThat(p.message()).contains(x.words());
          assertThat(p.toString()).startsWith(e.getKey() + ":" + x.line() + ":" + x.column() + ": "
              + (x.path().isEmpty() ? "" : x.path() + ": "));
        });
      }
    }));
  }

  @Test
  void theCatalogueCoversEveryFileAndAtLeastFortyOfThem() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(FOLDER)) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("catalogue.txt")).sorted().toList();
    }
    assertThat(catalogue().keySet()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(40);
  }

  private static List<Problem> problemsOf(String file) throws IOException {
    Throwable thrown;
    try (InputStream in = Files.newInputStream(FOLDER.resolve(file))) {
      thrown = catchThrowable(() -> DocumentReader.forFile(Path.of(file)).read(in, file));
    }
    assertThat(thrown).as("reading %s", file).isExactlyInstanceOf(DocumentException.class);
    assertThat(thrown.getMessage()).startsWith("cannot read " + file + ": ")
        .doesNotContain("tools.jackson", "snakeyaml", "[Source", "Exception", "\tat ");
    return ((DocumentException) thrown).problems();
  }

  private static Map<String, List<Expected>> catalogue() throws IOException {
    Map<String, List<Expected>> byFile = new LinkedHashMap<>();
    for (String line : Files.readAllLines(FOLDER.resolve("catalogue.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(" \\| ", 4);
      String[] at = cells[1].split(":");
      byFile.computeIfAbsent(cells[0], f -> new ArrayList<>()).add(new Expected(Integer.parseInt(at[0]),
          Integer.parseInt(at[1]), cells[2].equals("-") ? "" : cells[2], List.of(cells[3].split(" \\+ "))));
    }
    return byFile;
  }
}
