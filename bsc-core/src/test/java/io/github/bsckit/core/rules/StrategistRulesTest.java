package io.github.bsckit.core.rules;

import static io.github.bsckit.core.rules.SeedChainTest.seedChain;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Theme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules a strategist expects (issue 11 §4), each on a hand-made scorecard that breaks exactly that rule:
 * the seed's chain passes every core rule, so whatever fires on a variant of it is the variant's doing.
 */
class StrategistRulesTest {
  private static final RuleSet CORE = RuleSet.core();

  @Test
  void aDeclaredPerspectiveWithoutObjectivesIsEmpty() {
    Scorecard s = seedChain().withPerspectives(List.of(Perspective.FINANCIAL, Perspective.CUSTOMER,
        Perspective.of("sustainability", "Sustainability"), Perspective.INTERNAL_PROCESS, Perspective.LEARNING_GROWTH));

    assertThat(CORE.validate(s).violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("empty-perspective");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.subjectIds()).containsExactly("sustainability");
      assertThat(v.message()).isEqualTo("perspective sustainability \"Sustainability\" holds no objective");
    });
  }

  @Test
  void aScorecardWithoutObjectivesIsABlankPageNotAnEmptyPerspective() {
    assertThat(CORE.validate(Scorecard.builder("Draft").build()).isClean()).isTrue();
  }

  @Test
  void aThemeNoObjectiveServesIsUnused() {
    Scorecard s = seedChain().withTheme(Theme.of("T1", "Customer intimacy"));

    assertThat(CORE.validate(s).violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("unused-theme");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.subjectIds()).containsExactly("T1");
      assertThat(v.message()).isEqualTo("theme T1 \"Customer intimacy\" is served by no objective");
    });
  }

  @Test
  void aTargetWithoutABaselineHasNothingToMeasureProgressFrom() {
    Scorecard s = seedChain();
    Objective c1 = s.objective("C1").orElseThrow();
    s = s.withObjective(c1.withKpi(io.github.bsckit.core.model.Kpi.builder("retention", "Customer retention rate")
        .lagging().unit("%").target(90, "2026-12-31").build()));

    assertThat(CORE.validate(s).violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("missing-baseline");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.subjectIds()).containsExactly("retention", "C1");
    });
  }

  @Test
  void aRangeKpiNeedsNoBaseline() {
    Scorecard s = Scorecard.builder("Plant")
        .objective("P1", "Run the line", "internal-process", o -> o.kpi("temp", "Oven temperature", k -> k.leading()
            .range(180, 200)))
        .objective("F1", "Earn", "financial", o -> o.kpi("margin", "Margin", k -> k.baseline(10, "2026-01-01")
            .target(12, "2026-12-31")))
        .build();

    assertThat(CORE.validate(s).ofRule("missing-baseline")).isEmpty();
  }

  @Test
  void objectivesAllInOnePerspectiveAreNotBalanced() {
    Scorecard s = Scorecard.builder("Finance only").perspectives(List.of(Perspective.FINANCIAL))
        .objective("F1", "Grow revenue", "financial", o -> o.kpi("revenue", "Revenue", k -> k
            .baseline(10, "2026-01-01").target(12, "2026-12-31")))
        .objective("F2", "Cut cost", "financial", o -> o.kpi("cost", "Cost", k -> k.decrease()
            .baseline(10, "2026-01-01").target(8, "2026-12-31")))
        .build();

    assertThat(CORE.validate(s).violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("single-perspective");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.subjectIds()).containsExactly("financial");
      assertThat(v.message()).startsWith("all 2 objectives are in perspective financial");
    });
  }

  @Test
  void fourteenObjectivesWithoutKpiReadAsOneFindingThatKeepsEverySubject() {
    Scorecard s = seedChain();
    for (int i = 1; i <= 14; i++) {
      s = s.withObjective(Objective.builder("X" + i, "Extra " + i, "customer").build());
    }
    ValidationReport report = CORE.validate(s);

    assertThat(report.ofRule("objective-without-kpi")).hasSize(14);
    assertThat(report.grouped()).singleElement().satisfies(g -> {
      assertThat(g.ruleId()).isEqualTo("objective-without-kpi");
      assertThat(g.size()).isEqualTo(14);
      assertThat(g.subjects()).extracting(Object::toString).hasSize(14);
      assertThat(g.message()).isEqualTo("objective X1 \"Extra 1\" has no KPI; likewise X2, X3, X4, X5, X6, X7, X8,"
          + " X9, X10, X11, X12, X13, X14 (14 in all)");
    });
  }

  @Test
  void findingsThatSayDifferentThingsStayApart() {
    Scorecard s = seedChain();
    for (int n : new int[] {4, 5}) {
      List<io.github.bsckit.core.model.Kpi> kpis = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        kpis.add(io.github.bsckit.core.model.Kpi.builder("k" + n + "-" + i, "K " + i).leading()
            .baseline(1, "2026-01-01").target(2, "2026-12-31").build());
      }
      s = s.withObjective(Objective.builder("M" + n, "Many " + n, "internal-process").build().withKpis(kpis));
    }
    ValidationReport report = CORE.validate(s);

    assertThat(report.ofRule("too-many-kpis")).hasSize(2);
    assertThat(report.grouped()).extracting(ViolationGroup::size).containsExactly(1, 1);
    assertThat(report.grouped()).extracting(ViolationGroup::message).containsExactly(
        "objective M4 has 4 KPIs; keep it to at most 3", "objective M5 has 5 KPIs; keep it to at most 3");
  }

  @Test
  void groupsCoverEveryViolationOnceInReportOrder() {
    Scorecard s = seedChain().withTheme(Theme.of("T1", "One")).withTheme(Theme.of("T2", "Two"));
    s = s.withObjective(Objective.builder("X1", "Extra", "customer").build());
    ValidationReport report = CORE.validate(s);

    assertThat(report.grouped().stream().flatMap(g -> g.violations().stream()).toList())
        .containsExactlyElementsOf(report.violations());
    assertThat(report.grouped()).extracting(ViolationGroup::ruleId)
        .containsExactly("objective-without-kpi", "unused-theme");
  }
}
