package io.github.bsckit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Link strengths (named or numeric, in (0, 1]) and initiatives, built, derived and printed. */
@Tag("text")
class StrengthAndInitiativeTest {

  @Test
  void aStrengthIsANamedLevelOrANumberFromJustAboveZeroToOne() {
    assertThat(Strength.parse("weak")).isSameAs(Strength.WEAK);
    assertThat(Strength.parse("moderate")).isSameAs(Strength.MODERATE);
    assertThat(Strength.parse("strong")).isSameAs(Strength.STRONG);
    assertThat(Strength.of(Strength.Level.STRONG)).isSameAs(Strength.STRONG);
    assertThat(Strength.parse("0.35")).isEqualTo(Strength.of(0.35));
    assertThat(Strength.of(1).value()).isEqualTo(1);
    assertThat(Strength.of(Double.MIN_VALUE).value()).isEqualTo(Double.MIN_VALUE);
    assertThat(Strength.of(0.35).level()).isEmpty();

    assertThat(message(() -> Strength.of(0))).isEqualTo("strength must be in (0, 1] but was 0.0");
    assertThat(message(() -> Strength.of(Math.nextUp(1.0))))
        .isEqualTo("strength must be in (0, 1] but was 1.0000000000000002");
    assertThat(message(() -> Strength.of(Double.NaN))).isEqualTo("strength must be in (0, 1] but was NaN");
    assertThat(message(() -> Strength.parse("very")))
        .isEqualTo("strength must be weak, moderate, strong or a number in (0, 1] but was \"very\"");
    assertThat(message(() -> Strength.parse("NaN"))).contains("but was \"NaN\"");
    assertThat(message(() -> new Strength(0.5, java.util.Optional.of(Strength.Level.STRONG))))
        .startsWith("strength strong is ").endsWith(" but the value was 0.5");
  }

  @Test
  void strengthsOrderByValue() {
    assertThat(List.of(Strength.STRONG, Strength.of(0.05), Strength.WEAK, Strength.MODERATE).stream().sorted())
        .containsExactly(Strength.of(0.05), Strength.WEAK, Strength.MODERATE, Strength.STRONG);
    assertThat(Strength.WEAK.compareTo(Strength.STRONG)).isNegative();
    assertThat(Strength.STRONG.compareTo(Strength.WEAK)).isPositive();
    assertThat(Strength.of(0.5).compareTo(Strength.of(0.5))).isZero();
  }

  @Test
  void anInitiativeKeepsWhatItsBuilderWasToldInAnyOrder() {
    Initiative crm = Initiative.builder("I1", "CRM roll-out").owner("Sales ops").serves("L1", "C2")
        .budget(250_000, "USD").start("2026-02-01").end("2026-09-30").status(InitiativeStatus.IN_PROGRESS).build();
    Initiative same = Initiative.builder("I1", "CRM roll-out").status(InitiativeStatus.IN_PROGRESS)
        .end(java.time.LocalDate.of(2026, 9, 30)).start(java.time.LocalDate.of(2026, 2, 1))
        .budget(Money.of(new java.math.BigDecimal("250000"), "USD")).serves("L1", "C2").owner("Sales ops").build();

    assertThat(crm).isEqualTo(same);
    assertThat(crm.owner()).contains("Sales ops");
    assertThat(crm.objectives()).containsExactly(ObjectiveId.of("L1"), ObjectiveId.of("C2"));
    assertThat(crm).hasToString("I1 \"CRM roll-out\" serves [L1, C2] USD 250000 2026-02-01..2026-09-30 in-progress");
  }

  @Test
  void anInitiativeChangesItsStatusAndItsObjectivesAsNewValues() {
    Initiative plain = Initiative.builder("I2", "Route planning").build();
    assertThat(plain).hasToString("I2 \"Route planning\" serves [] planned");
    assertThat(plain.withStatus(InitiativeStatus.COMPLETED)).hasToString("I2 \"Route planning\" serves [] completed");
    assertThat(plain.withObjectives(List.of(ObjectiveId.of("P1"))).objectives()).containsExactly(ObjectiveId.of("P1"));
    assertThat(plain.status()).isEqualTo(InitiativeStatus.PLANNED);
    assertThat(Initiative.builder("I3", "Pilot").end("2026-12-31").build())
        .hasToString("I3 \"Pilot\" serves [] ..2026-12-31 planned");
    assertThat(Initiative.builder("I3", "Pilot").start("2026-01-01").build())
        .hasToString("I3 \"Pilot\" serves [] 2026-01-01.. planned");
  }

  private static String message(Runnable r) {
    ValidationException e = catchThrowableOfType(ValidationException.class, r::run);
    assertThat(e).as("expected a ValidationException").isNotNull();
    return e.problems().get(0).message();
  }
}
