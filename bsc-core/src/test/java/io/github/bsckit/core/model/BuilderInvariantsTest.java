package io.github.bsckit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Construction-time invariants: each is reported with its path and value, and all of them at once. */
@Tag("text")
class BuilderInvariantsTest {

  private static List<String> problems(Scorecard.Builder builder) {
    ValidationException e = catchThrowableOfType(ValidationException.class, builder::build);
    assertThat(e).as("expected the build to fail").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static Scorecard.Builder withKpi(java.util.function.Consumer<Kpi.Builder> spec) {
    return Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o.kpi("k1", "Revenue", spec));
  }

  @Test
  void rejectsABlankName() {
    assertThat(problems(Scorecard.builder("  "))).containsExactly("name: must not be blank but was \"  \"");
  }

  @Test
  void rejectsNonFiniteNumbers() {
    assertThat(problems(withKpi(k -> k.baseline(Double.NaN, "2026-01-01").target(Double.POSITIVE_INFINITY,
        "2026-12-31")))).containsExactly(
            "objectives[0].kpis[0].baseline.value: must be a finite number but was NaN",
            "objectives[0].kpis[0].target.value: must be a finite number but was Infinity");
  }

  @Test
  void rejectsNegativeWeights() {
    assertThat(problems(withKpi(k -> k.weight(-0.5)))).containsExactly(
        "objectives[0].kpis[0].weight: must be a number from 0 to 1000000 but was -0.5");
    assertThat(problems(Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o.weight(-1))))
        .containsExactly("objectives[0].weight: must be a number from 0 to 1000000 but was -1.0");
  }

  @Test
  void rejectsARangeWhoseLowIsAboveItsHigh() {
    assertThat(problems(withKpi(k -> k.range(100, 99.5)))).containsExactly(
        "objectives[0].kpis[0].range.low: must not be above high (99.5) but was 100");
  }

  @Test
  void rejectsPrecisionOutsideZeroToTen() {
    assertThat(problems(withKpi(k -> k.precision(11)))).containsExactly(
        "objectives[0].kpis[0].precision: must be between 0 and 10 but was 11");
    assertThat(problems(withKpi(k -> k.precision(-1)))).hasSize(1);
  }

  @Test
  void rejectsDuplicateIdsWithinAScorecard() {
    assertThat(problems(Scorecard.builder("Acme")
        .theme("T1", "One").theme("T1", "Again")
        .objective("F1", "Grow", "financial", o -> o.kpi("k", "K", k -> { }))
        .objective("F1", "Grow again", "financial", o -> o.kpi("k", "K again", k -> { }))
        .initiative("I1", "One", i -> { }).initiative("I1", "Two", i -> { })))
        .containsExactly(
            "themes[1].id: duplicate theme id \"T1\"",
            "objectives[1].id: duplicate objective id \"F1\"",
            "initiatives[1].id: duplicate initiative id \"I1\"");
  }

  @Test
  void rejectsDuplicateKpiIdsAcrossObjectives() {
    assertThat(problems(Scorecard.builder("Acme")
        .objective("F1", "Grow", "financial", o -> o.kpi("k", "K", k -> { }))
        .objective("C1", "Keep", "customer", o -> o.kpi("k", "K", k -> { }))))
        .containsExactly("objectives[1].kpis[0].id: duplicate KPI id \"k\" (also in objective F1)");
  }

  @Test
  void rejectsLinksAndInitiativesNamingUnknownObjectives() {
    assertThat(problems(Scorecard.builder("Acme")
        .objective("F1", "Grow", "financial")
        .link("F2", "F1")
        .initiative("I1", "Roll-out", i -> i.serves("F1", "C9"))))
        .containsExactly(
            "links[0].from: unknown objective \"F2\"; did you mean \"F1\"?",
            "initiatives[0].objectives[1]: unknown objective \"C9\"");
  }

  @Test
  void suggestsTheIdThatWasProbablyMeant() {
    assertThat(problems(Scorecard.builder("Acme").objective("grow-revenue", "Grow", "financial")
        .link("grow-revenu", "grow-revenue").link("f1", "grow-revenue")))
        .containsExactly("links[0].from: unknown objective \"grow-revenu\"; did you mean \"grow-revenue\"?",
            "links[1].from: unknown objective \"f1\"");
  }

  @Test
  void anEmptyReferenceGetsNoSuggestionAndNoCrash() {
    assertThat(problems(Scorecard.builder("Acme").objective("F1", "Grow", "financial").link("", "F1")))
        .anySatisfy(p -> assertThat(p).startsWith("links[0].from: objective id must be"));
  }

  @Test
  void rejectsAnObjectiveInAnUndeclaredPerspective() {
    assertThat(problems(Scorecard.builder("City").perspective("mission", "Mission")
        .objective("M1", "Safer streets", "financial")))
        .containsExactly("objectives[0].perspective: unknown perspective \"financial\"; declared: mission");
  }

  @Test
  void rejectsAThemeReferenceToAnUnknownTheme() {
    assertThat(problems(Scorecard.builder("Acme").theme("T1", "Ops")
        .objective("F1", "Grow", "financial", o -> o.theme("T2"))))
        .containsExactly("objectives[0].themes[0]: unknown theme \"T2\"; declared: T1");
  }

  @Test
  void reportsEveryProblemAtOnceNotJustTheFirst() {
    List<String> all = problems(Scorecard.builder(" ")
        .objective("F1", "", "financal", o -> o.theme("T9")
            .kpi("bad id", "  ", k -> k.precision(11).weight(-1).range(5, 1).baseline(1, "2026-13-01")))
        .link("F1", "F2"));

    assertThat(all).hasSize(11).contains(
        "name: must not be blank but was \" \"",
        "objectives[0].name: must not be blank but was \"\"",
        "objectives[0].kpis[0].precision: must be between 0 and 10 but was 11",
        "objectives[0].kpis[0].baseline.date: must be an ISO date (yyyy-mm-dd) but was \"2026-13-01\": there is no month 13",
        "links[0].to: unknown objective \"F2\"; did you mean \"F1\"?");
    assertThat(all).anySatisfy(p -> assertThat(p).startsWith("objectives[0].kpis[0].id: KPI id must be"));
    assertThat(all).anySatisfy(p -> assertThat(p).startsWith("objectives[0].perspective: unknown perspective"));
  }

  @Test
  void derivationsCheckTheSameInvariants() {
    Scorecard s = Scorecard.builder("Acme").objective("F1", "Grow", "financial").build();

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> s.withLink(CausalLink.of("F1", "C1")));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly("links[0].to: unknown objective \"C1\"");
  }

  @Test
  void rejectsATargetDatedBeforeItsBaselineAndMilestonesOutOfOrder() {
    assertThat(problems(withKpi(k -> k.baseline(1, "2026-06-01").target(2, "2026-01-01")))).containsExactly(
        "objectives[0].kpis[0].target.date: must be after the baseline date 2026-06-01 but was 2026-01-01");
    assertThat(problems(withKpi(k -> k.baseline(1, "2026-01-01").target(2, "2026-12-31")
        .milestone(1.5, "2026-09-30").milestone(1.2, "2026-06-30")))).containsExactly(
            "objectives[0].kpis[0].milestones[1].date: must be after the previous milestone's date 2026-09-30 but"
                + " was 2026-06-30");
  }

  @Test
  void valuesRejectBadInputAtTheirFactories() {
    assertThat(catchThrowableOfType(ValidationException.class, () -> ObjectiveId.of("has space")))
        .hasMessageContaining("\"has space\"");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Strength.of(1.5)))
        .hasMessageContaining("(0, 1]").hasMessageContaining("1.5");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Money.of(-1, "USD")))
        .hasMessageContaining("amount: must be >= 0 but was -1");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Money.of(1, "XYZW")))
        .hasMessageContaining("\"XYZW\"");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Thresholds.of(0.5, 0.8)))
        .hasMessageContaining("atRisk: must not be above onTrack (0.5) but was 0.8");
  }

  @Test
  void theBuilderIsReusableAndNeverSharesItsStateWithABuiltValue() {
    Scorecard.Builder b = Scorecard.builder("Acme").objective("F1", "Grow", "financial");
    Scorecard first = b.build();
    b.objective("C1", "Keep", "customer");
    Scorecard second = b.build();

    assertThat(first.objectives()).hasSize(1);
    assertThat(second.objectives()).hasSize(2);
  }

  @Test
  void aLinkIsEmpiricalUnlessMarkedDefinitionalInTheBuilderOrByWithBasis() {
    Scorecard s = Scorecard.builder("Shop").objective("F1", "Grow revenue", "financial")
        .objective("F2", "Sell more units", "financial").objective("C1", "Delight", "customer")
        .link("F2", "F1", l -> l.definitional()).link("C1", "F1").build();

    assertThat(s.links()).extracting(CausalLink::isEmpirical).containsExactly(false, true);
    assertThat(s.links().get(1).withBasis(LinkBasis.DEFINITIONAL).basis()).isEqualTo(LinkBasis.DEFINITIONAL);
    assertThat(new CausalLink(ObjectiveId.of("C1"), ObjectiveId.of("F1"), Optional.empty(), Polarity.DIRECT,
        Optional.empty(), Optional.empty()).basis()).isEqualTo(LinkBasis.EMPIRICAL);
  }

  @Test
  void toStringIsReadableInJShell() {
    Scorecard s = Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o
        .kpi("rev", "Revenue", k -> k.unit("$").baseline(10, "2026-01-01").target(12, "2026-12-31"))).build();

    assertThat(s.toString()).startsWith("Scorecard \"Acme\" (1 objective, 1 KPI, 0 links, 0 themes, 0 initiatives)")
        .contains("  Financial:\n    F1 Grow\n      - rev \"Revenue\" lagging increase");
    assertThat(CausalLink.of("L1", "P1").withStrength(Strength.of(0.4)).withPolarity(Polarity.INVERSE))
        .hasToString("L1 -> P1 (0.4, inverse)");
    assertThat(CausalLink.of("F2", "F1").withBasis(LinkBasis.DEFINITIONAL)).hasToString("F2 -> F1 (definitional)");
    assertThat(Money.of(250000, "USD")).hasToString("USD 250000");
  }
}
