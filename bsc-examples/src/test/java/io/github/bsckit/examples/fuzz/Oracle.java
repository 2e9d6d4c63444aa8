package io.github.bsckit.examples.fuzz;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.io.ActualsCsv;
import io.github.bsckit.core.io.DocumentException;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.examples.fuzz.Mutator.Mutant;
import io.github.bsckit.examples.fuzz.Seeds.Kind;
import io.github.bsckit.examples.fuzz.Seeds.Seed;
import io.github.bsckit.graph.export.MapExport;
import io.github.bsckit.graph.export.SvgOptions;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.rules.StrategyMapRules;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import io.github.bsckit.okr.wording.KeyResultWording;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/**
 * What must hold for every mutant, valid or not:
 *
 * <ul>
 *   <li>reading gives a document or a {@link DocumentException} whose every problem is located (line and column
 *       from 1, the source as given) and says what is wrong without a Java class name;</li>
 *   <li>what reads writes, and the written text reads back to an equal value (in both formats), and writing
 *       that again gives the same bytes;</li>
 *   <li>every downstream operation — validate with every rule, score, SVG/DOT/Mermaid export, path analysis,
 *       OKR planning and wording — answers, or refuses with a {@link BscException} whose message is free of
 *       class names; a score report holds no NaN or infinity; the SVG is well-formed XML.</li>
 * </ul>
 *
 * <p>A breach is thrown as a {@link Breach} naming the stage, so a known open defect can be recognised by
 * {@link KnownDefect}.
 */
final class Oracle {
  static final RuleSet RULES = RuleSet.core().and(StrategyMapRules.all());
  private static final KeyResultWording WORDS = KeyResultWording.of(Locale.US);
  /** A fully qualified Java name, or a simple exception or error class name. */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(?:java|javax|jdk|sun|tools\\.jackson|com\\.fasterxml|org\\.yaml|org\\.snakeyaml)\\.[a-z]\\w*"
          + "|\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** How a case ended when nothing was breached. */
  enum Outcome { VALID, REFUSED }

  /** A breach of the oracle: the stage at which it happened and what was wrong. */
  static final class Breach extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String stage;

