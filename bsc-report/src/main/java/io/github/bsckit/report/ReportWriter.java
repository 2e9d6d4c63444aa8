package io.github.bsckit.report;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.internal.text.KpiText;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.core.rules.Violation;
import io.github.bsckit.core.rules.ViolationGroup;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.export.MapExport;
import io.github.bsckit.graph.export.SvgOptions;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a {@link ScorecardReport} as one HTML page, section by section, through one {@link Html} writer. */
final class ReportWriter {
  /** How many improved or worsened objectives the summary names before saying how many more there are. */
  static final int CHANGES_SHOWN = 10;

  private final ScorecardReport report;
  private final Scorecard scorecard;
  private final Html html;

  ReportWriter(ScorecardReport report) {
    this.report = report;
    this.scorecard = report.scorecard();
    this.html = new Html(40_000 + 3_000 * report.size());
  }

  String write() {
    html.trusted("<!DOCTYPE html>\n").open("html", "lang", "en").nl().open("head").nl()
        .open("meta", "charset", "utf-8").nl()
        .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl()
        // Enforced by the browser: no script runs and nothing is fetched, whatever the page holds.
        .open("meta", "http-equiv", "Content-Security-Policy",
            "content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:").nl()
        .open("meta", "name", "generator", "content", "bsc-kit bsc-report").nl()
        .element("title", scorecard.name() + " \u2013 scorecard review as of " + report.asOf()).nl()
        .open("style").nl().trusted(Styles.css()).close("style").nl()
        .close("head").nl().open("body").nl().open("main").nl();
    header();
    contents();
    map();
    summary();
    new KpiSection(report, html).write();
    initiatives();
    new KeyResultSection(report, html).write();
    findings();
    for (int i = 0; i < report.sections().size(); i++) {
      extra(i, report.sections().get(i));
    }
    html.open("footer").open("p").text("Made with bsc-kit from the scorecard \u201c").name(scorecard.name())
        .text("\u201d as of " + report.asOf() + ". Scores run from 0% to 100%; a status is decided by the "
            + "thresholds of each KPI or the scorecard.").close("p").close("footer").nl();
    html.close("main").nl().close("body").nl().close("html").nl();
    return html.toString();
  }

  private void header() {
    html.open("header").nl().open("h1").name(scorecard.name()).close("h1").nl();
    html.open("p", "class", "lead").text("Scorecard review as of ").open("time", "datetime", report.asOf().toString())
        .text(report.asOf().toString()).close("time").text(", fiscal quarter " + report.quarter() + ".").close("p")
        .nl();
    html.open("dl", "class", "facts").nl();
    scorecard.vision().ifPresent(v -> html.element("dt", "Vision").open("dd").name(v).close("dd").nl());
    scorecard.mission().ifPresent(m -> html.element("dt", "Mission").open("dd").name(m).close("dd").nl());
    scorecard.stage().ifPresent(s -> html.element("dt", "Stage").element("dd", s.key()).nl());
    html.close("dl").nl().close("header").nl();
  }

  private void contents() {
    html.open("nav", "aria-label", "Contents").open("p", "class", "muted").text("Contents: ");
    List<String[]> items = new ArrayList<>(List.of(new String[] {"map", "Strategy map"},
        new String[] {"summary", "Summary"}, new String[] {"kpis", "Objectives and KPIs"},
        new String[] {"initiatives", "Initiatives"}, new String[] {"key-results", "Key results"},
        new String[] {"findings", "Validation findings"}));
    for (int i = 0; i < report.sections().size(); i++) {
      items.add(new String[] {"section-" + (i + 1), report.sections().get(i).heading()});
    }
    for (int i = 0; i < items.size(); i++) {
      html.text(i == 0 ? "" : " \u00b7 ").open("a", "href", "#" + items.get(i)[0]).text(items.get(i)[1]).close("a");
    }
    html.close("p").close("nav").nl();
  }

