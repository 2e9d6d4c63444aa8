package io.github.bsckit.core.io;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.pacing.Pacing;
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
import io.github.bsckit.core.model.LinkBasis;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.LifecycleStage;
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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generates scorecard documents that exercise every field of the model: custom and classic perspectives,
 * unicode and YAML-lookalike text, ids that look like numbers or booleans, extreme but finite numbers
 * (negative zero, subnormals, {@code Double.MAX_VALUE}), money up to the model's bounds (29 digits, negative
 * scales, the most decimal places) and, drawn beyond them, exponents past ±1000, lags up to the 100-year bound
 * and, drawn beyond it, up to {@code Integer.MAX_VALUE} days, dates in every century and beyond year 9999, and
 * actuals. Values the model refuses are drawn again within its bounds. (Unpaired surrogates cannot be in any
 * scorecard: the model refuses them, as {@code HostileValuesTest} checks.)
 */
final class ScorecardGenerator implements Gen<ScorecardDocument> {
  /** Strings that a careless YAML writer would let read back as something else. */
  private static final List<String> TRICKY = List.of("true", "False", "null", "~", "yes", "No", "on", "y", "123",
      "-0", "1e3", "0x1F", "0o17", ".inf", "-.inf", ".nan", "1_000", "+5", "2026-01-01", "P3M", "- a", "a: b",
      "a #b", "#c", "@x", "`x", "'", "\"", "&a", "*a", "!t", "|x", ">x", "%x", "?x", "[x]", "{x}", ", c", "<<",
      "${HOME}", " lead", "trail ", "tab\there", "line\nbreak", "ends\n", "\n\nstarts", "é\n\n  x", "\\", "=",
      "\u00a0nbsp", "\u0085nel", "\u2028ls", "\u2029ps", "\ufeffbom", "\u200bzero-width", "\u202eright-to-left",
      "ctl\u0001\u001f\u007f", "\ud83d\ude00 emoji", "\u00e9t\u00e9", "\u65e5\u672c\u8a9e", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629");
  private static final List<String> TRICKY_IDS = List.of("1", "123", "1e3", "0x1F", "true", "null", "No",
      "2026-01-01", "1.5", "0o17", "y", "x-1", "a.b", "A_b-c.9");
  private static final int[][] CODE_POINT_RANGES = {
      {0x20, 0x7e}, {0x20, 0x7e}, {0x20, 0x7e}, {0xa0, 0x17f}, {0x370, 0x3ff}, {0x400, 0x4ff}, {0x4e00, 0x9fff},
      {0x1f300, 0x1faff}, {0x300, 0x36f}, {0x0, 0x1f}, {0x80, 0x9f}, {0x2000, 0x206f}, {0xe000, 0xf8ff},
      {0x10000, 0x10ffff}};
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "CHF", "GBP", "BHD");
  private static final List<String> METHODS = List.of("progress", "performance", "goal-red-flag", "binary", "x2-y");
  private static final List<String> PARAMETERS = List.of("min", "max", "goal", "redFlag", "a1B", "x");

  static Gen<ScorecardDocument> documents() {
    return new ScorecardGenerator();
  }

  @Override
  public ScorecardDocument generate(RandomnessSource in) {
    return new Draw(in).document();
  }

  /** One document's worth of random choices. */
  private static final class Draw {
    private final RandomnessSource in;
    private final Set<String> usedIds = new LinkedHashSet<>();

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return (int) in.next(Constraint.between(min, max));
    }

    boolean chance(int percent) {
      return between(1, 100) <= percent;
    }

    <T> T pick(List<T> options) {
      return options.get(between(0, options.size() - 1));
    }

    ScorecardDocument document() {
      List<Perspective> perspectives = chance(50) ? Perspective.classic() : perspectives();
      List<Theme> themes = new ArrayList<>();
      for (int i = between(0, 3); i > 0; i--) {
        Theme t = Theme.of(id(), text());
        themes.add(chance(50) ? t.withDescription(text()) : t);
      }
      List<Objective> objectives = new ArrayList<>();
      for (int i = between(0, 6); i > 0; i--) {
        objectives.add(objective(perspectives, themes));
      }
      List<CausalLink> links = new ArrayList<>();
      for (int i = objectives.isEmpty() ? 0 : between(0, 6); i > 0; i--) {
        links.add(link(objectives));
      }
      List<Initiative> initiatives = new ArrayList<>();
      for (int i = between(0, 3); i > 0; i--) {
        initiatives.add(initiative(objectives));
      }
      Scorecard s = new Scorecard(text(), optionalText(), optionalText(),
          chance(50) ? Optional.of(pick(List.of(LifecycleStage.values()))) : Optional.empty(),
          Month.of(chance(50) ? 1 : between(1, 12)), perspectives, themes, objectives, links, initiatives, policy());
      return new ScorecardDocument(s, actuals(s));
    }