    Breach(String stage, String message, Throwable cause) {
      super(stage + ": " + message, cause);
      this.stage = stage;
    }
  }

  private Oracle() {}

  /**
   * Checks one mutant of a seed.
   *
   * @param seed the seed it was made from
   * @param mutant the mutant
   * @param skipWrite whether a known open defect makes writing this mutant dangerous (memory or time)
   * @return whether it was valid or refused
   * @throws Breach when the oracle is breached
   */
  static Outcome check(Seed seed, Mutant mutant, boolean skipWrite) {
    return seed.kind() == Kind.CSV ? checkCsv(seed, mutant, skipWrite) : checkDocument(seed, mutant, skipWrite);
  }

  private static Outcome checkDocument(Seed seed, Mutant mutant, boolean skipWrite) {
    Format format = seed.kind() == Kind.JSON ? Format.JSON : Format.YAML;
    DocumentReader reader = DocumentReader.of(format);
    ScorecardDocument doc;
    try {
      doc = mutant.text() != null ? reader.read(mutant.text(), seed.name())
          : reader.read(new ByteArrayInputStream(mutant.bytes()), seed.name());
    } catch (DocumentException e) {
      checkProblems("read", seed.name(), e);
      return Outcome.REFUSED;
    } catch (RuntimeException | StackOverflowError e) {
      throw new Breach("read", "threw " + e, e);
    }
    if (!skipWrite) {
      for (Format f : Format.values()) {
        roundTrip(doc, f);
      }
    }
    downstream(doc.scorecard(), doc.actuals());
    return Outcome.VALID;
  }

  private static void roundTrip(ScorecardDocument doc, Format format) {
    String stage = "write-read " + format;
    String written;
    try {
      written = DocumentWriter.of(format).write(doc);
    } catch (RuntimeException | OutOfMemoryError e) {
      throw new Breach(stage, "a document that reads cannot be written: " + e, e);
    }
    ScorecardDocument back;
    try {
      back = DocumentReader.of(format).read(new StringReader(written), "rewritten");
    } catch (DocumentException e) {
      throw new Breach(stage, "what was written does not read back: " + e.problems(), e);
    } catch (RuntimeException e) {
      throw new Breach(stage, "what was written does not read back: " + e, e);
    }
    if (!back.equals(doc)) {
      throw new Breach(stage, "read(write(d)) differs from d:\n" + difference(doc, back), null);
    }
    if (!DocumentWriter.of(format).write(back).equals(written)) {
      throw new Breach(stage, "writing the re-read document gives different text", null);
    }
  }

  private static String difference(ScorecardDocument a, ScorecardDocument b) {
    String x = a.toString();
    String y = b.toString();
    int i = 0;
    while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 80);
    return "  read:    …" + x.substring(from, Math.min(x.length(), i + 80)) + "…\n  re-read: …"
        + y.substring(from, Math.min(y.length(), i + 80)) + "…";
  }

  private static Outcome checkCsv(Seed seed, Mutant mutant, boolean skipWrite) {
    Scorecard scorecard = seed.document().scorecard();
    ActualsCsv reader = ActualsCsv.reader().against(scorecard);
    Actuals actuals;
    try {
      actuals = mutant.text() != null ? reader.read(mutant.text(), seed.name())
          : reader.read(new ByteArrayInputStream(mutant.bytes()), seed.name());
    } catch (DocumentException e) {
      checkProblems("read csv", seed.name(), e);
      return Outcome.REFUSED;
    } catch (RuntimeException | StackOverflowError e) {
      throw new Breach("read csv", "threw " + e, e);
    }
    if (!skipWrite) {
      String written = ActualsCsv.write(actuals);
      Actuals back;
      try {
        back = reader.read(written, "rewritten.csv");
      } catch (RuntimeException e) {
        throw new Breach("write-read csv", "what was written does not read back: " + e, e);
      }
      if (!back.equals(actuals) || !ActualsCsv.write(back).equals(written)) {
        throw new Breach("write-read csv", "read(write(a)) differs from a", null);
      }
    }
    downstream(scorecard, seed.document().actuals().merge(actuals));
    return Outcome.VALID;
  }

  private static void checkProblems(String stage, String source, DocumentException e) {
    if (e.problems().isEmpty()) {
      throw new Breach(stage, "a DocumentException with no problem", e);
    }
    for (Problem p : e.problems()) {
      if (p.line() < 1 || p.column() < 1 || !p.source().equals(source)) {
        throw new Breach(stage, "problem not located in " + source + ": " + p, e);
      }
      if (p.message().isBlank() || CLASS_NAME.matcher(p.message()).find()) {
        throw new Breach(stage, "problem message names a Java class or says nothing: " + p, e);
      }
    }
  }

  /** Every operation a user runs on a document that reads: each answers or refuses within the family. */
  static void downstream(Scorecard scorecard, Actuals actuals) {
    clean("validate", () -> RULES.validate(scorecard).toJson());
    List<LocalDate> dates = new ArrayList<>(List.of(AS_OF));
    actuals.kpis().stream().flatMap(k -> actuals.series(k).keySet().stream()).max(LocalDate::compareTo)
        .ifPresent(dates::add);
    ScoreReport report = null;
    for (LocalDate asOf : dates) {
      ScoreReport r = clean("score", () -> Scorer.defaults().score(scorecard, actuals, asOf));
      if (r != null) {
        checkReport(r);
        clean("score json", r::toJson);
        report = r;
      }
    }
    StrategyMap map = clean("strategy map", () -> StrategyMap.of(scorecard));
    if (map == null) {
      return;
    }
    String svg = clean("svg", () -> MapExport.svg(map));
    if (svg != null) {
      wellFormed(svg);
    }
    if (report != null) {
      ScoreReport scored = report;
      String coloured = clean("svg with scores", () -> MapExport.svg(map, SvgOptions.defaults()
          .withScores(scored)));
      if (coloured != null) {
        wellFormed(coloured);
      }
    }
    clean("dot", () -> MapExport.dot(map));
    clean("mermaid", () -> MapExport.mermaid(map));
    paths(map);
    OkrPlan plan = clean("okr plan", () -> OkrPlanner.defaults().plan(scorecard));
    if (plan != null) {
      for (KeyResult kr : plan.keyResults()) {
        clean("okr wording", () -> WORDS.describe(kr));
      }
      clean("okr json", () -> plan.toJson(WORDS::describe));
    }
    clean("okr re-plan", () -> OkrPlanner.defaults().plan(scorecard, actuals, AS_OF));
  }

  private static void paths(StrategyMap map) {
    ImpactAnalysis impact = clean("impact", () -> ImpactAnalysis.of(map));
    if (impact == null) {
      return;
    }
    List<ObjectiveId> outcomes = map.outcomes();
    for (Objective o : map.scorecard().objectives().stream().limit(4).toList()) {
      ObjectiveId from = o.id();
      clean("drivers", () -> impact.drivers(from));
      clean("effects", () -> impact.effects(from));
      clean("count paths", () -> impact.countPathsToOutcomes(from));
      clean("paths to outcomes", () -> impact.pathsToOutcomes(from, 20));
      clean("path report", () -> impact.pathReport(from, 20).toJson());
      for (ObjectiveId to : outcomes.stream().limit(3).toList()) {
        clean("paths", () -> impact.paths(from, to, 20));
        clean("strongest paths", () -> impact.strongestPaths(from, to, 3));
      }
      clean("what-if", () -> impact.whatIf(from, 0.1, 0.5));
    }
    clean("keystones", impact::keystones);
    clean("keystones by reach", impact::keystonesByReach);
  }

  private static void checkReport(ScoreReport report) {
    for (ScoreNode node : report.nodes()) {
      double score = node.score().orElse(0);
      if (!(score >= 0 && score <= 1) || !Double.isFinite(node.overshoot())
          || !(node.coverage() >= 0 && node.coverage() <= 1)) {
        throw new Breach("score", "NaN, infinity or out of range in the report at " + node.level() + " "
            + node.id().map(Object::toString).orElse(node.name()) + ": score " + node.score() + ", overshoot "
            + node.overshoot() + ", coverage " + node.coverage(), null);
      }
    }
  }

  private static void wellFormed(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      throw new Breach("svg", "not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** A downstream operation, which may refuse only with the documented exception family. */
  @FunctionalInterface
  interface Operation<T> {
    T run();
  }

  private static <T> T clean(String stage, Operation<T> operation) {
    try {
      return operation.run();
    } catch (BscException e) {
      String message = String.valueOf(e.getMessage());
      if (message.isBlank() || CLASS_NAME.matcher(message).find()) {
        throw new Breach(stage, "refused with a message that names a Java class or says nothing: " + message, e);
      }
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      throw new Breach(stage, "threw " + e, e);
    }
  }
}
