package io.github.bsckit.testkit.defects;

import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.internal.Decimals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The injectors that spoil one KPI: no target, a target on the wrong side of the baseline. */
final class KpiDefects {
  private KpiDefects() {}

  /** Removes the target (and with it the milestones) of a drawn KPI that is not RANGE. */
  static Optional<InjectedDefect> missingTarget(Scorecard scorecard, Source source) {
    return pick(scorecard, source, k -> k.direction() != Direction.RANGE && k.target().isPresent())
        .map(at -> {
          Kpi k = at.kpi();
          return new InjectedDefect(DefectKind.MISSING_TARGET, List.of(k.id(), at.objective().id()), List.of(),
              "removed the target of KPI " + k.id() + " of objective " + at.objective().id(),
              replace(scorecard, at.objective(), k.withoutTarget()));
        });
  }

  /**
   * Mirrors the target of a drawn INCREASE or DECREASE KPI around its baseline, and its milestones with it, so
   * that it points the wrong way by as much as it pointed the right way (by one unit of its precision when
   * target and baseline were equal).
   */
  static Optional<InjectedDefect> targetOnWrongSide(Scorecard scorecard, Source source) {
    Predicate<Kpi> candidate = k -> k.direction() != Direction.RANGE && k.baseline().isPresent()
        && k.target().isPresent() && mirror(k).isPresent();
    return pick(scorecard, source, candidate).map(at -> {
      Kpi k = at.kpi();
      Kpi wrong = mirror(k).orElseThrow();
      return new InjectedDefect(DefectKind.TARGET_DIRECTION_MISMATCH, List.of(k.id(), at.objective().id()),
          List.of(), "moved the target of " + k.direction().key() + " KPI " + k.id() + " from "
          + k.target().get().value() + " to " + wrong.target().get().value() + ", the wrong side of its baseline "
          + k.baseline().get().value(), replace(scorecard, at.objective(), wrong));
    });
  }

  /** The KPI with target and milestones mirrored around the baseline, in whole units of its precision. */
  private static Optional<Kpi> mirror(Kpi k) {
    int p = k.precision();
    DatedValue baseline = k.baseline().get();
    DatedValue target = k.target().get();
    long b = Decimals.units(baseline.value(), p);
    long t = Decimals.units(target.value(), p);
    if (Math.abs(b) >= Decimals.EXACT / 4 || Math.abs(t) >= Decimals.EXACT / 4) {
      return Optional.empty();
    }
    int sign = k.direction() == Direction.INCREASE ? 1 : -1;
    long wrong = t == b ? b - sign : 2 * b - t;
    double value = Decimals.value(wrong, p);
    boolean wrongSide = sign > 0 ? value < baseline.value() : value > baseline.value();
    if (!wrongSide) {
      return Optional.empty();
    }
    List<DatedValue> milestones = new ArrayList<>();
    for (DatedValue m : k.milestones()) {
      long units = Decimals.units(m.value(), p);
      milestones.add(DatedValue.of(Decimals.value(Math.abs(units) < Decimals.EXACT / 4 ? 2 * b - units : b, p),
          m.date()));
    }
    return Optional.of(new Kpi(k.id(), k.name(), k.unit(), k.indicator(), k.direction(), k.range(), k.kind(),
        k.frequency(), p, k.weight(), k.baseline(), Optional.of(DatedValue.of(value, target.date())), milestones,
        k.pacing(), k.thresholds(), k.scoring()));
  }

  private record At(Objective objective, Kpi kpi) {}

  private static Optional<At> pick(Scorecard scorecard, Source source, Predicate<Kpi> candidate) {
    List<At> all = new ArrayList<>();
    for (Objective o : scorecard.objectives()) {
      for (Kpi k : o.kpis()) {
        if (candidate.test(k)) {
          all.add(new At(o, k));
        }
      }
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(source.between(0, all.size() - 1)));
  }

  private static Scorecard replace(Scorecard scorecard, Objective objective, Kpi kpi) {
    return scorecard.withObjective(objective.withKpi(kpi));
  }
}
