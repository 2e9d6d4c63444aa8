package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.LifecycleStage;
import io.github.bsckit.core.model.LinkBasis;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.ObjectiveCategory;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.Range;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.Thresholds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reading documents into the model: every key lands in its field, YAML and JSON alike. */
@Tag("text")
class DocumentReaderTest {
  private static final Path EXAMPLES = Path.of("src/test/resources/io/github/bsckit/core/io/examples");
  private static final Path CANONICAL = Path.of("src/test/resources/io/github/bsckit/core/io/canonical");

  @Test
  void readsTheDesignExampleIntoTheModel() {
    ScorecardDocument doc = DocumentReader.forFile(EXAMPLES.resolve("acme-retail.yaml"))
        .read(EXAMPLES.resolve("acme-retail.yaml"));
    Scorecard acme = doc.scorecard();
    assertThat(acme.name()).isEqualTo("Acme Retail");
    assertThat(acme.stage()).contains(LifecycleStage.GROWTH);
    assertThat(acme.fiscalYearStart()).isEqualTo(Month.APRIL);
    assertThat(acme.perspectives()).isEqualTo(Perspective.classic());
    Kpi certified = acme.kpi(KpiId.of("crm-certified")).orElseThrow();
    assertThat(certified.isLeading()).isTrue();
    assertThat(certified.unit()).isEqualTo("%");
    assertThat(certified.baseline().orElseThrow().value()).isEqualTo(20);
    assertThat(certified.target().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(acme.links()).containsExactly(
        CausalLink.of("L1", "P1").withStrength(Strength.STRONG).withRationale("Trained staff convert more demos"),
        CausalLink.of("P1", "C1").withStrength(Strength.MODERATE),
        CausalLink.of("C1", "F1").withStrength(Strength.STRONG).withLag(Period.ofMonths(3)));
    assertThat(acme.initiatives()).singleElement().satisfies(i -> {
      assertThat(i.budget()).contains(Money.of(new BigDecimal("250000"), "USD"));
      assertThat(i.start()).contains(LocalDate.of(2026, 2, 1));
      assertThat(i.status()).isEqualTo(InitiativeStatus.PLANNED);
    });
    assertThat(doc.actuals().latest(KpiId.of("crm-certified"), LocalDate.of(2026, 12, 31)).orElseThrow().value())
        .isEqualTo(52.5);
  }

  @Test
  void readsEveryOptionalField() throws IOException {
    Scorecard city = DocumentReader.of(Format.YAML).read(EXAMPLES.resolve("city-services.yaml")).scorecard();
    assertThat(city.perspectives()).extracting(p -> p.id().value())
        .containsExactly("mission", "residents", "processes", "people");
    assertThat(city.theme(io.github.bsckit.core.model.ThemeId.of("T-digital")).orElseThrow().description())
        .contains("Move every routine service online");
    assertThat(city.objective("R1").orElseThrow().category()).contains(ObjectiveCategory.ValueProposition.AVAILABILITY);
    assertThat(city.objective("M1").orElseThrow().weight()).isEqualTo(2);
    Kpi uptime = city.kpi(KpiId.of("uptime")).orElseThrow();
    assertThat(uptime.direction()).isEqualTo(Direction.RANGE);
    assertThat(uptime.range()).contains(Range.of(99.5, 100));
    assertThat(uptime.precision()).isEqualTo(3);
    Kpi oneVisit = city.kpi(KpiId.of("one-visit")).orElseThrow();
    assertThat(oneVisit.milestones()).hasSize(2);
    assertThat(oneVisit.thresholds()).contains(Thresholds.of(0.9, 0.6));
    assertThat(city.kpi(KpiId.of("wait-minutes")).orElseThrow().scoring().orElseThrow().parameter("redFlag"))
        .hasValue(40);
    assertThat(city.links().get(0).strength()).contains(Strength.of(0.75));
    assertThat(city.links().get(2).polarity()).isEqualTo(Polarity.INVERSE);
    assertThat(city.initiatives().get(0).budget().orElseThrow().amount()).isEqualByComparingTo("1250000.5");
    assertThat(city.initiatives().get(1).status()).isEqualTo(InitiativeStatus.ON_HOLD);
    assertThat(city.scoring().rollUp()).isEqualTo(RollUp.MIN);
    assertThat(city.scoring().method().method()).isEqualTo("performance");
  }

  @Test
  void readsAndWritesALinkMarkedDefinitionalAndLeavesTheDefaultUnwritten() {
    String text = """
        bsc: 1
        name: Shop
        objectives:
          - {id: F1, name: Grow revenue, perspective: financial}
          - {id: F2, name: Sell more units, perspective: financial}
          - {id: C1, name: Delight customers, perspective: customer}
        links:
          - {from: F2, to: F1, basis: definitional}
          - {from: C1, to: F1}
        """;
    Scorecard shop = DocumentReader.of(Format.YAML).read(text, "shop.yaml").scorecard();
    assertThat(shop.links()).extracting(CausalLink::basis)
        .containsExactly(LinkBasis.DEFINITIONAL, LinkBasis.EMPIRICAL);
    String written = DocumentWriter.of(Format.YAML).write(shop);
    assertThat(written).containsOnlyOnce("basis: definitional").doesNotContain("empirical");
    assertThat(DocumentReader.of(Format.YAML).read(written, "again.yaml").scorecard()).isEqualTo(shop);
  }

  @Test
  void rejectsAnUnknownLinkBasisNamingTheAllowedOnes() {
    String text = """
        bsc: 1
        name: Shop
        objectives:
          - {id: F1, name: Grow revenue, perspective: financial}
          - {id: C1, name: Delight customers, perspective: customer}
        links:
          - {from: C1, to: F1, basis: assumed}
        """;
    assertThatThrownBy(() -> DocumentReader.of(Format.YAML).read(text, "shop.yaml"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("links[0].basis").hasMessageContaining("definitional");
  }

  @Test
  void readsTheSameDocumentFromYamlAndJsonAndFromEverySource() throws IOException {
    ScorecardDocument yaml = DocumentReader.of(Format.YAML).read(EXAMPLES.resolve("city-services.yaml"));
    String json = Files.readString(CANONICAL.resolve("city-services.json"));
    DocumentReader reader = DocumentReader.of(Format.JSON);
    assertThat(reader.read(json, "c.json")).isEqualTo(yaml);
    assertThat(reader.read(new StringReader(json), "c.json")).isEqualTo(yaml);
    assertThat(reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c.json")).isEqualTo(yaml);
    assertThat(reader.read(CANONICAL.resolve("city-services.json"))).isEqualTo(yaml);
  }

  @Test
  void followsYaml12SoYesIsTextAndOctalNeedsItsPrefix() {
    ScorecardDocument doc = DocumentReader.of(Format.YAML).read("""
        bsc: 1
        name: yes
        vision: no
        fiscalYearStart: 0o12
        objectives:
          - {id: F1, name: On, perspective: financial, kpis: [{id: k, name: K, precision: 010}]}
        """, "yaml12.yaml");
    assertThat(doc.scorecard().name()).isEqualTo("yes");
    assertThat(doc.scorecard().vision()).contains("no");
    assertThat(doc.scorecard().fiscalYearStart()).isEqualTo(Month.OCTOBER);
    assertThat(doc.scorecard().kpis().get(0).precision()).isEqualTo(10);
  }

  @Test
  void acceptsABomAndWholeNumbersWrittenWithAFraction() {
    ScorecardDocument doc = DocumentReader.of(Format.JSON)
        .read("\uFEFF{\"bsc\": 1.0, \"name\": \"A\", \"fiscalYearStart\": 3.0}", "bom.json");
    assertThat(doc.scorecard().fiscalYearStart()).isEqualTo(Month.MARCH);
  }

  @Test
  void listsEveryProblemOfADocumentSortedByPosition() {
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> DocumentReader.of(Format.YAML).read("""
        bsc: 1
        name: " "
        objectives:
          - {id: grow, name: Grow, perspective: financial, weight: -1}
          - {id: grow, name: Grow again, perspective: customers}
        links:
          - {from: grow, to: grow-2}
        """, "acme.yaml"));
    assertThat(e).isInstanceOf(ValidationException.class).isInstanceOf(BscException.class);
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "acme.yaml:2:7: name: must not be blank but was \" \"",
        "acme.yaml:4:60: objectives[0].weight: must be a number from 0 to 1000000 but was -1.0",
        "acme.yaml:5:10: objectives[1].id: duplicate objective id \"grow\"",
        "acme.yaml:5:47: objectives[1].perspective: unknown perspective \"customers\"; declared: financial, customer,"
            + " internal-process, learning-growth",
        "acme.yaml:7:22: links[0].to: unknown objective \"grow-2\"; did you mean \"grow\"?");
    assertThat(e.getMessage()).startsWith("cannot read acme.yaml: 5 problems\n  acme.yaml:2:7: name: ");
  }

  @Test
  void reportsAFileThatCannotBeRead() {
    Path missing = Path.of("no-such-dir", "acme.yaml");
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> DocumentReader.readFile(missing));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(missing + ": cannot be read: no such file");
    assertThat(e.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void readsOnlyRegularFilesSoAFifoWithNoWriterCannotHangIt(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path fifo = dir.resolve("fifo.yaml");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    Path folder = Files.createDirectory(dir.resolve("folder.yaml"));

    DocumentException fromFifo = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(10), () -> catchThrowableOfType(DocumentException.class,
            () -> DocumentReader.readFile(fifo)));
    DocumentException fromFolder = catchThrowableOfType(DocumentException.class,
        () -> DocumentReader.readFile(folder));

    assertThat(fromFifo.problems()).extracting(Problem::toString)
        .containsExactly(fifo + ": cannot be read: it is not a regular file (a device, a FIFO or a socket)");
    assertThat(fromFolder.problems()).extracting(Problem::toString)
        .containsExactly(folder + ": cannot be read: it is a folder, not a file");
  }

  @Test
  void rejectsNullArgumentsNamingThem() {
    DocumentReader reader = DocumentReader.of(Format.YAML);
    assertThatThrownBy(() -> reader.read((String) null, "x")).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> reader.read("bsc: 1", null)).isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> reader.withLimits(null)).isInstanceOf(NullPointerException.class).hasMessage("limits");
    assertThatThrownBy(() -> DocumentReader.forFile(Path.of("acme.xml"))).isInstanceOf(BscException.class);
    assertThat(Format.forFile(Path.of("A.YML"))).isEqualTo(Format.YAML);
  }
}