    List<Perspective> perspectives() {
      List<Perspective> ps = new ArrayList<>();
      for (int i = between(1, 5); i > 0; i--) {
        ps.add(new Perspective(PerspectiveId.of(id()), text()));
      }
      return ps;
    }

    Objective objective(List<Perspective> perspectives, List<Theme> themes) {
      List<ThemeId> served = new ArrayList<>();
      for (Theme t : themes) {
        if (chance(40)) {
          served.add(t.id());
        }
      }
      List<Kpi> kpis = new ArrayList<>();
      for (int i = between(0, 3); i > 0; i--) {
        kpis.add(kpi());
      }
      return new Objective(ObjectiveId.of(id()), text(), pick(perspectives).id(), served, optionalText(),
          optionalText(), chance(60) ? 1 : weight(),
          chance(50) ? Optional.of(pick(ObjectiveCategory.all().toList())) : Optional.empty(), kpis);
    }

    Kpi kpi() {
      int shape = between(0, 9);
      if (shape == 0) {
        return scaled(Scale.milestone());
      }
      if (shape == 1) {
        return scaled(Scale.ordinal(levels()));
      }
      Direction direction = pick(List.of(Direction.values()));
      Optional<Range> range = Optional.empty();
      if (direction == Direction.RANGE) {
        double a = number();
        double b = number();
        range = Optional.of(Range.of(Math.min(a, b), Math.max(a, b)));
      }
      List<LocalDate> dates = dates(between(0, 5));
      Optional<DatedValue> baseline = Optional.empty();
      Optional<DatedValue> target = Optional.empty();
      List<DatedValue> milestones = new ArrayList<>();
      if (!dates.isEmpty() && chance(80)) {
        baseline = Optional.of(DatedValue.of(number(), dates.remove(0)));
      }
      if (!dates.isEmpty() && chance(80)) {
        target = Optional.of(DatedValue.of(number(), dates.remove(dates.size() - 1)));
      }
      dates.forEach(d -> milestones.add(DatedValue.of(number(), d)));
      String unit = chance(40) ? "" : text();
      if (unit.codePointCount(0, unit.length()) > 8) {
        unit = unit.substring(0, unit.offsetByCodePoints(0, 8));
      }
      TargetKind targetKind = target.isEmpty() || direction == Direction.RANGE || chance(70) ? TargetKind.REACH
          : direction == Direction.INCREASE ? TargetKind.AT_LEAST : TargetKind.AT_MOST;
      return new Kpi(KpiId.of(id()), text(), unit,
          pick(List.of(Indicator.values())), direction, range, pick(List.of(KpiKind.values())),
          pick(List.of(Frequency.values())), chance(60) ? 2 : between(0, 10), chance(60) ? 1 : weight(), baseline,
          target, milestones, chance(30) ? Optional.of(pacing()) : Optional.empty(),
          chance(30) ? Optional.of(thresholds()) : Optional.empty(),
          chance(30) ? Optional.of(spec()) : Optional.empty(), targetKind, Scale.numbers());
    }

    /** An ordinal or milestone KPI: values are positions of the scale's levels. */
    Kpi scaled(Scale scale) {
      int n = scale.levels().size();
      boolean milestone = scale.isMilestone();
      Direction direction = milestone || chance(60) ? Direction.INCREASE : Direction.DECREASE;
      List<LocalDate> dates = dates(between(0, milestone ? 2 : 5));
      Optional<DatedValue> baseline = Optional.empty();
      Optional<DatedValue> target = Optional.empty();
      List<DatedValue> milestones = new ArrayList<>();
      if (!dates.isEmpty() && chance(70)) {
        baseline = Optional.of(DatedValue.of(between(0, n - 1), dates.remove(0)));
      }
      if (!dates.isEmpty() && chance(80)) {
        target = Optional.of(DatedValue.of(milestone ? 1 : between(0, n - 1), dates.remove(dates.size() - 1)));
      }
      if (!milestone) {
        dates.forEach(d -> milestones.add(DatedValue.of(between(0, n - 1), d)));
      }
      TargetKind targetKind = milestone || target.isEmpty() || chance(70) ? TargetKind.REACH
          : direction == Direction.INCREASE ? TargetKind.AT_LEAST : TargetKind.AT_MOST;
      return new Kpi(KpiId.of(id()), text(), "", pick(List.of(Indicator.values())), direction, Optional.empty(),
          KpiKind.LEVEL, pick(List.of(Frequency.values())), chance(60) ? 2 : between(0, 10),
          chance(60) ? 1 : weight(), baseline, target, milestones, Optional.empty(),
          chance(30) ? Optional.of(thresholds()) : Optional.empty(), Optional.empty(), targetKind, scale);
    }

