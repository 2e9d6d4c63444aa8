package io.github.bsckit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Theme;
import org.junit.jupiter.api.Test;

/**
 * The seed's example chain (Step 3 of "How to Create a Balanced Scorecard in 5 Simple Steps"), built with the
 * public API only, and what the core rules say about it and about broken variants of it.
 */
class SeedChainTest {

  static Scorecard seedChain() {
    return Scorecard.builder("Acme Retail")
        .vision("The most trusted retailer in the region")
        .objective("L1", "Train Staff on New CRM", "learning-growth", o -> o
            .owner("Head of Sales Enablement")
            .kpi("crm-certified", "Sales staff CRM-certified", k -> k
                .leading().unit("%").baseline(20, "2026-01-01").target(90, "2026-12-31")))
        .objective("P1", "Improve Sales Conversion Process", "internal-process", o -> o
            .kpi("demo-conversion", "Demo-to-deal conversion", k -> k
                .leading().unit("%").baseline(18, "2026-01-01").target(25, "2026-12-31")))
        .objective("C1", "Increase Customer Retention", "customer", o -> o
            .kpi("retention", "Customer retention rate", k -> k
                .lagging().unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31"))
            .kpi("onboarding-time", "Time to first value", k -> k
                .leading().decrease().unit("hours").baseline(72, "2026-01-01").target(24, "2026-12-31")))
        .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o
            .kpi("clv", "Customer lifetime value", k -> k
                .lagging().unit("$").baseline(1200, "2026-01-01").target(1500, "2026-12-31")))
        .link("L1", "P1", l -> l.strong().rationale("Trained staff convert more demos"))
        .link("P1", "C1")
        .link("C1", "F1")
        .build();
  }

  private static final RuleSet CORE = RuleSet.core();

  @Test
  void theSeedChainPassesEveryCoreRule() {
    Scorecard s = seedChain();

    assertThat(CORE.validate(s).violations()).isEmpty();
    assertThat(s.objectives()).extracting(o -> o.id().value()).containsExactly("L1", "P1", "C1", "F1");
    assertThat(s.links()).extracting(Object::toString).containsExactly("L1 -> P1 (strong)", "P1 -> C1", "C1 -> F1");
  }

  @Test
  void anObjectiveWithoutKpiIsAWish() {
    Objective c1 = seedChain().objective("C1").orElseThrow();
    Scorecard s = seedChain().withObjective(c1.withKpis(java.util.List.of()));

    ValidationReport report = CORE.validate(s);

    assertThat(report.violations()).extracting(Violation::ruleId, Violation::severity, Violation::subjectIds)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("objective-without-kpi", Severity.WARNING,
            java.util.List.of("C1")));
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void aKpiWithoutTargetIsAnError() {
    Scorecard s = withKpi(seedChain(), "C1", seedChain().kpi(KpiId.of("retention")).orElseThrow().withoutTarget());

    ValidationReport report = CORE.validate(s);

    assertThat(report.ruleIds()).containsExactly("missing-target");
    assertThat(report.violations().get(0).subjectIds()).containsExactly("retention", "C1");
    assertThat(report.violations().get(0).message()).contains("retention", "no target");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void aTargetBelowTheBaselineOfAnIncreasingKpiIsAnError() {
    Kpi retention = seedChain().kpi(KpiId.of("retention")).orElseThrow();
    Scorecard s = withKpi(seedChain(), "C1", retention.withTarget(DatedValue.of(80, "2026-12-31")));

    assertThat(CORE.validate(s).violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("target-direction-mismatch");
      assertThat(v.message()).contains("should increase", "80", "85");
    });
  }

  @Test
  void aTargetAboveTheBaselineOfADecreasingKpiIsAnError() {
    Kpi onboarding = seedChain().kpi(KpiId.of("onboarding-time")).orElseThrow();
    Scorecard s = withKpi(seedChain(), "C1", onboarding.withTarget(DatedValue.of(96, "2026-12-31")));

    assertThat(CORE.validate(s).ruleIds()).containsExactly("target-direction-mismatch");
  }

