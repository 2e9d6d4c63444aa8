package io.github.bsckit.report;

import io.github.bsckit.core.internal.text.KpiText;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.plan.ExpectedPath;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.TrendDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The report's main body: per perspective and objective, a table of its KPIs. */
final class KpiSection {
  static final List<String> COLUMNS =
      List.of("KPI", "Actual", "Target", "Expected to date", "Score", "Status", "Trend");

  private final ScorecardReport report;
  private final Scorecard scorecard;
  private final Html html;
  private final LocalDate asOf;

  KpiSection(ScorecardReport report, Html html) {
    this.report = report;
    this.scorecard = report.scorecard();
    this.html = html;
    this.asOf = report.asOf();
  }

  void write() {
    html.open("section", "class", "major", "id", "kpis", "aria-labelledby", "kpis-h").nl()
        .element("h2", "Objectives and KPIs", "id", "kpis-h").nl()
        .element("p", "Each KPI's latest actual on or before " + asOf + ", its target, the value its plan expects "
            + "by now, its score and status, a sparkline of its actuals (the dashed line is the target) and "
            + "whether its score has been rising or falling over its last actuals.").nl();
    for (Perspective p : scorecard.perspectives()) {
      List<Objective> objectives = scorecard.objectivesIn(p.id());
      ScoreNode pn = report.score().perspective(p.id()).orElse(null);
      html.open("h3").name(p.name());
      if (pn != null) {
        html.text(" \u2013 " + Values.score(pn) + " ");
        ReportWriter.status(html, pn.status());
      }
      html.close("h3").nl();
      if (objectives.isEmpty()) {
        html.element("p", "No objectives in this perspective.", "class", "muted").nl();
      }
      for (Objective o : objectives) {
        objective(o);
      }
    }
    html.close("section").nl();
  }

  private void objective(Objective o) {
    ScoreNode on = report.score().objective(o.id()).orElseThrow();
    html.open("h4", "id", "objective-" + o.id()).text(o.id() + " ").name(o.name()).close("h4").nl();
    html.open("p", "class", "meta").text("Owner: ").name(o.owner().orElse("not named")).text(" \u00b7 Score: "
        + Values.score(on) + " ");
    ReportWriter.status(html, on.status());
    if (!o.themes().isEmpty()) {
      html.text(" \u00b7 Themes: ");
      for (int i = 0; i < o.themes().size(); i++) {
        html.text(i == 0 ? "" : ", ").name(scorecard.theme(o.themes().get(i)).orElseThrow().name());
      }
    }
    html.close("p").nl();
    if (o.kpis().isEmpty()) {
      html.element("p", "No KPIs measure this objective yet.", "class", "muted").nl();
      return;
    }
    html.open("table", "class", "cards kpis").nl().open("thead").open("tr");
    for (String c : COLUMNS) {
      html.element("th", c, "scope", "col");
    }
    html.close("tr").close("thead").nl().open("tbody").nl();
    for (Kpi k : o.kpis()) {
      kpi(k);
    }
    html.close("tbody").close("table").nl();
  }

  private void kpi(Kpi k) {
    ScoreNode n = report.score().kpi(k.id()).orElseThrow();
    html.open("tr", "id", "kpi-" + k.id()).open("th", "scope", "row")
        .element("span", k.id().toString(), "class", "id")
        .name(k.name()).open("br").open("span", "class", "muted")
        .text(k.indicator().key() + ", " + k.direction().key()).close("span").close("th");
    html.open("td");
    n.actual().ifPresentOrElse(v -> html.text(KpiText.value(k, v.value())).open("br").open("span", "class", "muted")
        .dated("on " + v.date()).close("span"), () -> html.text("\u2013"));
    html.close("td").open("td").dated(KpiText.target(k)).close("td");
    html.element("td", ExpectedPath.of(scorecard, k).map(p -> KpiText.expected(k, p.valueAt(asOf))).orElse("\u2013"));
    html.element("td", Values.score(n)).open("td");
    ReportWriter.status(html, n.status());
    n.note().ifPresent(note -> html.open("br").open("span", "class", "muted").name(note).close("span"));
    html.close("td").open("td");
    List<DatedValue> series = series(k);
    Sparkline.write(html, series, k.target().map(t -> OptionalDouble.of(t.value())).orElse(OptionalDouble.empty()),
        "Trend of " + k.name() + ": " + series.size() + " actuals"
            + (series.isEmpty() ? "" : ", last " + KpiText.value(k, series.get(series.size() - 1).value())));
    html.text(direction(n.trend().direction())).close("td").close("tr").nl();
  }

  /** The values the sparkline draws: a level's actuals, or a flow's running total since its baseline date. */
  private List<DatedValue> series(Kpi k) {
    List<DatedValue> raw = report.derivedActuals().upTo(k.id(), asOf);
    if (k.kind() != KpiKind.FLOW) {
      return raw;
    }
    List<DatedValue> total = new ArrayList<>();
    double sum = 0;
    for (DatedValue v : raw) {
      if (k.baseline().isEmpty() || v.date().isAfter(k.baseline().get().date())) {
        sum += v.value();
        total.add(DatedValue.of(sum, v.date()));
      }
    }
    return total;
  }

  /** The trend in words: the scorer judges it on the KPI's score, which can fall while the values rise. */
  private static String direction(TrendDirection d) {
    return switch (d) {
      case IMPROVING -> "\u2197 score rising";
      case WORSENING -> "\u2198 score falling";
      case FLAT -> "\u2192 score flat";
      default -> d.key().toLowerCase(Locale.ROOT);
    };
  }
}