    /** 2 to 12 distinct levels of any text a scale takes, tricky ones included. */
    List<String> levels() {
      Set<String> levels = new LinkedHashSet<>();
      for (int i = between(2, 12); levels.size() < i; ) {
        String t = text().strip();
        levels.add(t.isEmpty() || t.length() > 100 ? "level " + levels.size() : t);
      }
      return List.copyOf(levels);
    }

    CausalLink link(List<Objective> objectives) {
      Optional<Strength> strength = switch (between(0, 2)) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(pick(List.of(Strength.WEAK, Strength.MODERATE, Strength.STRONG)));
        default -> Optional.of(Strength.of(pick(List.of(1.0, 0.3, Double.MIN_VALUE, 0.5, 1e-9, 0.999999999999))));
      };
      ObjectiveId from = pick(objectives).id();
      ObjectiveId to = pick(objectives).id();
      Polarity polarity = pick(List.of(Polarity.values()));
      Optional<String> rationale = optionalText();
      Optional<Period> lag = switch (between(0, 9)) {
        case 0, 1, 2, 3, 4 -> Optional.empty();
        case 5 -> Optional.of(Period.of(between(0, 9999), between(0, 1200), between(0, 100_000)));
        case 6 -> Optional.of(pick(List.of(Period.ofYears(100), Period.of(99, 11, 30), Period.ofMonths(1200),
            Period.ofDays(Integer.MAX_VALUE), Period.ofYears(1_000_000),
            Period.of(Integer.MAX_VALUE, 11, 30), Period.ofWeeks(999_999), Period.ofMonths(Integer.MAX_VALUE))));
        default -> Optional.of(Period.of(between(0, 3), between(0, 24), between(0, 400)));
      };
      LinkBasis basis = pick(List.of(LinkBasis.values()));
      try {
        return new CausalLink(from, to, strength, polarity, lag, rationale, basis);
      } catch (BscException e) {
        // A lag the model bounds: the link keeps a lag within the bound instead.
        return new CausalLink(from, to, strength, polarity, Optional.of(Period.ofMonths(between(0, 36))), rationale,
            basis);
      }
    }

    Initiative initiative(List<Objective> objectives) {
      List<ObjectiveId> served = new ArrayList<>();
      for (Objective o : objectives) {
        if (chance(30)) {
          served.add(o.id());
        }
      }
      List<LocalDate> dates = dates(2);
      Optional<Money> budget = chance(50) ? Optional.empty() : Optional.of(budget());
      return new Initiative(InitiativeId.of(id()), text(), optionalText(), served, budget,
          chance(70) ? Optional.of(dates.get(0)) : Optional.empty(),
          chance(70) ? Optional.of(dates.get(chance(10) ? 0 : 1)) : Optional.empty(),
          pick(List.of(InitiativeStatus.values())));
    }

    Money budget() {
      String currency = pick(CURRENCIES);
      try {
        return Money.of(money(), currency);
      } catch (BscException e) {
        // An amount beyond the model's bound on digits or scale: a large one within it instead.
        return Money.of(BigDecimal.valueOf(between(0, Integer.MAX_VALUE), between(0, Money.MAX_DECIMAL_PLACES)),
            currency);
      }
    }

    ScoringPolicy policy() {
      if (chance(50)) {
        return ScoringPolicy.DEFAULT;
      }
      return new ScoringPolicy(chance(50) ? ScoringPolicy.DEFAULT.method() : spec(),
          chance(50) ? Optional.of(thresholds()) : Optional.empty(), pick(List.of(RollUp.values())));
    }

    ScoringSpec spec() {
      TreeMap<String, Double> parameters = new TreeMap<>();
      for (int i = between(0, 3); i > 0; i--) {
        parameters.put(pick(PARAMETERS), number());
      }
      return ScoringSpec.of(pick(METHODS), parameters);
    }

    Pacing pacing() {
      return switch (between(0, 4)) {
        case 0 -> Pacing.linear();
        case 1 -> Pacing.frontLoaded();
        case 2 -> Pacing.backLoaded();
        case 3 -> Pacing.seasonal(between(0, 5), between(0, 5), between(0, 5), 0.25 + between(0, 5));
        default -> Pacing.custom(unit() * 10, 1e-7, between(0, 400), 3.5);
      };
    }

    Thresholds thresholds() {
      double a = unit();
      double b = unit();
      return Thresholds.of(Math.max(a, b), Math.min(a, b));
    }

    Actuals actuals(Scorecard s) {
      Actuals.Builder b = Actuals.builder();
      for (Kpi k : s.kpis()) {
        if (chance(50)) {
          for (LocalDate d : dates(between(1, 4))) {
            b.add(k.id(), d, k.scale().isNumbers() ? number() : between(0, k.scale().levels().size() - 1));
          }
        }
      }
      return b.build();
    }

    /** Distinct dates in ascending order: mostly this era, sometimes ancient, far-future or signed years. */
    List<LocalDate> dates(int count) {
      List<LocalDate> dates = new ArrayList<>();
      LocalDate d = switch (between(0, 9)) {
        case 0 -> LocalDate.MIN;
        case 1 -> LocalDate.of(between(-5000, 9999), 1, 1);
        case 2 -> LocalDate.of(9999, 12, 1);
        default -> LocalDate.of(between(1900, 2100), between(1, 12), between(1, 28));
      };
      for (int i = 0; i < count; i++) {
        d = d.plusDays(between(1, 800));
        dates.add(d);
      }
      return dates;
    }

    /** Any finite double, with the extremes and the awkward ones over-represented. */
    double number() {
      return switch (between(0, 9)) {
        case 0 -> pick(List.of(0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_NORMAL,
            1e21, 1e-7, 9.999999999999999e20, 1e15, 123456789012345.6, 0.1, 1.0 / 3, 90.0, -12.5));
        case 1 -> {
          double v = Double.longBitsToDouble(in.next(Constraint.none()));
          yield Double.isFinite(v) ? v : 42.0;
        }
        case 2 -> between(-1_000_000, 1_000_000) / Math.pow(10, between(0, 12));
        default -> between(-1000, 100_000);
      };
    }

    double weight() {
      return pick(List.of(0.0, -0.0, 0.5, 2.0, Double.MIN_VALUE, 1e-300, 1e6, 3.75)); // 1e6: the largest weight
    }

    double unit() {
      return pick(List.of(0.0, 1.0, 0.5, 0.9, 0.6, 0.33, 1e-12, between(0, 1000) / 1000.0));
    }

    BigDecimal money() {
      return switch (between(0, 6)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> new BigDecimal(BigInteger.TEN.pow(between(0, 29))); // up to Money's bound, below 1e30
        case 2 -> BigDecimal.valueOf(in.next(Constraint.between(0, 999_999_999_999_999_999L)),
            between(-11, Money.MAX_DECIMAL_PLACES));
        case 3 -> BigDecimal.ONE.scaleByPowerOfTen(between(-1100, 1100)); // mostly beyond the bounds: refused
        default -> BigDecimal.valueOf(between(0, Integer.MAX_VALUE), between(0, Money.MAX_DECIMAL_PLACES));
      };
    }

    /** An id not used before in this document, often one that looks like something else. */
    String id() {
      String base = chance(20) ? pick(TRICKY_IDS) : randomId();
      String id = base;
      for (int n = 2; !usedIds.add(id); n++) {
        id = base + "-" + n;
      }
      return id;
    }

    private String randomId() {
      String first = "ABCXYZabcxyz0189";
      String rest = "ABCabc019._-";
      StringBuilder sb = new StringBuilder().append(first.charAt(between(0, first.length() - 1)));
      for (int i = between(0, chance(5) ? 60 : 6); i > 0; i--) {
        sb.append(rest.charAt(between(0, rest.length() - 1)));
      }
      return sb.toString();
    }

    Optional<String> optionalText() {
      return chance(50) ? Optional.empty() : Optional.of(text());
    }

    /** Non-blank text: a YAML lookalike, or code points from all planes, controls included. */
    String text() {
      String s;
      if (chance(25)) {
        s = pick(TRICKY);
      } else {
        StringBuilder sb = new StringBuilder();
        for (int i = between(1, 24); i > 0; i--) {
          int[] range = CODE_POINT_RANGES[between(0, CODE_POINT_RANGES.length - 1)];
          int cp = between(range[0], range[1]);
          if (Character.getType(cp) != Character.SURROGATE && Character.isDefined(cp)) {
            sb.appendCodePoint(cp);
          }
        }
        s = sb.toString();
      }
      return s.isBlank() ? "x" + s : s;
    }
  }
}
