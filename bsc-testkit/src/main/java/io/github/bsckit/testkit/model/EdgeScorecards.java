package io.github.bsckit.testkit.model;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Indicator;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.InitiativeId;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.LifecycleStage;
import io.github.bsckit.core.model.LinkBasis;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveCategory;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.Range;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.TargetKind;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.testkit.Generator;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generators of scorecards at the model's edges, for the laws of code that reads, writes, copies or compares
 * whole scorecards (a document format, a diff, a cache). Unlike {@link ScorecardGenerators#valid()}, whose
 * scorecards pass every rule, these reach every field the model has and every value it takes, valid for the
 * rules or not:
 *
 * <ul>
 *   <li>text: YAML and JSON lookalikes ({@code true}, {@code ~}, {@code 1e3}, {@code a: b}, {@code ${HOME}}),
 *       leading and trailing blanks, line and paragraph separators, byte-order marks, right-to-left marks,
 *       control characters, combining marks, private-use and supplementary code points (never an unpaired
 *       surrogate: the model refuses those); ids that look like numbers, booleans or dates;
 *   <li>numbers: negative zero, subnormals, {@code ±Double.MAX_VALUE}, any finite bit pattern, long decimals;
 *   <li>KPIs of every indicator, direction, kind (LEVEL and FLOW), frequency and precision, ordinal and
 *       milestone scales, ranges, pacings, thresholds, scoring specs, AT_LEAST and AT_MOST targets;
 *   <li>weights from 0, {@code -0.0} and {@code Double.MIN_VALUE} to 1e6, the largest the model takes;
 *   <li>budgets up to {@link Money}'s bounds: {@code 10^29}, 18 decimal places, amounts written with negative
 *       scales, and the largest amount, {@code 10^30 - 10^-18};
 *   <li>link lags up to {@link CausalLink#MAX_LAG_YEARS} years, the bound itself among them;
 *   <li>dates in every century, from {@link LocalDate#MIN} and year -5000 to year 9999 and beyond;
 *   <li>custom and classic perspectives, themes, categories, lifecycle stages, fiscal years starting in any
 *       month, scoring policies and actuals.
 * </ul>
 *
 * <p>Values beyond the model's bounds are drawn too, and drawn again within them when the model refuses
 * them, so the edges are met from both sides. Choices follow the shrinking convention of
 * {@link io.github.bsckit.testkit.Source}: a failing case shrinks toward fewer, plainer parts.
 *
 * <pre>{@code
 * for (ScorecardDocument doc : Samples.of(EdgeScorecards.documents(), 2026, 300)) {
 *   String yaml = DocumentWriter.of(Format.YAML).write(doc);
 *   assertThat(DocumentReader.of(Format.YAML).read(yaml, "doc.yaml")).isEqualTo(doc);
 * }
 * }</pre>
 */
public final class EdgeScorecards {
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "CHF", "GBP", "BHD");
  private static final List<String> METHODS = List.of("progress", "performance", "goal-red-flag", "binary", "x2-y");
  private static final List<String> PARAMETERS = List.of("min", "max", "goal", "redFlag", "a1B", "x");
  private static final List<Period> LAGS_AT_THE_BOUND = List.of(Period.ofYears(CausalLink.MAX_LAG_YEARS),
      Period.of(99, 11, 30), Period.ofMonths(1200), Period.of(75, 0, 0), Period.ofDays(36_524),
      Period.ofDays(Integer.MAX_VALUE), Period.ofYears(1_000_000), Period.of(Integer.MAX_VALUE, 11, 30),
      Period.ofWeeks(999_999), Period.ofMonths(Integer.MAX_VALUE));

  private EdgeScorecards() {}

  /**
   * {@return a generator of scorecard documents, a scorecard with actuals, that reach every field and the
   * model's edges} Documents have 0 to 6 objectives of 0 to 3 KPIs each, 0 to 6 links (self-links and
   * duplicates included), 0 to 3 themes and initiatives; about half of the KPIs have 1 to 4 readings, on
   * their scale. See the class comment for the edges.
   */
  public static Generator<ScorecardDocument> documents() {
    return source -> new Draw(new EdgeChoices(source)).document();
  }

  /** {@return a generator of the scorecards of {@link #documents()}, without their actuals} */
  public static Generator<Scorecard> scorecards() {
    return documents().map(ScorecardDocument::scorecard);
  }

  /**
   * {@return a generator of non-blank text as hostile to writers as {@link #documents()}' names are: YAML
   * lookalikes a quarter of the time, otherwise 1 to 24 code points from every plane, controls included, never
   * an unpaired surrogate}
   */
  public static Generator<String> text() {
    return source -> new EdgeChoices(source).text();
  }

  /**
   * {@return a generator of finite doubles with the awkward ones over-represented: negative zero, subnormals,
   * {@code ±Double.MAX_VALUE}, 1e21, 0.1, 1/3, any finite bit pattern; mostly whole numbers near zero}
   */
  public static Generator<Double> numbers() {
    return source -> new EdgeChoices(source).number();
  }

  /** One document's worth of choices. */
  private static final class Draw {
    private final EdgeChoices in;

    Draw(EdgeChoices in) {
      this.in = in;
    }

    ScorecardDocument document() {
      List<Perspective> perspectives = in.chance(50) ? perspectives() : Perspective.classic();
      List<Theme> themes = new ArrayList<>();
      for (int i = in.between(0, 3); i > 0; i--) {
        Theme t = Theme.of(in.id(), in.text());
        themes.add(in.chance(50) ? t.withDescription(in.text()) : t);
      }
      List<Objective> objectives = new ArrayList<>();
      for (int i = in.between(0, 6); i > 0; i--) {
        objectives.add(objective(perspectives, themes));
      }
      List<CausalLink> links = new ArrayList<>();
      for (int i = objectives.isEmpty() ? 0 : in.between(0, 6); i > 0; i--) {
        links.add(link(objectives));
      }
      List<Initiative> initiatives = new ArrayList<>();
      for (int i = in.between(0, 3); i > 0; i--) {
        initiatives.add(initiative(objectives));
      }
      Scorecard s = new Scorecard(in.text(), in.optionalText(), in.optionalText(),
          in.maybe(List.of(LifecycleStage.values())), Month.of(in.chance(50) ? in.between(1, 12) : 1), perspectives,
          themes, objectives, links, initiatives, policy());
      return new ScorecardDocument(s, actuals(s));
    }

    List<Perspective> perspectives() {
      List<Perspective> ps = new ArrayList<>();
      for (int i = in.between(1, 5); i > 0; i--) {
        ps.add(new Perspective(PerspectiveId.of(in.id()), in.text()));
      }
      return ps;
    }

    Objective objective(List<Perspective> perspectives, List<Theme> themes) {
      List<ThemeId> served = new ArrayList<>();
      for (Theme t : themes) {
        if (in.chance(40)) {
          served.add(t.id());
        }
      }
      List<Kpi> kpis = new ArrayList<>();
      for (int i = in.between(0, 3); i > 0; i--) {
        kpis.add(kpi());
      }
      return new Objective(ObjectiveId.of(in.id()), in.text(), in.pick(perspectives).id(), served,
          in.optionalText(), in.optionalText(), in.chance(40) ? in.weight() : 1,
          in.maybe(ObjectiveCategory.all().toList()), kpis);
    }

    Kpi kpi() {
      int shape = in.between(0, 9);
      if (shape == 8) {
        return scaled(Scale.milestone());
      }
      if (shape == 9) {
        return scaled(Scale.ordinal(levels()));
      }
      Direction direction = in.pick(List.of(Direction.values()));
      Optional<Range> range = Optional.empty();
      if (direction == Direction.RANGE) {
        double a = in.number();
        double b = in.number();
        range = Optional.of(Range.of(Math.min(a, b), Math.max(a, b)));
      }
      List<LocalDate> dates = in.dates(in.between(0, 5));
      Optional<DatedValue> baseline = Optional.empty();
      Optional<DatedValue> target = Optional.empty();
      List<DatedValue> milestones = new ArrayList<>();
      if (!dates.isEmpty() && !in.chance(20)) {
        baseline = Optional.of(DatedValue.of(in.number(), dates.remove(0)));
      }
      if (!dates.isEmpty() && !in.chance(20)) {
        target = Optional.of(DatedValue.of(in.number(), dates.remove(dates.size() - 1)));
      }
      dates.forEach(d -> milestones.add(DatedValue.of(in.number(), d)));
      String unit = in.chance(60) ? in.text() : "";
      if (unit.codePointCount(0, unit.length()) > 8) {
        unit = unit.substring(0, unit.offsetByCodePoints(0, 8));
      }
      return new Kpi(KpiId.of(in.id()), in.text(), unit, in.pick(List.of(Indicator.values())), direction, range,
          in.pick(List.of(KpiKind.values())), in.pick(List.of(Frequency.values())),
          in.chance(40) ? in.between(0, 10) : 2, in.chance(40) ? in.weight() : 1, baseline, target, milestones,
          in.chance(30) ? Optional.of(pacing()) : Optional.empty(),
          in.chance(30) ? Optional.of(thresholds()) : Optional.empty(),
          in.chance(30) ? Optional.of(spec()) : Optional.empty(), targetKind(direction, target.isPresent()),
          Scale.numbers());
    }

    /** REACH mostly; AT_LEAST or AT_MOST, by direction, for some targeted KPIs that increase or decrease. */
    TargetKind targetKind(Direction direction, boolean targeted) {
      if (!targeted || direction == Direction.RANGE || !in.chance(30)) {
        return TargetKind.REACH;
      }
      return direction == Direction.INCREASE ? TargetKind.AT_LEAST : TargetKind.AT_MOST;
    }

    /** An ordinal or milestone KPI: values are positions of the scale's levels. */
    Kpi scaled(Scale scale) {
      int n = scale.levels().size();
      boolean milestone = scale.isMilestone();
      Direction direction = milestone || !in.chance(40) ? Direction.INCREASE : Direction.DECREASE;
      List<LocalDate> dates = in.dates(in.between(0, milestone ? 2 : 5));
      Optional<DatedValue> baseline = Optional.empty();
      Optional<DatedValue> target = Optional.empty();
      List<DatedValue> milestones = new ArrayList<>();
      if (!dates.isEmpty() && !in.chance(30)) {
        baseline = Optional.of(DatedValue.of(in.between(0, n - 1), dates.remove(0)));
      }
      if (!dates.isEmpty() && !in.chance(20)) {
        target = Optional.of(DatedValue.of(milestone ? 1 : in.between(0, n - 1), dates.remove(dates.size() - 1)));
      }
      if (!milestone) {
        dates.forEach(d -> milestones.add(DatedValue.of(in.between(0, n - 1), d)));
      }
      TargetKind targetKind = milestone ? TargetKind.REACH : targetKind(direction, target.isPresent());
      return new Kpi(KpiId.of(in.id()), in.text(), "", in.pick(List.of(Indicator.values())), direction,
          Optional.empty(), KpiKind.LEVEL, in.pick(List.of(Frequency.values())), in.chance(40) ? in.between(0, 10) : 2,
          in.chance(40) ? in.weight() : 1, baseline, target, milestones, Optional.empty(),
          in.chance(30) ? Optional.of(thresholds()) : Optional.empty(), Optional.empty(), targetKind, scale);
    }

    /** 2 to 12 distinct levels of any text a scale takes, tricky ones included. */
    List<String> levels() {
      Set<String> levels = new LinkedHashSet<>();
      for (int i = in.between(2, 12); levels.size() < i; ) {
        String t = in.text().strip();
        levels.add(t.isEmpty() || t.length() > 100 ? "level " + levels.size() : t);
      }
      return List.copyOf(levels);
    }

    CausalLink link(List<Objective> objectives) {
      Optional<Strength> strength = switch (in.between(0, 2)) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(in.pick(List.of(Strength.WEAK, Strength.MODERATE, Strength.STRONG)));
        default -> Optional.of(Strength.of(in.pick(List.of(1.0, 0.3, Double.MIN_VALUE, 0.5, 1e-9, 0.999999999999))));
      };
      ObjectiveId from = in.pick(objectives).id();
      ObjectiveId to = in.pick(objectives).id();
      Polarity polarity = in.pick(List.of(Polarity.values()));
      Optional<String> rationale = in.optionalText();
      Optional<Period> lag = switch (in.between(0, 9)) {
        case 0, 1, 2, 3, 4 -> Optional.empty();
        case 5, 6, 7 -> Optional.of(Period.of(in.between(0, 3), in.between(0, 24), in.between(0, 400)));
        case 8 -> Optional.of(Period.of(in.between(0, 9999), in.between(0, 1200), in.between(0, 100_000)));
        default -> Optional.of(in.pick(LAGS_AT_THE_BOUND));
      };
      LinkBasis basis = in.pick(List.of(LinkBasis.values()));
      try {
        return new CausalLink(from, to, strength, polarity, lag, rationale, basis);
      } catch (BscException e) {
        // A lag beyond the model's bound: the link keeps a lag within it instead, up to the bound itself.
        Period within = in.chance(50) ? Period.ofMonths(in.between(600, 1199)) : Period.ofMonths(in.between(0, 36));
        return new CausalLink(from, to, strength, polarity, Optional.of(within), rationale, basis);
      }
    }

    Initiative initiative(List<Objective> objectives) {
      List<ObjectiveId> served = new ArrayList<>();
      for (Objective o : objectives) {
        if (in.chance(30)) {
          served.add(o.id());
        }
      }
      List<LocalDate> dates = in.dates(2);
      Optional<Money> budget = in.chance(50) ? Optional.of(budget()) : Optional.empty();
      return new Initiative(InitiativeId.of(in.id()), in.text(), in.optionalText(), served, budget,
          in.chance(70) ? Optional.of(dates.get(0)) : Optional.empty(),
          in.chance(70) ? Optional.of(dates.get(in.chance(10) ? 0 : 1)) : Optional.empty(),
          in.pick(List.of(InitiativeStatus.values())));
    }

    Money budget() {
      String currency = in.pick(CURRENCIES);
      try {
        return Money.of(in.amount(), currency);
      } catch (BscException e) {
        // An amount beyond the model's bound on digits or scale: a large one within it instead.
        return Money.of(in.smallAmount(), currency);
      }
    }

    ScoringPolicy policy() {
      if (!in.chance(50)) {
        return ScoringPolicy.DEFAULT;
      }
      return new ScoringPolicy(in.chance(50) ? spec() : ScoringPolicy.DEFAULT.method(),
          in.chance(50) ? Optional.of(thresholds()) : Optional.empty(), in.pick(List.of(RollUp.values())));
    }

    ScoringSpec spec() {
      TreeMap<String, Double> parameters = new TreeMap<>();
      for (int i = in.between(0, 3); i > 0; i--) {
        parameters.put(in.pick(PARAMETERS), in.number());
      }
      return ScoringSpec.of(in.pick(METHODS), parameters);
    }

    Pacing pacing() {
      return switch (in.between(0, 4)) {
        case 0 -> Pacing.linear();
        case 1 -> Pacing.frontLoaded();
        case 2 -> Pacing.backLoaded();
        case 3 -> Pacing.seasonal(in.between(0, 5), in.between(0, 5), in.between(0, 5), 0.25 + in.between(0, 5));
        default -> Pacing.custom(in.unit() * 10, 1e-7, in.between(0, 400), 3.5);
      };
    }

    Thresholds thresholds() {
      double a = in.unit();
      double b = in.unit();
      return Thresholds.of(Math.max(a, b), Math.min(a, b));
    }

    Actuals actuals(Scorecard s) {
      Actuals.Builder b = Actuals.builder();
      for (Kpi k : s.kpis()) {
        if (in.chance(50)) {
          for (LocalDate d : in.dates(in.between(1, 4))) {
            b.add(k.id(), d, k.scale().isNumbers() ? in.number() : in.between(0, k.scale().levels().size() - 1));
          }
        }
      }
      return b.build();
    }
  }
}