  /** Opens a major section: a new printed page, an id to link to, and its heading. */
  private void section(String id, String heading) {
    html.open("section", "class", "major", "id", id, "aria-labelledby", id + "-h").nl()
        .element("h2", heading, "id", id + "-h").nl();
  }

  private void map() {
    section("map", "Strategy map");
    html.open("p").text("Objectives coloured by status as of " + report.asOf()
        + "; arrows run from cause to effect. Every colour is named in the legend under the map.").close("p").nl();
    String svg = MapExport.svg(StrategyMap.of(scorecard), SvgOptions.defaults().withScores(report.score()));
    // bsc-graph escapes every name in the SVG it writes; only the XML declaration has no place inside HTML.
    html.open("figure", "class", "map").nl().trusted(svg.substring(svg.indexOf("<svg"))).close("figure").nl();
    html.close("section").nl();
  }

  private void summary() {
    section("summary", "Summary");
    ScoreNode top = report.score().scorecard();
    html.open("p").open("span", "class", "score-big").text(Values.score(top)).close("span");
    status(top.status());
    html.text(" overall; " + Numbers.share(top.coverage()) + " of the weight has data.").close("p").nl();
    Map<Status, int[]> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, new int[2]);
    }
    report.score().objectives().values().forEach(n -> counts.get(n.status())[0]++);
    report.score().kpis().values().forEach(n -> counts.get(n.status())[1]++);
    html.open("table", "class", "counts").element("caption", "Objectives and KPIs by status").nl()
        .open("thead").open("tr").element("th", "Status", "scope", "col")
        .element("th", "Objectives", "scope", "col", "class", "num").element("th", "KPIs", "scope", "col", "class", "num")
        .close("tr").close("thead").nl().open("tbody").nl();
    for (Status s : Status.values()) {
      html.open("tr").open("th", "scope", "row");
      status(s);
      html.close("th").element("td", "" + counts.get(s)[0], "class", "num")
          .element("td", "" + counts.get(s)[1], "class", "num").close("tr").nl();
    }
    html.close("tbody").close("table").nl();
    perspectives();
    changes();
    html.close("section").nl();
  }

  private void perspectives() {
    html.open("table", "class", "cards").element("caption", "Perspectives").nl().open("thead").open("tr")
        .element("th", "Perspective", "scope", "col").element("th", "Score", "scope", "col", "class", "num")
        .element("th", "Status", "scope", "col")
        .element("th", "Since " + report.previous(), "scope", "col", "class", "num")
        .close("tr").close("thead").nl().open("tbody").nl();
    for (ScoreNode p : report.score().scorecard().children()) {
      ScoreNode before = p.id().flatMap(id -> report.previousScore().scorecard().children().stream()
          .filter(n -> n.id().equals(p.id())).findFirst()).orElse(null);
      html.open("tr").open("th", "scope", "row", "data-label", "Perspective").name(p.name()).close("th")
          .element("td", Values.score(p), "class", "num", "data-label", "Score")
          .open("td", "data-label", "Status");
      status(p.status());
      html.close("td").element("td", delta(before, p), "class", "num", "data-label", "Since " + report.previous())
          .close("tr").nl();
    }
    html.close("tbody").close("table").nl();
  }

  private static String delta(ScoreNode before, ScoreNode now) {
    if (before == null || before.score().isEmpty() || now.score().isEmpty()) {
      return "\u2013";
    }
    return Values.points(now.score().getAsDouble() - before.score().getAsDouble());
  }

  /** Objectives whose score rose or fell by at least half a point since the previous period, biggest first. */
  private void changes() {
    List<Object[]> improved = new ArrayList<>();
    List<Object[]> worsened = new ArrayList<>();
    int compared = 0;
    int scoredNow = 0;
    for (Map.Entry<ObjectiveId, ScoreNode> e : report.score().objectives().entrySet()) {
      ScoreNode now = e.getValue();
      scoredNow += now.score().isPresent() ? 1 : 0;
      ScoreNode before = report.previousScore().objectives().get(e.getKey());
      if (before == null || before.score().isEmpty() || now.score().isEmpty()) {
        continue;
      }
      compared++;
      double d = now.score().getAsDouble() - before.score().getAsDouble();
      if (Math.abs(d) >= 0.005) {
        (d > 0 ? improved : worsened).add(new Object[] {e.getKey(), before, now, d});
      }
    }
    improved.sort((a, b) -> Double.compare((double) b[3], (double) a[3]));
    worsened.sort((a, b) -> Double.compare((double) a[3], (double) b[3]));
    html.element("h3", "Since the previous period (" + report.previous() + ")").nl();
    if (compared == 0) {
      // "No objective improved" would read as news; with nothing scored then, there is nothing to compare.
      html.element("p", scoredNow == 0 ? "No objective has a score yet, so there is nothing to compare."
          : "No objective had a score on " + report.previous() + " to compare with: this is the first period with "
          + "scores.", "class", "muted").nl();
      return;
    }
    html.open("div", "class", "changes").nl();
    changeList("Improved", improved);
    changeList("Worsened", worsened);
    html.close("div").nl();
  }

  private void changeList(String title, List<Object[]> items) {
    html.open("div").element("h4", title + " (" + items.size() + ")").nl();
    if (items.isEmpty()) {
      html.element("p", "No objective " + title.toLowerCase(Locale.ROOT) + " by half a point or more.",
          "class", "muted").close("div").nl();
      return;
    }
    html.open("ul").nl();
    for (Object[] it : items.subList(0, Math.min(CHANGES_SHOWN, items.size()))) {
      ScoreNode before = (ScoreNode) it[1];
      ScoreNode now = (ScoreNode) it[2];
      html.open("li").text(it[0] + " ").name(now.name()).text(": " + Values.score(before) + " \u2192 "
          + Values.score(now) + " (" + Values.points((double) it[3]) + ")");
      if (before.status() != now.status()) {
        html.text(", " + Styles.word(before.status()).toLowerCase(Locale.ROOT) + " \u2192 "
            + Styles.word(now.status()).toLowerCase(Locale.ROOT));
      }
      html.close("li").nl();
    }
    if (items.size() > CHANGES_SHOWN) {
      html.element("li", "and " + (items.size() - CHANGES_SHOWN) + " more").nl();
    }
    html.close("ul").close("div").nl();
  }

  private void initiatives() {
    section("initiatives", "Initiatives");
    if (scorecard.initiatives().isEmpty()) {
      html.element("p", "The scorecard names no initiatives.", "class", "muted").close("section").nl();
      return;
    }
    html.open("table", "class", "cards").nl().open("thead").open("tr");
    for (String h : List.of("Initiative", "Owner", "Objectives", "Budget", "Start", "End", "Status")) {
      header(h, h.equals("Budget"));
    }
    html.close("tr").close("thead").nl().open("tbody").nl();
    for (Initiative i : scorecard.initiatives()) {
      html.open("tr").open("th", "scope", "row", "data-label", "Initiative").text(i.id() + " ").name(i.name())
          .close("th").open("td", "data-label", "Owner").name(i.owner().orElse("\u2013")).close("td")
          .element("td", i.objectives().stream().map(Object::toString).collect(Collectors.joining(", ")),
              "data-label", "Objectives")
          .element("td", i.budget().map(KpiText::money).orElse("\u2013"), "class", "num", "data-label", "Budget")
          .open("td", "data-label", "Start").dated(i.start().map(Object::toString).orElse("\u2013")).close("td")
          .open("td", "data-label", "End").dated(i.end().map(Object::toString).orElse("\u2013")).close("td")
          .open("td", "data-label", "Status").dated(status(i, report.asOf())).close("td").close("tr").nl();
    }
    html.close("tbody").close("table").nl().close("section").nl();
  }

  /**
   * {@return an initiative's status as recorded, and, when its dates say it should have moved on, which date has
   * passed}: documents often leave the status at its default, {@code planned}, and "planned" beside an end date
   * months ago reads as a fact rather than a stale entry
   */
  static String status(Initiative i, java.time.LocalDate asOf) {
    String recorded = i.status().key().replace('-', ' ');
    boolean open = i.status() == InitiativeStatus.PLANNED || i.status() == InitiativeStatus.IN_PROGRESS;
    if (open && i.end().isPresent() && i.end().get().isBefore(asOf)) {
      return recorded + ", though its end date (" + i.end().get() + ") has passed";
    }
    if (i.status() == InitiativeStatus.PLANNED && i.start().isPresent() && !i.start().get().isAfter(asOf)) {
      return recorded + ", though its start date (" + i.start().get() + ") has come";
    }
    return recorded;
  }

  private void findings() {
    section("findings", "Validation findings");
    // The scorecard's rules and its actuals' data-quality checks as of the date, as `bsc score` prints them: a
    // page saying "no findings" beside a command listing some reads as a contradiction.
    List<Violation> all = new ArrayList<>(report.findings().violations());
    all.addAll(report.score().dataQuality().violations());
    ValidationReport findings = new ValidationReport(all);
    List<ViolationGroup> groups = findings.grouped();
    if (groups.isEmpty()) {
      html.element("p", "No findings: the scorecard passes every rule and its actuals every data-quality check as "
          + "of " + report.asOf() + ".", "class", "muted").close("section").nl();
      return;
    }
    html.open("p").text(Numbers.plural(all.size(), "finding") + " from "
        + Numbers.plural(findings.ruleIds().size(), "rule")
        + " (the scorecard's rules, and its actuals' data quality as of " + report.asOf() + "), grouped by rule.")
        .close("p").nl();
    html.open("table", "class", "cards").nl().open("thead").open("tr");
    for (String h : List.of("Rule", "Severity", "Count", "Finding")) {
      header(h, h.equals("Count"));
    }
    html.close("tr").close("thead").nl().open("tbody").nl();
    for (ViolationGroup g : groups) {
      html.open("tr").element("th", g.ruleId(), "scope", "row", "data-label", "Rule")
          .element("td", g.severity().key(), "data-label", "Severity")
          .element("td", "" + g.size(), "class", "num", "data-label", "Count")
          .open("td", "data-label", "Finding").name(g.message()).close("td").close("tr").nl();
    }
    html.close("tbody").close("table").nl().close("section").nl();
  }

  private void extra(int index, ReportSection s) {
    section("section-" + (index + 1), s.heading());
    if (!s.description().isBlank()) {
      html.open("p").name(s.description()).close("p").nl();
    }
    html.open("table", "class", "cards").nl().open("thead").open("tr");
    s.columns().forEach(c -> html.element("th", c, "scope", "col"));
    html.close("tr").close("thead").nl().open("tbody").nl();
    for (List<String> row : s.rows()) {
      html.open("tr");
      for (int c = 0; c < row.size(); c++) {
        html.open("td", "data-label", s.columns().get(c)).name(row.get(c)).close("td");
      }
      html.close("tr").nl();
    }
    html.close("tbody").close("table").nl().close("section").nl();
  }

  /** A column header, right-aligned over numbers. */
  private void header(String text, boolean number) {
    if (number) {
      html.element("th", text, "scope", "col", "class", "num");
    } else {
      html.element("th", text, "scope", "col");
    }
  }

  /** A status as a pill: its word on the status colour, after an icon the stylesheet adds. */
  void status(Status s) {
    status(html, s);
  }

  static void status(Html html, Status s) {
    html.open("span", "class", "status " + Styles.statusClass(s)).text(Styles.word(s)).close("span");
  }
}
