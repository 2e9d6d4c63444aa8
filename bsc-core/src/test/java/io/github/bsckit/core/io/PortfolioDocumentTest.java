package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.portfolio.Alignment;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.UnitId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio document: references across files, their errors and limits, and the exact round trip. */
class PortfolioDocumentTest {
  private static final String CORP = """
      bsc: 1
      name: Acme Group
      objectives:
        - id: F1
          perspective: financial
          name: Grow revenue
          kpis:
            - {id: revenue, name: Revenue, unit: $, kind: flow}
      """;
  private static final String RETAIL = """
      bsc: 1
      name: Retail
      objectives:
        - id: F1
          perspective: financial
          name: Grow retail revenue
          kpis:
            - {id: revenue, name: Revenue, unit: $, kind: flow}
      actuals:
        revenue:
          - {date: 2026-03-31, value: 120}
      """;
  private static final String PORTFOLIO = """
      bsc-portfolio: 1
      name: Acme Group
      units:
        - id: corp
          name: Acme Group
          scorecard: corp.yaml
        - id: retail
          name: Retail
          parent: corp
          weight: 0.6
          scorecard: units/retail.yaml
      alignments:
        - {from: retail/F1, to: corp/F1, rationale: Retail sells most}
      rollUps:
        - {kpi: corp/revenue, aggregation: sum, sources: [retail/revenue]}
      """;

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private Path group() throws IOException {
    write("corp.yaml", CORP);
    write("units/retail.yaml", RETAIL);
    return write("portfolio.yaml", PORTFOLIO);
  }

  private static List<String> lines(DocumentException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void readsUnitsFromTheFilesTheyReferToWithTheirActuals() throws IOException {
    PortfolioDocument doc = PortfolioReader.readFile(group());
    Portfolio p = doc.portfolio();
    assertThat(p.units()).extracting(u -> u.id().value()).containsExactly("corp", "retail");
    assertThat(p.unit("retail").orElseThrow().weight()).isEqualTo(0.6);
    assertThat(p.alignments()).singleElement().extracting(Alignment::rationale).isEqualTo(Optional.of("Retail sells most"));
    assertThat(doc.actualsOf(UnitId.of("retail")).size()).isEqualTo(1);
    assertThat(doc.references()).containsEntry(UnitId.of("retail"), "units/retail.yaml");
  }

  @Test
  void writesBackTheSameBytesAndTheFilesReadBackEqual() throws IOException {
    Path file = group();
    PortfolioDocument doc = PortfolioReader.readFile(file);
    String text = PortfolioWriter.of(Format.YAML).write(doc);
    Path copy = dir.resolve("copy/portfolio.yaml");
    PortfolioWriter.writeFiles(doc, copy);
    assertThat(Files.readString(copy)).isEqualTo(text);
    assertThat(PortfolioReader.readFile(copy)).isEqualTo(doc);
    assertThat(Files.exists(dir.resolve("copy/units/retail.yaml"))).isTrue();
  }

  @Test
  void problemsInAReferencedFileAreLocatedInThatFile() throws IOException {
    group();
    write("units/retail.yaml", RETAIL.replace("unit: $", "unit: $, colour: red"));
    assertThatThrownBy(() -> PortfolioReader.readFile(dir.resolve("portfolio.yaml")))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(lines(e)).singleElement().asString()
            .startsWith(dir.resolve("units/retail.yaml") + ":8:").contains("objectives[0].kpis[0].colour")
            .contains("unknown key `colour`"));
  }

