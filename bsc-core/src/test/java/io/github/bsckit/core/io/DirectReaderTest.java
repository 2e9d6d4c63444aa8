package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.model.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The direct read (tokens straight into the builders) against the tree read (a located tree, then the decoders),
 * which alone reports problems. The direct read must take every valid document the examples hold, and give the
 * same value as the tree read; on a document with any problem it must give up, so that what a read reports is
 * always the tree read's. Mutants of the examples stand in for the documents people get wrong.
 */
class DirectReaderTest {
  private static final Path RESOURCES = Path.of("src/test/resources/io/github/bsckit/core/io");
  private static final Path EXAMPLE_DOCUMENTS = Path.of("../bsc-examples/documents");

  /** {@return the document as the tree read gives it, or null when it reports problems} */
  private static ScorecardDocument viaTree(String text, Format format, ReadLimits limits) {
    Problems problems = new Problems("");
    problems.text(text);
    try {
      return ScorecardDecoder.decode(TreeReader.read(text, format, limits, problems), problems);
    } catch (DocumentException e) {
      return null;
    }
  }

  /** A document that gives every key of the format, those the examples leave out among them. */
  static final String EVERY_KEY = """
      bsc: 1
      name: Every key
      vision: To be read whole
      mission: Every key, once
      stage: growth
      fiscalYearStart: 4
      perspectives:
        - {id: financial, name: Financial}
        - {id: customer, name: Customer}
      themes:
        - {id: growth, name: Growth, description: Grow the top line}
        - {id: trust, name: Trust}
      objectives:
        - id: F1
          name: Grow revenue
          perspective: financial
          themes: [growth]
          owner: CFO
          description: More sales from more customers
          weight: 2
          category: brand
          kpis:
            - id: revenue
              name: Revenue
              unit: EUR
              indicator: lagging
              direction: increase
              kind: flow
              frequency: monthly
              precision: 0
              weight: 1.5
              aggregate: last
              emptyPeriods: zero
              baseline: {value: 100, date: 2026-01-01}
              target: {atLeast: 120, date: 2026-12-31}
              thresholds: {onTrack: 0.9, atRisk: 0.6}
              scoring: {method: goal-red-flag, parameters: {goal: 120, redFlag: 90}}
            - id: cost
              name: Cost
              direction: range
              range: {low: 10, high: 20}
              baseline: {value: 15, date: 2026-01-01}
            - id: margin
              name: Margin per cost
              formula: revenue / cost
              missingInputs: zero
        - id: C1
          name: Delight customers
          perspective: customer
          themes: [growth, trust]
          kpis:
            - id: rating
              name: Rating
              scale: [C, B, A]
              aggregate: mean
              emptyPeriods: carry
              baseline: {value: C, date: 2026-01-01}
              milestones: [{value: B, date: 2026-06-30}]
              target: {value: A, date: 2026-12-31}
              pacing: front-loaded
            - id: launch
              name: Launch the app
              scale: milestone
              target: {date: 2026-09-30}
            - id: churn
              name: Churn
              unit: "%"
              frequency: quarterly
              baseline: {value: 9, date: 2026-01-01}
              target: {atMost: 5, date: 2026-12-31}
      links:
        - {from: C1, to: F1, strength: 0.4, polarity: direct, lag: P3M, rationale: Happy customers buy, basis: empirical}
        - {from: C1, to: F1, strength: strong, basis: definitional}
      initiatives:
        - id: app
          name: Build the app
          owner: CTO
          objectives: [C1]
          budget: {amount: 250000.50, currency: EUR}
          start: 2026-02-01
          end: 2026-09-30
          status: in-progress
      scoring:
        method: performance
        parameters: {min: 0, max: 1}
        thresholds: {onTrack: 0.85, atRisk: 0.5}
        rollUp: weighted-mean
      actuals:
        revenue: [{date: 2026-03-31, value: 104}, {date: 2026-06-30, value: 109}]
        rating: [{date: 2026-03-31, value: B}]
        launch: [{date: 2026-03-31, value: not done}]
      """;

