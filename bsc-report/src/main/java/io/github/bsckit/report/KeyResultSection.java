package io.github.bsckit.report;

import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.okr.grading.Grade;
import io.github.bsckit.okr.grading.OkrGrader;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrObjective;
import io.github.bsckit.okr.wording.KeyResultWording;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** This and next fiscal quarter's key results, the current ones graded on Google's 0.0–1.0 scale. */
final class KeyResultSection {
  private static final KeyResultWording WORDS = KeyResultWording.of(Locale.US);

  private final ScorecardReport report;
  private final Html html;

  KeyResultSection(ScorecardReport report, Html html) {
    this.report = report;
    this.html = html;
  }

  void write() {
    html.open("section", "class", "major", "id", "key-results", "aria-labelledby", "key-results-h").nl()
        .element("h2", "Key results", "id", "key-results-h").nl()
        .element("p", "The quarterly key results planned from the KPIs' baselines and targets. A key result of "
            + "the current quarter is graded 0.0\u20131.0: up to its due date, the quarter's last day included, as its "
            + "KPI's score to date (is the KPI where its plan expects it today?), so a key result and its KPI never "
            + "disagree on the same page; after its due date by how much of the quarter's step was done; "
            + "0.7 and above is green, 0.4\u20130.6 yellow, below red.").nl();
    FiscalQuarter now = report.quarter();
    quarter("This quarter", now, true);
    quarter("Next quarter", now.plusQuarters(1), false);
    html.close("section").nl();
  }

  private void quarter(String title, FiscalQuarter q, boolean graded) {
    html.element("h3", title + ": " + q + " (" + report.calendar().firstDayOf(q) + " to "
        + report.calendar().lastDayOf(q) + ")").nl();
    List<OkrObjective> objectives = report.plan().objectives(q);
    if (objectives.isEmpty()) {
      html.element("p", "No key results are planned for " + q + ".", "class", "muted").nl();
      return;
    }
    html.open("table", "class", "cards krs").nl().open("thead").open("tr").element("th", "Objective", "scope", "col")
        .element("th", "Key result", "scope", "col");
    if (graded) {
      html.element("th", "Grade", "scope", "col").element("th", "Status", "scope", "col");
    }
    html.close("tr").close("thead").nl().open("tbody").nl();
    for (OkrObjective o : objectives) {
      for (KeyResult kr : o.keyResults()) {
        html.open("tr").open("th", "scope", "row").text(o.objective() + " ").name(o.name())
            .close("th").open("td").name(WORDS.describe(kr)).close("td");
        if (graded) {
          Optional<Grade> g = grade(kr);
          html.element("td", g.map(x -> String.format(Locale.ROOT, "%.1f (%s)", x.reported(), x.band().key()))
              .orElse("no data yet")).open("td");
          // Under the KPI's own thresholds, as its score is judged: a grade and its KPI's status agree.
          g.ifPresentOrElse(x -> ReportWriter.status(html, report.score().kpi(kr.kpi())
                  .map(n -> x.status(n.thresholds())).orElseGet(x::status)),
              () -> ReportWriter.status(html, io.github.bsckit.core.scoring.Status.NO_DATA));
          html.close("td");
        }
        html.close("tr").nl();
      }
    }
    html.close("tbody").close("table").nl();
  }

  private Optional<Grade> grade(KeyResult kr) {
    if (report.asOf().isAfter(kr.due())) {
      // Only a key result due before the as-of date: one whose KPI's target date falls inside the quarter. On the
      // due date itself, the quarter-end review, the grade to date is the KPI's score against the same level.
      return OkrGrader.grade(kr, report.derivedActuals(), report.asOf()).map(g -> g.grade());
    }
    // Up to the due date the grade is the KPI's score on the date, capped at 1: what OkrGrader.gradeToDate gives
    // from the KPI's path, taken from the score report itself, which has it for every KPI (a band without dates
    // too), so the key result and its KPI agree on the page by construction.
    return report.score().kpi(kr.kpi()).flatMap(n -> n.score().isPresent()
        ? Optional.of(Grade.of(n.score().getAsDouble())) : Optional.empty());
  }
}