  @Test
  void aReferenceOutOfTheFolderAMissingFileAndAUnitNamedTwiceAreClearErrors() throws IOException {
    group();
    write("portfolio.yaml", PORTFOLIO
        .replace("scorecard: corp.yaml", "scorecard: ../corp.yaml")
        .replace("scorecard: units/retail.yaml", "scorecard: units/retial.yaml"));
    assertThatThrownBy(() -> PortfolioReader.readFile(dir.resolve("portfolio.yaml")))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(lines(e)).satisfiesExactly(
            l -> assertThat(l).contains("portfolio.yaml:6:").contains("units[0].scorecard: must stay inside"),
            l -> assertThat(l).contains("portfolio.yaml:11:").contains("units[1].scorecard: refers to \"units/retial.yaml\", but there is no such file")));
    write("portfolio.yaml", PORTFOLIO.replace("id: retail\n    name: Retail\n    parent: corp", "id: corp\n    name: Retail"));
    assertThatThrownBy(() -> PortfolioReader.readFile(dir.resolve("portfolio.yaml")))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(lines(e)).anySatisfy(
            l -> assertThat(l).contains("portfolio.yaml:7:").contains("units[1].id: must be unique")));
  }

  @Test
  void aReferenceToThePortfolioItselfIsACycleAndToAnotherPortfolioIsRefused() throws IOException {
    group();
    write("portfolio.yaml", PORTFOLIO.replace("scorecard: corp.yaml", "scorecard: portfolio.yaml"));
    assertThatThrownBy(() -> PortfolioReader.readFile(dir.resolve("portfolio.yaml")))
        .hasMessageContaining("cannot read").satisfies(e -> assertThat(lines((DocumentException) e))
            .anySatisfy(l -> assertThat(l).contains("reference cycle")));
    write("other.yaml", PORTFOLIO);
    write("portfolio.yaml", PORTFOLIO.replace("scorecard: corp.yaml", "scorecard: other.yaml"));
    assertThatThrownBy(() -> PortfolioReader.readFile(dir.resolve("portfolio.yaml")))
        .satisfies(e -> assertThat(lines((DocumentException) e))
            .anySatisfy(l -> assertThat(l).contains("is a portfolio document")));
  }

  @Test
  void limitsTheNumberOfFilesAndTheirTotalSize() throws IOException {
    Path file = group();
    assertThatThrownBy(() -> PortfolioReader.forFile(file).withMaxFiles(2).read(file))
        .satisfies(e -> assertThat(lines((DocumentException) e)).singleElement().asString()
            .contains("units[1].scorecard").contains("limit of 2 files"));
    long all = Files.size(file) + Files.size(dir.resolve("corp.yaml")) + Files.size(dir.resolve("units/retail.yaml"));
    assertThat(PortfolioReader.forFile(file).withMaxTotalBytes(all).read(file).portfolio().units()).hasSize(2);
    assertThatThrownBy(() -> PortfolioReader.forFile(file).withMaxTotalBytes(all - 1).read(file))
        .satisfies(e -> assertThat(lines((DocumentException) e)).singleElement().asString()
            .contains("limit of " + (all - 1) + " bytes"));
  }

  @Test
  void inlineScorecardsReportProblemsUnderTheUnitsPath() {
    String text = """
        bsc-portfolio: 1
        name: Inline
        units:
          - id: corp
            name: Corp
            scorecard:
              bsc: 1
              name: Corp
              objectives:
                - {id: F1, perspective: finance, name: Grow}
        """;
    assertThatThrownBy(() -> PortfolioReader.of(Format.YAML).read(text, "inline.yaml"))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(lines(e)).singleElement().asString()
            .startsWith("inline.yaml:10:").contains("units[0].scorecard.objectives[0].perspective"));
  }

  @Test
  void aModelProblemIsPlacedAtTheValueItIsAbout() throws IOException {
    group();
    write("portfolio.yaml", PORTFOLIO.replace("to: corp/F1", "to: corp/F2"));
    assertThatThrownBy(() -> PortfolioReader.readFile(dir.resolve("portfolio.yaml")))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(lines(e)).singleElement().asString()
            .contains("portfolio.yaml:13:27:").contains("alignments[0].to: must name an objective of unit corp")
            .contains("did you mean \"F1\"?"));
  }

  @Test
  void aMissingOrUnknownVersionStopsTheRead() {
    assertThatThrownBy(() -> PortfolioReader.of(Format.YAML).read(CORP, "corp.yaml"))
        .hasMessageContaining("cannot read corp.yaml")
        .satisfies(e -> assertThat(lines((DocumentException) e)).singleElement().asString()
            .contains("this is a scorecard document"));
    assertThatThrownBy(() -> PortfolioReader.of(Format.YAML).read(PORTFOLIO.replace("bsc-portfolio: 1",
        "bsc-portfolio: 2"), "p.yaml")).satisfies(e -> assertThat(lines((DocumentException) e)).singleElement()
        .asString().contains("unsupported portfolio format version"));
  }
}
