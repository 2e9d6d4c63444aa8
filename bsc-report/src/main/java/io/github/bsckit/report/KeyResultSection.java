package io.github.bsckit.report;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.plan.ExpectedPath;
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
            + "the current quarter is graded 0.0\u20131.0: before its due date as its KPI's score to date (is the KPI "
            + "where its plan expects it today?), from its due date on by how much of the quarter's step is done; "
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
          g.ifPresentOrElse(x -> ReportWriter.status(html, x.status()),
              () -> ReportWriter.status(html, io.github.bsckit.core.scoring.Status.NO_DATA));
          html.close("td");
        }
        html.close("tr").nl();
      }
    }
    html.close("tbody").close("table").nl();
  }

  private Optional<Grade> grade(KeyResult kr) {
    if (!report.asOf().isBefore(kr.due())) {
      return OkrGrader.grade(kr, report.derivedActuals(), report.asOf()).map(g -> g.grade());
    }
    Kpi kpi = report.scorecard().kpi(kr.kpi()).orElseThrow();
    Optional<ExpectedPath> path = ExpectedPath.of(report.scorecard(), kpi);
    // Judged by the method the scorecard scores the KPI by, so the grade's status agrees with the KPI's score.
    return path.flatMap(p -> OkrGrader.gradeToDate(kr, p, report.derivedActuals(), report.asOf(),
        report.scorecard().scoring()));
  }
}
