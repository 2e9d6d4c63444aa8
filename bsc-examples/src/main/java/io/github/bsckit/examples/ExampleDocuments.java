package io.github.bsckit.examples;

import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.PortfolioDocument;
import io.github.bsckit.core.io.PortfolioWriter;
import io.github.bsckit.core.io.ScorecardDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The example scorecards as documents, written from the Java programs so the two can never disagree. Run
 * {@code main} from the repository root to rewrite {@code bsc-examples/documents/} and the copy of Acme Retail
 * that {@code bsc demo} carries as a resource of bsc-cli ({@link #DEMO_COPY}); a test fails when a committed file
 * differs from what this writes.
 */
public final class ExampleDocuments {
  /**
   * Where bsc-cli keeps the demo's document, relative to the repository root: bsc-cli is built before this
   * module, so it carries a copy of its own rather than reading this module's files.
   */
  public static final String DEMO_COPY = "bsc-cli/src/main/resources/io/github/bsckit/cli/demo/acme-retail.yaml";

  private ExampleDocuments() {}

  /** {@return each example's file name with its document text, YAML with the actuals inline} */
  public static Map<String, String> all() {
    DocumentWriter yaml = DocumentWriter.of(Format.YAML);
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("acme-retail.yaml", yaml.write(ScorecardDocument.of(AcmeRetail.scorecard(), AcmeRetail.actuals())));
    docs.put("nimbus-analytics.yaml", yaml.write(ScorecardDocument.of(NimbusSaas.scorecard(), NimbusSaas.actuals())));
    docs.put("city-of-riverton.yaml",
        yaml.write(ScorecardDocument.of(CityOfRiverton.scorecard(), CityOfRiverton.actuals())));
    docs.put("harbour-coffee.yaml",
        yaml.write(ScorecardDocument.of(HarbourCoffee.scorecard(), HarbourCoffee.actuals())));
    return docs;
  }

  /** The folder of the Halden Group portfolio, under the documents folder. */
  public static final String PORTFOLIO_FOLDER = "halden-group";

  /**
   * {@return the Halden Group portfolio's files by path relative to its folder: {@code portfolio.yaml}, then each
   * unit's scorecard document with its actuals under {@code units/}}
   */
  public static Map<String, String> portfolio() {
    PortfolioDocument doc = HaldenGroup.document();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("portfolio.yaml", PortfolioWriter.of(Format.YAML).write(doc));
    DocumentWriter yaml = DocumentWriter.of(Format.YAML);
    doc.references().forEach((unit, path) -> files.put(path, yaml.write(new ScorecardDocument(
        doc.portfolio().unit(unit).orElseThrow().scorecard(), doc.actualsOf(unit)))));
    return files;
  }

  /**
   * Writes the documents.
   *
   * @param args optional target directory (default {@code bsc-examples/documents}, and then also the demo's copy)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "bsc-examples/documents");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> doc : all().entrySet()) {
      Files.writeString(dir.resolve(doc.getKey()), doc.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + dir.resolve(doc.getKey()));
    }
    for (Map.Entry<String, String> file : portfolio().entrySet()) {
      Path target = dir.resolve(PORTFOLIO_FOLDER).resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + target);
    }
    if (args.length == 0) {
      Files.writeString(Path.of(DEMO_COPY), all().get("acme-retail.yaml"), StandardCharsets.UTF_8);
      System.out.println("wrote " + DEMO_COPY);
    }
  }
}
