package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.portfolio.KpiRollUp;
import io.github.bsckit.core.portfolio.MissingData;
import io.github.bsckit.core.portfolio.UnitKpi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio decoder's problems, each with its path and line and column: scorecards that are neither documents
 * nor paths, references it cannot follow, roll-ups with the keys of another aggregation, values of the wrong
 * type, the size limit of the portfolio document itself, and the order problems are reported in.
 */
@Tag("text")
class PortfolioDecoderTest {
  /** Two units with inline scorecards; a test appends a unit, alignments or roll-ups from line 30. */
  private static final String TWO_UNITS = """
      bsc-portfolio: 1
      name: Inline
      units:
        - id: corp
          name: Corp
          scorecard:
            bsc: 1
            name: Corp
            objectives:
              - id: F1
                perspective: financial
                name: Grow
                kpis:
                  - {id: revenue, name: Revenue, unit: $}
                  - {id: deals, name: Deals}
        - id: shop
          name: Shop
          parent: corp
          scorecard:
            bsc: 1
            name: Shop
            objectives:
              - id: F1
                perspective: financial
                name: Grow
                kpis:
                  - {id: revenue, name: Revenue, unit: $}
                  - {id: won, name: Won}
                  - {id: quoted, name: Quoted}
      """;

  @TempDir
  Path dir;

  private static PortfolioDocument read(String text) {
    return PortfolioReader.of(Format.YAML).read(text, "p.yaml");
  }

  private static List<String> problems(String text) {
    try {
      read(text);
    } catch (DocumentException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("read without problems:\n" + text);
  }

  private static String unit(String scorecard) {
    return TWO_UNITS + "  - {id: lab, name: Lab, parent: corp, scorecard: " + scorecard + "}\n";
  }

  private static String rollUp(String rollUp) {
    return TWO_UNITS + "rollUps:\n  - " + rollUp + "\n";
  }

  @Test
  void theTwoUnitsReadWithoutProblems() {
    assertThat(read(TWO_UNITS).portfolio().units()).hasSize(2);
  }

  @Test
  void aScorecardThatIsNeitherADocumentNorAPathIsPlacedAtItsValue() {
    assertThat(problems(unit("42"))).containsExactly("p.yaml:30:51: units[2].scorecard: must be a scorecard document,"
        + " inline or the relative path of its file, but was the number 42");
  }

  @Test
  void aPortfolioReadFromTextCannotFollowAFileReference() {
    assertThat(problems(unit("lab.yaml"))).containsExactly("p.yaml:30:51: units[2].scorecard: refers to the file"
        + " \"lab.yaml\", but this portfolio was read from text without a folder to resolve it against; read it"
        + " from its file, or put the scorecard inline");
  }

  @Test
  void aRatioOfSumsRefusesSourcesAndOtherAggregationsRefuseNumeratorsAndScale() {
    assertThat(problems(rollUp("{kpi: corp/deals, aggregation: ratio-of-sums, numerators: [shop/won],"
        + " denominators: [shop/quoted], sources: [shop/won]}"))).containsExactly("p.yaml:31:113: rollUps[0].sources:"
            + " is not for ratio-of-sums, which reads `numerators` and `denominators`");
    assertThat(problems(rollUp("{kpi: corp/revenue, aggregation: sum, sources: [shop/revenue], scale: 100,"
        + " numerators: [shop/won]}"))).containsExactly(
            "p.yaml:31:75: rollUps[0].scale: is only for ratio-of-sums, not sum",
            "p.yaml:31:92: rollUps[0].numerators: is only for ratio-of-sums, not sum");
  }

  @Test
  void aSumWithoutSourcesIsMissingThem() {
    assertThat(problems(rollUp("{kpi: corp/revenue, aggregation: sum}"))).singleElement().asString()
        .startsWith("p.yaml:31:").contains("sources");
  }

  /** The path is the value's own: not {@code rollUps[0].sources[0].text}, a key no document has. */
  @Test
  void aSourceThatIsNoUnitKpiIsTheOnlyProblemOfItsRollUpAndIsPlacedAtTheValue() {
    assertThat(problems(rollUp("{kpi: corp/revenue, aggregation: sum, sources: [shop]}"))).containsExactly(
        "p.yaml:31:53: rollUps[0].sources[0]: must name a unit and a KPI as unit/kpi (for example retail/revenue)"
            + " but was \"shop\"");
  }

  @Test
  void anAlignmentEndThatIsNoUnitObjectiveIsPlacedAtTheValue() {
    assertThat(problems(TWO_UNITS + "alignments:\n  - {from: shop, to: corp/F1}\n")).containsExactly(
        "p.yaml:31:12: alignments[0].from: must name a unit and an objective as unit/objective (for example retail/C1)"
            + " but was \"shop\"");
  }

  @Test
  void aScaleAndAMissingPolicyOfTheWrongTypeAreOneProblemEach() {
    assertThat(problems(rollUp("{kpi: corp/deals, aggregation: ratio-of-sums, numerators: [shop/won],"
        + " denominators: [shop/quoted], scale: big, missing: sometimes}"))).satisfiesExactly(
            scale -> assertThat(scale).startsWith("p.yaml:31:111: rollUps[0].scale: "),
            missing -> assertThat(missing).startsWith("p.yaml:31:125: rollUps[0].missing: ").contains("sometimes"));
  }

  @Test
  void aRatioOfSumsReadsItsScaleAndMissingPolicy() {
    KpiRollUp r = read(rollUp("{kpi: corp/deals, aggregation: ratio-of-sums, numerators: [shop/won],"
        + " denominators: [shop/quoted], scale: 100, missing: treat-as-missing}")).portfolio().rollUps().get(0);

    assertThat(r.sources()).containsExactly(UnitKpi.parse("shop/won"));
    assertThat(r.denominators()).containsExactly(UnitKpi.parse("shop/quoted"));
    assertThat(r.scale()).isEqualTo(100);
    assertThat(r.missing()).isEqualTo(MissingData.TREAT_AS_MISSING);
  }

  @Test
  void anAlignmentWeightThatIsNoNumberIsItsOnlyProblem() {
    assertThat(problems(TWO_UNITS + "alignments:\n  - {from: shop/F1, to: corp/F1, weight: heavy}\n"))
        .singleElement().asString().startsWith("p.yaml:31:42: alignments[0].weight: ");
  }

  @Test
  void theModelsProblemsAreListedInDocumentOrder() {
    String alignmentsFirst = TWO_UNITS.replace("units:\n", "alignments:\n  - {from: shop/F1, to: corp/F9}\nunits:\n")
        .replace("parent: corp", "parent: crop");

    // the model checks units before alignments; the document has the alignment on line 4, the parent on line 20
    assertThat(problems(alignmentsFirst)).satisfiesExactly(
        to -> assertThat(to).startsWith("p.yaml:4:25: alignments[0].to: must name an objective of unit corp"),
        parent -> assertThat(parent).startsWith("p.yaml:20:").contains("units[1].parent: must name a unit"));
  }

  // ---- files -------------------------------------------------------------------------------------------------------

  @Test
  void thePortfolioDocumentItselfMayFillTheByteLimitButNotPassIt() throws IOException {
    Path file = Files.writeString(dir.resolve("p.yaml"), TWO_UNITS);
    long size = Files.size(file);

    assertThat(PortfolioReader.forFile(file).withMaxTotalBytes(size).read(file).portfolio().units()).hasSize(2);
    assertThatThrownBy(() -> PortfolioReader.forFile(file).withMaxTotalBytes(size - 1).read(file))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly(file + ":1:1: the portfolio document has " + size + " bytes, more than the limit of "
                + (size - 1) + " bytes for all files of a portfolio"));
  }

