package io.github.bsckit.cli;

import io.github.bsckit.analytics.evidence.EvidenceAnalysis;
import io.github.bsckit.analytics.evidence.EvidenceReport;
import io.github.bsckit.analytics.evidence.LinkEvidence;
import io.github.bsckit.analytics.forecast.Forecast;
import io.github.bsckit.analytics.forecast.Forecaster;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.internal.text.KpiText;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.report.ReportSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The review pack's analytics sections, which bsc-report leaves to its caller (it does not depend on
 * bsc-analytics): what the actuals up to the as-of date say about each causal link, and where each KPI's trend
 * lands at its target date.
 */
final class ReportAnalytics {
  private ReportAnalytics() {}

  /** {@return the link evidence and forecast sections, from the actuals on or before the as-of date} */
  static List<ReportSection> sections(Scorecard scorecard, Actuals actuals, LocalDate asOf) {
    Actuals upTo = upTo(actuals, asOf);
    List<ReportSection> sections = new ArrayList<>();
    EvidenceReport evidence = EvidenceAnalysis.defaults().analyse(scorecard, upTo);
    List<List<String>> rows = new ArrayList<>();
    for (LinkEvidence e : evidence.links()) {
      rows.add(List.of(e.link().from() + " \u2192 " + e.link().to(), e.verdict().key().replace('-', ' '),
          Double.isNaN(e.pearson().r()) ? "\u2013" : Numbers.significant(e.pearson().r(), 2) + " at lag "
              + e.testedLag() + " (" + e.pairs() + " pairs)",
          Double.isNaN(e.q()) ? "\u2013" : Numbers.significant(e.q(), 2), String.join("; ", e.notes())));
    }
    sections.add(ReportSection.of("Link evidence", "Whether each causal link's cause predicts its effect in the "
        + "actuals up to " + asOf + " (correlation at the tested lag, Benjamini\u2013Hochberg q-value across all "
        + "links). Prediction in the data, not proof of causation.",
        List.of("Link", "Verdict", "Correlation", "q", "Notes"), rows));
    List<List<String>> forecasts = new ArrayList<>();
    for (Forecast f : Forecaster.defaults().forecast(scorecard, upTo)) {
      Kpi kpi = scorecard.kpi(f.kpi()).orElseThrow();
      forecasts.add(List.of(name(scorecard, f.kpi()), KpiText.target(kpi),
          Double.isNaN(f.predicted()) ? "\u2013" : KpiText.value(kpi, f.predicted()) + " ("
              + KpiText.value(kpi, f.low()) + " to " + KpiText.value(kpi, f.high()) + ")",
          Double.isNaN(f.probability()) ? "\u2013" : Numbers.share(f.probability()),
          f.pace().key().replace('-', ' ')));
    }
    sections.add(ReportSection.of("Forecasts", "Each KPI's linear trend through its actuals up to " + asOf
        + ", carried to its target date, with an 80% prediction interval and the chance of reaching the target.",
        List.of("KPI", "Target", "Forecast at the target date", "Chance", "Pace"), forecasts));
    return sections;
  }

  private static String name(Scorecard scorecard, KpiId kpi) {
    return kpi + " " + scorecard.kpi(kpi).map(k -> k.name()).orElse("");
  }

  /** {@return the actuals dated on or before the as-of date: what a report as of then may know} */
  static Actuals upTo(Actuals actuals, LocalDate asOf) {
    Actuals.Builder b = Actuals.builder();
    for (KpiId kpi : actuals.kpis()) {
      for (DatedValue v : actuals.upTo(kpi, asOf)) {
        b.add(kpi, v.date(), v.value());
      }
    }
    return b.build();
  }
}
