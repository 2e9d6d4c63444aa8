package io.github.bsckit.okr.testing;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import java.util.function.Consumer;

/** Scorecards the tests share: the worked example of issue 6 and variations of it. */
public final class Examples {
  private Examples() {}

  /** Retention from 85% on 2026-01-01 to 90% on 2026-12-31, precision 2, in a calendar fiscal year. */
  public static Scorecard retention() {
    return withKpi(k -> k.unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31"));
  }

  /** One objective C1 "Increase Customer Retention" holding one KPI {@code retention} configured by {@code kpi}. */
  public static Scorecard withKpi(Consumer<Kpi.Builder> kpi) {
    return Scorecard.builder("Acme Retail")
        .theme("T1", "Customer intimacy")
        .objective("C1", "Increase Customer Retention", "customer", o -> o.owner("Head of Customer Experience")
            .theme("T1").kpi("retention", "Customer Retention Rate", kpi))
        .build();
  }
}