  @Test
  void aReferenceToAFolderSaysItIsAFolder() throws IOException {
    Files.createDirectories(dir.resolve("lab"));
    Path file = Files.writeString(dir.resolve("p.yaml"), unit("lab"));

    assertThatThrownBy(() -> PortfolioReader.readFile(file)).isInstanceOfSatisfying(DocumentException.class,
        e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ":30:51: units[2].scorecard:"
            + " refers to \"lab\", but there is no such file (it is a folder) at " + dir.resolve("lab")));
  }

  @Test
  void aLinkThatLeadsOutOfThePortfoliosFolderIsRefused() throws IOException {
    Path outside = Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("lab.yaml"), "bsc: 1\n");
    Path folder = Files.createDirectories(dir.resolve("portfolio"));
    Files.createSymbolicLink(folder.resolve("lab.yaml"), outside);
    Path file = Files.writeString(folder.resolve("p.yaml"), unit("lab.yaml"));
    Path real = outside.toRealPath();

    assertThatThrownBy(() -> PortfolioReader.readFile(file)).isInstanceOfSatisfying(DocumentException.class,
        e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ":30:51: units[2].scorecard:"
            + " must stay inside the portfolio's folder but \"lab.yaml\" leads to " + real));
  }

  @Test
  void aReferencedFileWithoutAKnownExtensionIsRefused() throws IOException {
    Files.writeString(dir.resolve("lab.txt"), "bsc: 1\n");
    Path file = Files.writeString(dir.resolve("p.yaml"), unit("lab.txt"));

    assertThatThrownBy(() -> PortfolioReader.readFile(file)).isInstanceOfSatisfying(DocumentException.class,
        e -> assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
            .startsWith(file + ":30:51: units[2].scorecard: refers to \"lab.txt\", whose extension names no format: "));
  }
}