  private static List<String[]> validDocuments() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Stream.concat(Files.list(RESOURCES.resolve("examples")),
        Stream.concat(Files.list(RESOURCES.resolve("canonical")), Files.list(EXAMPLE_DOCUMENTS)))) {
      s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    List<String[]> documents = new ArrayList<>();
    List<Object[]> sources = new ArrayList<>();
    sources.add(new Object[] {"every key", Format.YAML, EVERY_KEY});
    for (Path f : files) {
      sources.add(new Object[] {f.toString(), Format.forFile(f), Files.readString(f, StandardCharsets.UTF_8)});
    }
    for (Object[] source : sources) {
      String f = (String) source[0];
      Format format = (Format) source[1];
      String text = (String) source[2];
      documents.add(new String[] {f, format.name(), text});
      // The same scorecard in the other notation, as the writer lays it out.
      ScorecardDocument doc = DocumentReader.of(format).read(text, f);
      Format other = format == Format.JSON ? Format.YAML : Format.JSON;
      documents.add(new String[] {f + " as " + other, other.name(), DocumentWriter.of(other).write(doc)});
    }
    return documents;
  }

  @Test
  void keyNumbersAreThoseOfTheDecodersLists() {
    assertThat(List.of(ObjectiveDecoder.OBJECTIVE.get(DirectObjectives.O_ID),
        ObjectiveDecoder.OBJECTIVE.get(DirectObjectives.O_NAME),
        ObjectiveDecoder.OBJECTIVE.get(DirectObjectives.O_PERSPECTIVE),
        ObjectiveDecoder.OBJECTIVE.get(DirectObjectives.O_THEMES),
        ObjectiveDecoder.OBJECTIVE.get(DirectObjectives.O_OWNER),
        ObjectiveDecoder.OBJECTIVE.get(DirectObjectives.O_DESCRIPTION),
        ObjectiveDecoder.OBJECTIVE.get(DirectObjectives.O_WEIGHT),
        ObjectiveDecoder.OBJECTIVE.get(DirectObjectives.O_CATEGORY)))
        .containsExactly("id", "name", "perspective", "themes", "owner", "description", "weight", "category");
    assertThat(ObjectiveDecoder.OBJECTIVE).hasSize(9).last().isEqualTo("kpis");
    int[] kpi = {DirectObjectives.K_ID, DirectObjectives.K_NAME, DirectObjectives.K_UNIT,
        DirectObjectives.K_INDICATOR, DirectObjectives.K_DIRECTION, DirectObjectives.K_RANGE, DirectObjectives.K_KIND,
        DirectObjectives.K_SCALE, DirectObjectives.K_FREQUENCY, DirectObjectives.K_PRECISION,
        DirectObjectives.K_WEIGHT, DirectObjectives.K_BASELINE, DirectObjectives.K_TARGET,
        DirectObjectives.K_MILESTONES, DirectObjectives.K_PACING, DirectObjectives.K_THRESHOLDS,
        DirectObjectives.K_SCORING, DirectObjectives.K_AGGREGATE, DirectObjectives.K_EMPTY_PERIODS,
        DirectObjectives.K_FORMULA};
    List<String> named = new ArrayList<>();
    for (int k : kpi) {
      named.add(ObjectiveDecoder.KPI.get(k));
    }
    assertThat(named).containsExactly("id", "name", "unit", "indicator", "direction", "range", "kind", "scale",
        "frequency", "precision", "weight", "baseline", "target", "milestones", "pacing", "thresholds", "scoring",
        "aggregate", "emptyPeriods", "formula");
    assertThat(ObjectiveDecoder.KPI).hasSize(21).last().isEqualTo("missingInputs");
  }

  @Test
  void jacksonsMatcherNumbersEachKeyAsItsList() {
    for (KeyList keys : List.of(ScorecardDecoder.TOP, ScorecardDecoder.PERSPECTIVE, ScorecardDecoder.THEME,
        ScorecardDecoder.LINK, ScorecardDecoder.INITIATIVE, ScorecardDecoder.BUDGET, ScorecardDecoder.SCORING,
        ScorecardDecoder.ACTUAL, ObjectiveDecoder.OBJECTIVE, ObjectiveDecoder.KPI, ObjectiveDecoder.TARGET,
        ObjectiveDecoder.RANGE, ObjectiveDecoder.THRESHOLDS, ObjectiveDecoder.KPI_SCORING, Values.DATED)) {
      for (int i = 0; i < keys.size(); i++) {
        String json = "{\"" + keys.get(i) + "\": 1, \"" + keys.get(i) + "x\": 2}";
        try (var p = Notations.utf8Parser(json)) {
          p.nextToken();
          assertThat(p.nextNameMatch(keys.matcher())).as(keys.get(i)).isEqualTo(i);
          p.nextToken();
          assertThat(p.nextNameMatch(keys.matcher())).isNegative();
        }
      }
    }
  }

  @Test
  void takesEveryValidExampleAndReadsItAsTheTreeDoes() throws IOException {
    List<String[]> documents = validDocuments();
    assertThat(documents).hasSizeGreaterThanOrEqualTo(20);
    for (String[] d : documents) {
      Format format = Format.valueOf(d[1]);
      ScorecardDocument direct = DirectReader.read(d[2], format, ReadLimits.defaults());
      assertThat(direct).as(d[0]).isNotNull().isEqualTo(viaTree(d[2], format, ReadLimits.defaults()));
    }
  }

  /**
   * The law that keeps reports the tree read's: whenever the direct read takes a mutant, the tree read takes it
   * too, to the same value. (The other way round need not hold: the direct read gives up on a few valid
   * orders, such as actuals before the objectives.)
   */
  @Test
  void neverTakesAMutantTheTreeReadRefusesOrReadsDifferently() throws IOException {
    Random random = new Random(20261202);
    int taken = 0;
    int refused = 0;
    for (String[] d : validDocuments()) {
      Format format = Format.valueOf(d[1]);
      for (int i = 0; i < 150; i++) {
        String mutant = mutate(d[2], random);
        ScorecardDocument direct = DirectReader.read(mutant, format, ReadLimits.defaults());
        ScorecardDocument tree = viaTree(mutant, format, ReadLimits.defaults());
        if (direct != null) {
          taken++;
          assertThat(tree).as("%s, mutant:%n%s", d[0], mutant).isEqualTo(direct);
        } else if (tree == null) {
          refused++;
        }
      }
    }
    // The mutants are a mix: enough of both kinds that the law is tried either way.
    assertThat(taken).isGreaterThan(300);
    assertThat(refused).isGreaterThan(1000);
  }

  /** A line dropped, doubled or swapped with the next, a character changed, or the text cut short. */
  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (random.nextInt(6)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, lines.get(at));
      case 2 -> {
        if (at + 1 < lines.size()) {
          lines.add(at + 1, lines.remove(at));
        }
      }
      case 3 -> {
        String line = lines.get(at);
        if (!line.isEmpty()) {
          int c = random.nextInt(line.length());
          String replacement = String.valueOf("0123456789-:\"{}[],. abcxyzAZ&*!#\u00e9".charAt(random.nextInt(33)));
          lines.set(at, line.substring(0, c) + replacement + line.substring(c + 1));
        }
      }
      case 4 -> {
        String line = lines.get(at);
        // A value changed to a neighbouring one of another shape: a number to text, a date to another date.
        lines.set(at, line.replace("2026", "2025").replace(": 1", ": \"1\"").replace("increase", "decrease"));
      }
      default -> {
        return text.substring(0, random.nextInt(text.length()));
      }
    }
    return String.join("\n", lines);
  }

  @Test
  void givesUpOnEachKindOfProblemAndTheReadReportsItAsBefore() {
    String valid = """
        bsc: 1
        name: Acme
        objectives:
          - id: F1
            name: Grow
            perspective: financial
            kpis:
              - id: revenue
                name: Revenue
                baseline: {value: 10, date: 2026-01-01}
                target: {value: 20, date: 2026-12-31}
        """;
    assertThat(DirectReader.read(valid, Format.YAML, ReadLimits.defaults())).isNotNull();
    for (String broken : List.of(
        valid.replace("name: Grow", "name: Grow\n    nmae: Grow"),           // an unknown key
        valid.replace("name: Grow", "name: Grow\n    name: Again"),          // a key given twice
        valid.replace("name: Revenue", "name: 42"),                           // a number for a string
        valid.replace("    perspective: financial\n", ""),                   // a required key missing
        valid.replace("value: 20", "value: .inf"),                            // not finite
        valid.replace("2026-12-31", "2026-02-30"),                            // no day of the calendar
        valid.replace("perspective: financial", "perspective: sales"),       // the model refuses it
        valid + "links:\n  - {from: F1, to: F9}\n",                            // the model refuses it
        valid.replace("bsc: 1", "bsc: 2"))) {                                 // another version
      assertThat(DirectReader.read(broken, Format.YAML, ReadLimits.defaults())).as(broken).isNull();
      assertThatThrownBy(() -> DocumentReader.of(Format.YAML).read(broken, "x.yaml"))
          .isInstanceOf(DocumentException.class);
    }
    // A limit the document breaks: the tree read reports it.
    ReadLimits tight = ReadLimits.defaults().withMaxNodes(10);
    assertThat(DirectReader.read(valid, Format.YAML, tight)).isNull();
    assertThatThrownBy(() -> DocumentReader.of(Format.YAML).withLimits(tight).read(valid, "x.yaml"))
        .isInstanceOf(DocumentException.class).hasMessageContaining("ReadLimits.maxNodes");
  }

  @Test
  void leavesValidDocumentsInUnusualOrdersToTheTreeRead() {
    String actualsFirst = """
        bsc: 1
        name: Acme
        actuals:
          revenue: [{date: 2026-03-31, value: 12}]
        objectives:
          - id: F1
            name: Grow
            perspective: financial
            kpis: [{id: revenue, name: Revenue}]
        """;
    assertThat(DirectReader.read(actualsFirst, Format.YAML, ReadLimits.defaults())).isNull();
    String anchored = actualsFirst.replace("name: Grow", "name: &grow Grow");
    assertThat(DirectReader.read(anchored, Format.YAML, ReadLimits.defaults())).isNull();
    assertThat(DocumentReader.of(Format.YAML).read(anchored, "x.yaml")).isEqualTo(viaTree(anchored, Format.YAML,
        ReadLimits.defaults()));
    ScorecardDocument doc = DocumentReader.of(Format.YAML).read(actualsFirst, "x.yaml");
    assertThat(doc.actuals().kpis()).hasSize(1);
    Scorecard s = doc.scorecard();
    assertThat(s.objectives()).hasSize(1);
    // Keys in any other order are taken.
    String reordered = """
        {"objectives": [{"kpis": [{"target": {"date": "2026-12-31", "value": 20}, "name": "Revenue", "id": "revenue"}],
          "perspective": "financial", "name": "Grow", "id": "F1"}], "name": "Acme", "bsc": 1}
        """;
    assertThat(DirectReader.read(reordered, Format.JSON, ReadLimits.defaults()))
        .isNotNull().isEqualTo(viaTree(reordered, Format.JSON, ReadLimits.defaults()));
    // Text beyond ASCII is taken, across the chunks JSON is encoded in; an unpaired surrogate, which UTF-8 cannot
    // encode, leaves the document to the tree read, which reports it.
    String accented = reordered.replace("Grow", "Croître 🌱");
    assertThat(DirectReader.read(accented, Format.JSON, ReadLimits.defaults()))
        .isNotNull().isEqualTo(viaTree(accented, Format.JSON, ReadLimits.defaults()));
    String asked = reordered.replace("Grow", "Grow?");
    assertThat(DirectReader.read(asked, Format.JSON, ReadLimits.defaults()))
        .isNotNull().isEqualTo(viaTree(asked, Format.JSON, ReadLimits.defaults()));
    String longName = reordered.replace("Grow", "🌱".repeat(5000) + "é".repeat(5000));
    assertThat(DirectReader.read(longName, Format.JSON, ReadLimits.defaults()))
        .isNotNull().isEqualTo(viaTree(longName, Format.JSON, ReadLimits.defaults()));
    String late = reordered.replace("Grow", "x".repeat(20000) + "Grow\uDC00");
    assertThat(DirectReader.read(late, Format.JSON, ReadLimits.defaults())).isNull();
    String unpaired = reordered.replace("Grow", "Grow\uD800");
    assertThat(DirectReader.read(unpaired, Format.JSON, ReadLimits.defaults())).isNull();
    assertThatThrownBy(() -> DocumentReader.of(Format.JSON).read(unpaired, "x.json"))
        .isInstanceOf(DocumentException.class).hasMessageContaining("unpaired surrogate");
  }
}
