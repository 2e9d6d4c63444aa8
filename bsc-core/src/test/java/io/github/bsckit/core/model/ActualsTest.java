package io.github.bsckit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActualsTest {
  private static final KpiId RETENTION = KpiId.of("retention");
  private final Actuals actuals = Actuals.builder()
      .add("retention", "2026-06-30", 87.2)
      .add("retention", "2026-03-31", 86)
      .add("nps", "2026-03-31", 41)
      .build();

  @Test
  void theLatestValueOnOrBeforeTheAsOfDateIsTheOneThatCounts() {
    assertThat(actuals.latest(RETENTION, LocalDate.parse("2026-05-01"))).contains(DatedValue.of(86, "2026-03-31"));
    assertThat(actuals.latest(RETENTION, LocalDate.parse("2026-06-30"))).contains(DatedValue.of(87.2, "2026-06-30"));
    assertThat(actuals.latest(RETENTION, LocalDate.parse("2026-03-30"))).isEmpty();
    assertThat(actuals.latest(KpiId.of("unknown"), LocalDate.parse("2030-01-01"))).isEmpty();
  }

  @Test
  void recentValuesAreTheLastFewOnOrBeforeTheAsOfDateOldestFirst() {
    Actuals weekly = weekly(10);
    LocalDate asOf = LocalDate.parse("2026-02-20");

    assertThat(weekly.recent(RETENTION, asOf, 3)).containsExactly(DatedValue.of(5, "2026-02-05"),
        DatedValue.of(6, "2026-02-12"), DatedValue.of(7, "2026-02-19"));
  }

  @Test
  void recentAndSumAgreeWithTheWholeHistoryAtEveryDate() {
    Actuals weekly = weekly(30);
    for (int day = -3; day < 30 * 7 + 3; day++) {
      LocalDate asOf = LocalDate.parse("2026-01-01").plusDays(day);
      java.util.List<DatedValue> all = weekly.upTo(RETENTION, asOf);
      for (int count = 0; count <= 6; count++) {
        assertThat(weekly.recent(RETENTION, asOf, count)).containsExactlyElementsOf(
            all.subList(Math.max(0, all.size() - count), all.size()));
      }
      LocalDate after = LocalDate.parse("2026-02-01");
      double expected = 0;
      for (DatedValue v : all) {
        expected += v.date().isAfter(after) ? v.value() : 0;
      }
      assertThat(weekly.sum(RETENTION, after, asOf)).isEqualTo(expected);
      assertThat(weekly.sum(RETENTION, LocalDate.MIN, asOf)).isEqualTo(all.stream().mapToDouble(DatedValue::value)
          .sum());
    }
    assertThat(weekly.recent(KpiId.of("unknown"), LocalDate.MAX, 5)).isEmpty();
    assertThat(weekly.sum(KpiId.of("unknown"), LocalDate.MIN, LocalDate.MAX)).isZero();
  }

  @Test
  void earliestAndCountAgreeWithTheSeriesAtEveryDate() {
    Actuals weekly = weekly(30);
    java.util.NavigableMap<LocalDate, Double> series = weekly.series(RETENTION);
    for (int day = -3; day < 30 * 7 + 3; day++) {
      LocalDate from = LocalDate.parse("2026-01-01").plusDays(day);
      java.util.Map.Entry<LocalDate, Double> ceiling = series.ceilingEntry(from);
      assertThat(weekly.earliest(RETENTION, from)).isEqualTo(ceiling == null ? java.util.Optional.empty()
          : java.util.Optional.of(DatedValue.of(ceiling.getValue(), ceiling.getKey())));
      for (int length = -1; length < 40; length += 3) {
        LocalDate to = from.plusDays(length);
        assertThat(weekly.count(RETENTION, from, to)).as("%s..%s", from, to)
            .isEqualTo(to.isBefore(from) ? 0 : series.subMap(from, true, to, true).size());
      }
    }
    assertThat(weekly.count(RETENTION, LocalDate.MIN, LocalDate.MAX)).isEqualTo(30);
    assertThat(weekly.earliest(KpiId.of("unknown"), LocalDate.MIN)).isEmpty();
    assertThat(weekly.count(KpiId.of("unknown"), LocalDate.MIN, LocalDate.MAX)).isZero();
  }

  @Test
  void theMostDaysBetweenValuesIsTheWidestSpacingOfConsecutiveValuesUpToTheDate() {
    Actuals uneven = Actuals.builder()
        .add("retention", "2026-01-01", 1)
        .add("retention", "2026-01-02", 2)
        .add("retention", "2026-03-01", 3) // 58 days after the one before
        .add("retention", "2026-03-31", 4)
        .add("retention", "2026-12-31", 5) // 275 days after
        .build();
    assertThat(uneven.maxDaysBetweenValues(RETENTION, LocalDate.parse("2026-01-01"))).isZero();
    assertThat(uneven.maxDaysBetweenValues(RETENTION, LocalDate.parse("2026-01-02"))).isEqualTo(1);
    assertThat(uneven.maxDaysBetweenValues(RETENTION, LocalDate.parse("2026-02-28"))).isEqualTo(1);
    assertThat(uneven.maxDaysBetweenValues(RETENTION, LocalDate.parse("2026-12-30"))).isEqualTo(58);
    assertThat(uneven.maxDaysBetweenValues(RETENTION, LocalDate.MAX)).isEqualTo(275);
    assertThat(uneven.maxDaysBetweenValues(RETENTION, LocalDate.MAX)).as("asked again").isEqualTo(275);
    assertThat(uneven.maxDaysBetweenValues(RETENTION, LocalDate.parse("2026-12-30"))).as("then up to an earlier date")
        .isEqualTo(58);
    assertThat(uneven.maxDaysBetweenValues(KpiId.of("unknown"), LocalDate.MAX)).isZero();
    assertThat(weekly(30).maxDaysBetweenValues(RETENTION, LocalDate.MAX)).isEqualTo(7);
  }

  @Test
  void lookupsAgreeWithTheSeriesWhenItSpansMoreDaysThanAnIntHolds() {
    // A column keeps days as int offsets from its first day when the span allows, as epoch days otherwise:
    // both ways, and the spans on either side of the edge, must answer as the sorted map does.
    LocalDate start = LocalDate.of(2000, 1, 1);
    for (long span : new long[] {Integer.MAX_VALUE - 2L, Integer.MAX_VALUE - 1L, Integer.MAX_VALUE,
        Integer.MAX_VALUE + 1L}) {
      Actuals far = Actuals.builder().add(RETENTION, start, 1).add(RETENTION, start.plusDays(1), 2)
          .add(RETENTION, start.plusDays(span - 1), 3).add(RETENTION, start.plusDays(span), 4).build();
      java.util.NavigableMap<LocalDate, Double> series = far.series(RETENTION);
      for (LocalDate d : new LocalDate[] {LocalDate.MIN, start.minusDays(1), start, start.plusDays(1),
          start.plusDays(2), start.plusDays(span - 2), start.plusDays(span - 1), start.plusDays(span),
          start.plusDays(span + 1), LocalDate.MAX}) {
        java.util.Map.Entry<LocalDate, Double> floor = series.floorEntry(d);
        java.util.Map.Entry<LocalDate, Double> ceiling = series.ceilingEntry(d);
        assertThat(far.latest(RETENTION, d).map(DatedValue::date)).as("latest, span %d, %s", span, d)
            .isEqualTo(java.util.Optional.ofNullable(floor).map(java.util.Map.Entry::getKey));
        assertThat(far.earliest(RETENTION, d).map(DatedValue::date)).as("earliest, span %d, %s", span, d)
            .isEqualTo(java.util.Optional.ofNullable(ceiling).map(java.util.Map.Entry::getKey));
        assertThat(far.count(RETENTION, LocalDate.MIN, d)).isEqualTo(series.headMap(d, true).size());
      }
      assertThat(far.maxDaysBetweenValues(RETENTION, LocalDate.MAX)).isEqualTo(span - 2);
    }
  }

  @Test
  void aNegativeCountOfRecentValuesIsRejectedNamingIt() {
    assertThat(catchThrowableOfType(ValidationException.class, () -> actuals.recent(RETENTION, LocalDate.MAX, -1)))
        .hasMessageContaining("count").hasMessageContaining("-1");
  }

  /** Values 0, 1, 2, … on the Thursdays from 2026-01-01 on. */
  private static Actuals weekly(int weeks) {
    Actuals.Builder b = Actuals.builder();
    for (int w = 0; w < weeks; w++) {
      b.add(RETENTION, LocalDate.parse("2026-01-01").plusWeeks(w), w);
    }
    return b.build();
  }

  @Test
  void seriesAreSortedByDate() {
    assertThat(actuals.series(RETENTION).keySet()).containsExactly(LocalDate.parse("2026-03-31"),
        LocalDate.parse("2026-06-30"));
    assertThat(actuals.kpis()).extracting(KpiId::value).containsExactly("nps", "retention");
    assertThat(actuals.size()).isEqualTo(3);
  }

  @Test
  void withAddsOrReplacesAndLeavesTheOriginalAlone() {
    Actuals more = actuals.with(RETENTION, LocalDate.parse("2026-06-30"), 88);

    assertThat(more.series(RETENTION)).containsEntry(LocalDate.parse("2026-06-30"), 88.0);
    assertThat(actuals.series(RETENTION)).containsEntry(LocalDate.parse("2026-06-30"), 87.2);
    assertThat(more.without(RETENTION, LocalDate.parse("2026-06-30")).series(RETENTION)).hasSize(1);
  }

  @Test
  void mergeLetsTheOtherSideWin() {
    Actuals other = Actuals.builder().add("retention", "2026-06-30", 90).add("churn", "2026-01-31", 3).build();

    Actuals merged = actuals.merge(other);

    assertThat(merged.size()).isEqualTo(4);
    assertThat(merged.series(RETENTION)).containsEntry(LocalDate.parse("2026-06-30"), 90.0);
  }

  @Test
  void aSecondValueForTheSameDateAndNonFiniteValuesAreAllReported() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Actuals.builder()
        .add("retention", "2026-03-31", 86).add("retention", "2026-03-31", 87).add("nps", "2026-03-31", Double.NaN)
        .build());

    assertThat(e.problems()).hasSize(2);
    assertThat(e.getMessage()).contains("a second value for retention at 2026-03-31 (first 86, then 87)",
        "must be a finite number but was NaN");
  }

  @Test
  void equalActualsAreEqualAndPrintReadably() {
    Actuals same = Actuals.builder().add("nps", "2026-03-31", 41).add("retention", "2026-03-31", 86)
        .add("retention", "2026-06-30", 87.2).build();

    assertThat(same).isEqualTo(actuals).hasSameHashCodeAs(actuals);
    assertThat(actuals).hasToString(
        "Actuals{nps=[41 @ 2026-03-31], retention=[86 @ 2026-03-31, 87.2 @ 2026-06-30]}");
    assertThat(Actuals.empty().isEmpty()).isTrue();
  }

  @Test
  void replacingSwapsWholeSeriesAndLeavesTheOtherKpisAlone() {
    KpiId nps = KpiId.of("nps");
    LocalDate june = LocalDate.parse("2026-06-30");
    java.util.Map<LocalDate, Double> newRetention = new java.util.HashMap<>();
    newRetention.put(june, 90.0);
    newRetention.put(LocalDate.parse("2026-01-31"), 80.0);
    Actuals replaced = actuals.replacing(java.util.Map.of(RETENTION, newRetention));

    assertThat(replaced.series(RETENTION)).containsExactly(java.util.Map.entry(LocalDate.parse("2026-01-31"), 80.0),
        java.util.Map.entry(june, 90.0));
    assertThat(replaced.latest(RETENTION, LocalDate.parse("2026-05-01"))).contains(DatedValue.of(80, "2026-01-31"));
    assertThat(replaced.latest(nps, june)).isEqualTo(actuals.latest(nps, june));
    assertThat(replaced).isEqualTo(Actuals.builder().add("retention", "2026-01-31", 80).add("retention",
        "2026-06-30", 90).add("nps", "2026-03-31", 41).build());
    // The original is untouched, and replacing again works from the replaced values.
    assertThat(actuals.series(RETENTION)).containsKeys(LocalDate.parse("2026-03-31"), june);
    assertThat(replaced.replacing(java.util.Map.of(nps, java.util.Map.of(june, 1.0))).latest(nps, june))
        .contains(DatedValue.of(1, "2026-06-30"));
  }

  @Test
  void replacingWithNoValuesRemovesTheKpi() {
    Actuals without = actuals.replacing(java.util.Map.of(RETENTION, java.util.Map.of()));

    assertThat(without.kpis()).containsExactly(KpiId.of("nps"));
    assertThat(without.latest(RETENTION, LocalDate.MAX)).isEmpty();
    assertThat(actuals.replacing(java.util.Map.of())).isEqualTo(actuals);
  }

  @Test
  void replacingRefusesEveryValueThatIsNotFinite() {
    java.util.Map<LocalDate, Double> bad = new java.util.TreeMap<>();
    bad.put(LocalDate.parse("2026-01-31"), Double.NaN);
    bad.put(LocalDate.parse("2026-02-28"), 3.0);
    bad.put(LocalDate.parse("2026-03-31"), Double.POSITIVE_INFINITY);

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> actuals.replacing(java.util.Map.of(RETENTION, bad)));

    assertThat(e.problems()).extracting(io.github.bsckit.core.Problem::path).containsExactly("replacements.retention.2026-01-31",
        "replacements.retention.2026-03-31");
    assertThat(e).hasMessageContaining("NaN").hasMessageContaining("Infinity");

    java.util.Map<LocalDate, Double> hole = new java.util.HashMap<>();
    hole.put(LocalDate.parse("2026-01-31"), null);
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(NullPointerException.class,
        () -> actuals.replacing(java.util.Map.of(RETENTION, hole))))
        .hasMessage("replacements.retention.2026-01-31: the value is null");
  }
}
