package io.github.bsckit.examples;

import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.ScorecardDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The example scorecards as documents, written from the Java programs so the two can never disagree. Run
 * {@code main} from the repository root to rewrite {@code bsc-examples/documents/}; a test fails when the
 * committed files differ from what this writes.
 */
public final class ExampleDocuments {
  private ExampleDocuments() {}

  /** {@return each example's file name with its document text, YAML with the actuals inline} */
  public static Map<String, String> all() {
    DocumentWriter yaml = DocumentWriter.of(Format.YAML);
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("acme-retail.yaml", yaml.write(ScorecardDocument.of(AcmeRetail.scorecard(), AcmeRetail.actuals())));
    docs.put("nimbus-analytics.yaml", yaml.write(ScorecardDocument.of(NimbusSaas.scorecard(), NimbusSaas.actuals())));
    docs.put("city-of-riverton.yaml",
        yaml.write(ScorecardDocument.of(CityOfRiverton.scorecard(), CityOfRiverton.actuals())));
    return docs;
  }

  /**
   * Writes the documents.
   *
   * @param args optional target directory (default {@code bsc-examples/documents})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "bsc-examples/documents");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> doc : all().entrySet()) {
      Files.writeString(dir.resolve(doc.getKey()), doc.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + dir.resolve(doc.getKey()));
    }
  }
}
