package io.github.bsckit.testkit.model;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Indicator;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.LifecycleStage;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.testkit.Source;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Pieces that the scorecard and map generators share: id prefixes, link details, the scorecard's header. */
final class Parts {
  private Parts() {}

  /**
   * Short, unique id prefixes for objectives of each perspective: {@code F}, {@code C}, {@code P}, {@code L}
   * for the classic four, the upper-case initial for others when it is unique, else {@code P3.} for the
   * third perspective. Prefixes never end in a digit, so prefix plus number is unique.
   */
  static List<String> prefixes(List<Perspective> perspectives) {
    List<String> initials = new ArrayList<>();
    for (Perspective p : perspectives) {
      String id = p.id().value();
      initials.add(id.equals("internal-process") ? "P" : id.substring(0, 1).toUpperCase(Locale.ROOT));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < initials.size(); i++) {
      String initial = initials.get(i);
      boolean unique = Character.isLetter(initial.charAt(0))
          && initials.indexOf(initial) == initials.lastIndexOf(initial);
      out.add(unique ? initial : "P" + (i + 1) + ".");
    }
    // An initial may still equal a numbered form's first letter ("P" and "P3."), but "P1" can never equal
    // "P3.1", so ids stay unique.
    return out;
  }

  /** A link with the details a real map has some of the time: strength, inverse polarity, lag, rationale. */
  static CausalLink link(ObjectiveId from, ObjectiveId to, Source source) {
    Optional<Strength> strength = Optional.empty();
    if (source.chance(40)) {
      int s = source.between(0, 3);
      strength = Optional.of(switch (s) {
        case 0 -> Strength.STRONG;
        case 1 -> Strength.MODERATE;
        case 2 -> Strength.WEAK;
        default -> Strength.of(source.between(1, 100) / 100.0);
      });
    }
    Polarity polarity = source.chance(15) ? Polarity.INVERSE : Polarity.DIRECT;
    Optional<Period> lag = source.chance(30) ? Optional.of(Period.ofMonths(source.between(0, 24))) : Optional.empty();
    Optional<String> rationale = source.chance(30)
        ? Optional.of(Vocabulary.RATIONALES.get(source.between(0, Vocabulary.RATIONALES.size() - 1)))
        : Optional.empty();
    return new CausalLink(from, to, strength, polarity, lag, rationale);
  }

  /** A scorecard name, and sometimes a vision, mission, stage, fiscal year start and scoring policy. */
  record Header(String name, Optional<String> vision, Optional<String> mission, Optional<LifecycleStage> stage,
      Month fiscalYearStart, ScoringPolicy scoring) {

    static Header generate(Source source) {
      String name = Vocabulary.SCORECARD_NAMES.get(source.between(0, Vocabulary.SCORECARD_NAMES.size() - 1));
      Optional<String> vision = source.chance(50)
          ? Optional.of(Vocabulary.VISIONS.get(source.between(0, Vocabulary.VISIONS.size() - 1))) : Optional.empty();
      Optional<String> mission = source.chance(50)
          ? Optional.of(Vocabulary.MISSIONS.get(source.between(0, Vocabulary.MISSIONS.size() - 1)))
          : Optional.empty();
      Optional<LifecycleStage> stage = source.chance(50)
          ? Optional.of(LifecycleStage.values()[source.between(0, LifecycleStage.values().length - 1)])
          : Optional.empty();
      Month month = Month.of(source.chance(30) ? source.between(1, 12) : 1);
      ScoringPolicy scoring = ScoringPolicy.DEFAULT;
      if (source.chance(20)) {
        scoring = scoring.withRollUp(RollUp.values()[source.between(0, RollUp.values().length - 1)]);
      }
      if (source.chance(20)) {
        int atRisk = source.between(0, 100);
        scoring = scoring.withThresholds(Thresholds.of(
            (atRisk + source.between(0, 100 - atRisk)) / 100.0, atRisk / 100.0));
      }
      return new Header(name, vision, mission, stage, month, scoring);
    }
  }

  /**
   * Makes every perspective below the top one that has KPIs but no leading one lead with its first KPI, so
   * that the no-leading-indicator rule holds. Objectives are rebuilt only where needed.
   */
  static List<Objective> withLeadingIndicators(List<Perspective> perspectives, List<Objective> objectives) {
    List<Objective> out = new ArrayList<>(objectives);
    Set<String> leading = new HashSet<>();
    for (Objective o : objectives) {
      for (Kpi k : o.kpis()) {
        if (k.isLeading()) {
          leading.add(o.perspective().value());
        }
      }
    }
    for (int p = 1; p < perspectives.size(); p++) {
      String id = perspectives.get(p).id().value();
      if (leading.contains(id)) {
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        Objective o = out.get(i);
        if (o.perspective().value().equals(id) && !o.kpis().isEmpty()) {
          out.set(i, o.withKpi(leading(o.kpis().get(0))));
          break;
        }
      }
    }
    return out;
  }

  static Kpi leading(Kpi k) {
    return new Kpi(k.id(), k.name(), k.unit(), Indicator.LEADING, k.direction(), k.range(), k.kind(), k.frequency(),
        k.precision(), k.weight(), k.baseline(), k.target(), k.milestones(), k.pacing(), k.thresholds(), k.scoring());
  }
}