  @Test
  void aLowerPerspectiveWithOnlyLaggingKpisLacksALeadingIndicator() {
    Kpi conversion = seedChain().kpi(KpiId.of("demo-conversion")).orElseThrow();
    Scorecard s = withKpi(seedChain(), "P1", conversion.toBuilder().lagging().build());

    assertThat(CORE.validate(s).violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("no-leading-indicator");
      assertThat(v.subjects()).containsExactly(PerspectiveId.of("internal-process"));
    });
  }

  @Test
  void theTopPerspectiveNeedsNoLeadingIndicator() {
    assertThat(seedChain().kpi(KpiId.of("clv")).orElseThrow().isLeading()).isFalse();
    assertThat(CORE.validate(seedChain()).ofRule("no-leading-indicator")).isEmpty();
  }

  @Test
  void moreThanThreeKpisOnAnObjectiveIsTooMany() {
    Objective f1 = seedChain().objective("F1").orElseThrow();
    for (int i = 0; i < 3; i++) {
      f1 = f1.withKpi(Kpi.builder("extra-" + i, "Extra " + i).baseline(0, "2026-01-01").target(1, "2026-12-31")
          .build());
    }
    Scorecard s = seedChain().withObjective(f1);

    assertThat(CORE.validate(s).violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("too-many-kpis");
      assertThat(v.message()).contains("4 KPIs", "at most 3");
    });
    assertThat(CORE.without("too-many-kpis").with(CoreRules.tooManyKpis(4)).validate(s).isClean()).isTrue();
  }

  @Test
  void moreThanTwentyFiveObjectivesLoseFocus() {
    Scorecard s = seedChain();
    for (int i = 0; i < 22; i++) {
      s = s.withObjective(Objective.builder("X" + i, "Extra " + i, "financial")
          .kpi("x" + i, "X " + i, k -> k.baseline(0, "2026-01-01").target(1, "2026-12-31")).build());
    }

    assertThat(s.objectives()).hasSize(26);
    assertThat(CORE.validate(s).ruleIds()).containsExactly("too-many-objectives");
    assertThat(CORE.validate(s.withoutObjective(ObjectiveId.of("X0"))).isClean()).isTrue();
  }

  @Test
  void oneOrTwoThemesAreAChoiceButSixLoseFocus() {
    Scorecard one = withThemes(seedChain(), 1);
    Scorecard two = withThemes(seedChain(), 2);
    Scorecard six = withThemes(seedChain(), 6);

    assertThat(CORE.validate(one).isClean()).isTrue();
    assertThat(CORE.validate(two).isClean()).isTrue();
    assertThat(CORE.validate(withThemes(seedChain(), 5)).isClean()).isTrue();
    assertThat(CORE.validate(six).violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("theme-count");
      assertThat(v.subjectIds()).containsExactly("T1", "T2", "T3", "T4", "T5", "T6");
      assertThat(v.message()).isEqualTo("the scorecard has 6 themes; distil the vision into at most 5");
    });
  }

  @Test
  void aLowerBoundOnThemesIsStillAvailable() {
    RuleSet strict = CORE.without("theme-count").with(CoreRules.themeCount(3, 5));
    assertThat(strict.validate(withThemes(seedChain(), 2)).ruleIds()).containsExactly("theme-count");
  }

  /** Adds {@code n} themes, each served by objective C1, so that only the count can be wrong. */
  private static Scorecard withThemes(Scorecard s, int n) {
    java.util.List<io.github.bsckit.core.model.ThemeId> ids = new java.util.ArrayList<>();
    for (int i = 1; i <= n; i++) {
      s = s.withTheme(Theme.of("T" + i, "Theme " + i));
      ids.add(io.github.bsckit.core.model.ThemeId.of("T" + i));
    }
    return s.withObjective(s.objective("C1").orElseThrow().withThemes(ids));
  }

  @Test
  void everyBrokenPartIsReportedInOneValidation() {
    Scorecard s = seedChain();
    s = withKpi(s, "C1", s.kpi(KpiId.of("retention")).orElseThrow().withoutTarget());
    s = s.withObjective(Objective.builder("F2", "Grow revenue", "financial").build());

    assertThat(CORE.validate(s).ruleIds()).containsExactly("objective-without-kpi", "missing-target");
  }

  private static Scorecard withKpi(Scorecard s, String objective, Kpi kpi) {
    return s.withObjective(s.objective(objective).orElseThrow().withKpi(kpi));
  }
}
