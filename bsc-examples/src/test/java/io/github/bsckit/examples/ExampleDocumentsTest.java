package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.Bsc;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The committed documents are exactly what the Java examples write, and each validates with {@code bsc}. */
@Tag("text")
class ExampleDocumentsTest {
  private static final Path DOCUMENTS = Path.of("documents");

  @Test
  void theCommittedDocumentsAreWhatTheJavaExamplesWrite() throws Exception {
    for (Map.Entry<String, String> doc : ExampleDocuments.all().entrySet()) {
      assertThat(Files.readString(DOCUMENTS.resolve(doc.getKey())))
          .as("%s is stale: run ExampleDocuments.main from the repository root", doc.getKey())
          .isEqualTo(doc.getValue());
    }
  }

  @Test
  void theDemosCopyInBscCliIsTheAcmeRetailDocument() throws Exception {
    assertThat(Files.readString(Path.of("..").resolve(ExampleDocuments.DEMO_COPY)))
        .as("%s is stale: run ExampleDocuments.main from the repository root", ExampleDocuments.DEMO_COPY)
        .isEqualTo(ExampleDocuments.all().get("acme-retail.yaml"));
  }

  @Test
  void everyExampleDocumentValidatesWithTheBscCommand() {
    for (String name : ExampleDocuments.all().keySet()) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Bsc.execute(new PrintWriter(out), new PrintWriter(err), "validate",
          DOCUMENTS.resolve(name).toString());
      assertThat(code).as("%s: %s%s", name, out, err).isZero();
      assertThat(err.toString()).isEmpty();
    }
  }
}
