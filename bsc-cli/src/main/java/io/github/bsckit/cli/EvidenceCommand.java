package io.github.bsckit.cli;

import io.github.bsckit.analytics.evidence.EvidenceAnalysis;
import io.github.bsckit.analytics.evidence.EvidenceReport;
import io.github.bsckit.analytics.evidence.LinkEvidence;
import io.github.bsckit.analytics.evidence.SuggestedLink;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.cli.support.Json;
import io.github.bsckit.cli.support.Table;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.CausalLink;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bsc evidence FILE [--actuals CSV]}: what the actuals say about each link of the strategy map, one line
 * per link (verdict, r, lag, p, q, pairs, data needed), then the links nobody drew.
 */
@Command(name = "evidence", mixinStandardHelpOptions = true,
    description = "Test each link of the strategy map against the actuals (lagged correlation, Granger, "
        + "false-discovery control) and suggest links nobody drew.")
final class EvidenceCommand extends DocumentCommand {
  @Option(names = "--actuals", paramLabel = "CSV", description = "Actuals as kpi,date,value (added to the document's "
      + "own; where both date a value for a KPI, the file's wins, with a warning).")
  private Path actuals;

  @Override
  public Integer call() {
    ScorecardDocument doc = Inputs.document(file, actuals, err());
    EvidenceReport report = EvidenceAnalysis.defaults().analyse(doc.scorecard(), doc.actuals());
    print(() -> json(doc, report), () -> human(doc, report));
    return ExitCode.OK;
  }

  /** {@return the report as the table people read} */
  static String human(ScorecardDocument doc, EvidenceReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("Evidence for ").append(doc.scorecard().name()).append(": ").append(report.links().size())
        .append(" links tested, false-discovery rate ").append(fmt("%.0f%%", report.options().alpha() * 100))
        .append(", ").append(report.options().pairsNeeded()).append(" aligned pairs needed per link\n");
    Table t = new Table();
    t.row("LINK", "VERDICT", "R", "LAG", "P", "Q", "PAIRS", "DATA NEEDED / NOTE");
    for (LinkEvidence e : report.links()) {
      t.row(e.link().from() + " -> " + e.link().to(), e.verdict().key(),
          e.pearson().isDefined() ? fmt("%.2f", e.pearson().r()) : "-", Integer.toString(e.testedLag()),
          probability(e.p()), probability(e.q()),
          Integer.toString(e.pairs()), e.dataNeeded().map(Object::toString)
              .orElse(e.notes().isEmpty() ? "" : e.notes().get(0)));
    }
    sb.append(t);
    if (!report.untested().isEmpty()) {
      sb.append("Not tested (definitional): ");
      sb.append(String.join(", ", report.untested().stream().map(l -> l.from() + " -> " + l.to()).toList()))
          .append('\n');
    }
    if (report.suggestions().isEmpty()) {
      sb.append("No undrawn link stands out.\n");
    } else {
      sb.append("Links nobody drew (candidates to judge, not added):\n");
      Table s = new Table();
      for (SuggestedLink x : report.suggestions()) {
        s.row("  " + x.cause() + " -> " + x.effect(), x.causeKpi() + " -> " + x.effectKpi(),
            fmt("r = %.2f", x.pearson().r()), "lag " + x.lag(),
            x.q() < 0.001 ? "q < 0.001" : "q = " + probability(x.q()), x.polarity().key());
      }
      sb.append(s);
    }
    sb.append("Verdicts are about prediction in the data, not proof of causation (docs/evidence.md).\n");
    return sb.toString();
  }

  /**
   * {@return a p- or q-value as a reader takes it in: two significant digits ({@code 0.032}), {@code <0.001}
   * below a thousandth, where the digits say nothing more and {@code 5.0e-05} reads as noise; {@code -} for none}
   */
  static String probability(double p) {
    return Double.isNaN(p) ? "-" : p < 0.001 ? "<0.001" : fmt("%.2g", p);
  }

  /** {@return the report as JSON, the shape README documents} */
  static String json(ScorecardDocument doc, EvidenceReport report) {
    ObjectNode o = Json.object();
    o.put("name", doc.scorecard().name());
    o.put("alpha", report.options().alpha());
    o.put("pairsNeeded", report.options().pairsNeeded());
    ArrayNode links = o.putArray("links");
    for (LinkEvidence e : report.links()) {
      ObjectNode l = links.addObject();
      l.put("from", e.link().from().value());
      l.put("to", e.link().to().value());
      l.put("cause", e.cause().map(Object::toString).orElse(null));
      l.put("effect", e.effect().map(Object::toString).orElse(null));
      l.put("verdict", e.verdict().key());
      l.put("frequency", e.frequency().key());
      l.put("transform", e.transform().key());
      if (e.declaredLag().isPresent()) {
        l.put("declaredLag", e.declaredLag().getAsInt());
      } else {
        l.putNull("declaredLag");
      }
      l.put("lag", e.testedLag());
      if (e.bestLag().isPresent()) {
        l.put("bestLag", e.bestLag().getAsInt());
      } else {
        l.putNull("bestLag");
      }
      l.put("pairs", e.pairs());
      number(l, "r", e.pearson().r());
      number(l, "low", e.pearson().low());
      number(l, "high", e.pearson().high());
      number(l, "spearman", e.spearman().r());
      number(l, "p", e.p());
      number(l, "q", e.q());
      l.put("signMatches", e.signMatches());
      l.put("lagMatches", e.lagMatches());
      number(l, "grangerCauseToEffect", e.causeToEffect().p());
      number(l, "grangerEffectToCause", e.effectToCause().p());
      if (e.dataNeeded().isPresent()) {
        l.put("needPairs", e.dataNeeded().get().pairsNeeded());
        l.put("morePeriods", e.dataNeeded().get().morePeriods());
        l.put("until", e.dataNeeded().get().untilText().orElse(null));
        l.put("dataNeeded", e.dataNeeded().get().toString());
      } else {
        l.putNull("needPairs");
        l.putNull("morePeriods");
        l.putNull("until");
        l.putNull("dataNeeded");
      }
      ArrayNode notes = l.putArray("notes");
      e.notes().forEach(notes::add);
    }
    ArrayNode untested = o.putArray("untested");
    for (CausalLink l : report.untested()) {
      untested.addObject().put("from", l.from().value()).put("to", l.to().value());
    }
    ArrayNode suggestions = o.putArray("suggestions");
    for (SuggestedLink x : report.suggestions()) {
      ObjectNode s = suggestions.addObject();
      s.put("from", x.cause().value());
      s.put("to", x.effect().value());
      s.put("cause", x.causeKpi().value());
      s.put("effect", x.effectKpi().value());
      s.put("lag", x.lag());
      s.put("r", x.pearson().r());
      s.put("p", x.p());
      s.put("q", x.q());
      s.put("polarity", x.polarity().key());
    }
    ObjectNode counts = o.putObject("counts");
    report.counts().forEach((v, n) -> counts.put(v.key(), n));
    return Json.write(o).stripTrailing();
  }

  private static void number(ObjectNode o, String name, double value) {
    if (Double.isNaN(value)) {
      o.putNull(name);
    } else {
      o.put(name, value);
    }
  }

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }
}
