package io.github.bsckit.testkit.model;

import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.InitiativeId;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.core.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Generators of initiatives that serve a scorecard's objectives. */
public final class InitiativeGenerators {
  private static final long FIRST_DAY = LocalDate.of(2020, 1, 1).toEpochDay();

  private InitiativeGenerators() {}

  /**
   * {@return a generator of 0 to {@code max} initiatives with ids {@code I1}, {@code I2}, …, each serving 1 to
   * 3 of the given objectives (none when there are none), usually with an owner, a budget in one of five
   * currencies, and a start and end date in order}
   *
   * @param objectives the objectives they may serve
   * @param max the most initiatives, at least 0
   * @throws io.github.bsckit.core.BscException if {@code max < 0}
   */
  public static Generator<List<Initiative>> forObjectives(List<ObjectiveId> objectives, int max) {
    List<ObjectiveId> pool = List.copyOf(objectives);
    Checks.requireAtLeast("max", max, 0);
    Generator<List<ObjectiveId>> served = Generators.subsetOf(pool, Math.min(1, pool.size()),
        Math.min(3, pool.size()));
    return source -> {
      int n = source.between(0, max);
      List<Initiative> out = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        out.add(initiative(InitiativeId.of("I" + i), served.generate(source), source));
      }
      return List.copyOf(out);
    };
  }

  private static Initiative initiative(InitiativeId id, List<ObjectiveId> served, Source source) {
    String name = Vocabulary.INITIATIVES.get(source.between(0, Vocabulary.INITIATIVES.size() - 1));
    Optional<String> owner = source.chance(70) ? Optional.of(NameGenerators.owners().generate(source))
        : Optional.empty();
    Optional<Money> budget = Optional.empty();
    if (source.chance(70)) {
      BigDecimal amount = BigDecimal.valueOf(source.between(0L, 500_000_000L), 2);
      budget = Optional.of(Money.of(amount, Vocabulary.CURRENCIES.get(source.between(0,
          Vocabulary.CURRENCIES.size() - 1))));
    }
    Optional<LocalDate> start = Optional.empty();
    Optional<LocalDate> end = Optional.empty();
    if (source.chance(70)) {
      long day = FIRST_DAY + source.between(0, 4000);
      start = Optional.of(LocalDate.ofEpochDay(day));
      end = source.chance(80) ? Optional.of(LocalDate.ofEpochDay(day + source.between(0, 1000))) : Optional.empty();
    }
    InitiativeStatus status = InitiativeStatus.values()[source.between(0, InitiativeStatus.values().length - 1)];
    return new Initiative(id, name, owner, served, budget, start, end, status);
  }
}
