package io.github.bsckit.core.rules;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.ThemeId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in rules of bsc-core. Their ids are stable and part of the public contract; the map rules
 * ({@code cycle}, {@code downward-link}, …) live in bsc-graph.
 *
 * <table>
 *   <caption>Core rules</caption>
 *   <tr><th>id</th><th>default</th><th>fires when</th></tr>
 *   <tr><td>{@code objective-without-kpi}</td><td>WARNING</td><td>an objective has no KPI ("an objective
 *       without a measure is just a wish")</td></tr>
 *   <tr><td>{@code too-many-kpis}</td><td>WARNING</td><td>an objective has more than 3 KPIs</td></tr>
 *   <tr><td>{@code missing-target}</td><td>ERROR</td><td>a KPI that is not RANGE has no target</td></tr>
 *   <tr><td>{@code target-direction-mismatch}</td><td>ERROR</td><td>an INCREASE KPI's target is below its
 *       baseline, or a DECREASE KPI's above</td></tr>
 *   <tr><td>{@code no-leading-indicator}</td><td>WARNING</td><td>a perspective below the top one has KPIs but
 *       none of them leading</td></tr>
 *   <tr><td>{@code too-many-objectives}</td><td>WARNING</td><td>the scorecard has more than 25 objectives</td></tr>
 *   <tr><td>{@code theme-count}</td><td>WARNING</td><td>more than 5 themes (one or two are fine: a low-cost
 *       airline's famous map has one, Kaplan and Norton's financial growth and productivity themes are two)</td></tr>
 *   <tr><td>{@code empty-perspective}</td><td>WARNING</td><td>a perspective holds no objective while others
 *       do</td></tr>
 *   <tr><td>{@code unused-theme}</td><td>WARNING</td><td>a theme no objective serves</td></tr>
 *   <tr><td>{@code missing-baseline}</td><td>WARNING</td><td>a KPI has a target but no baseline to measure
 *       progress from</td></tr>
 *   <tr><td>{@code single-perspective}</td><td>WARNING</td><td>two or more objectives, all in one perspective:
 *       the scorecard is not balanced</td></tr>
 * </table>
 *
 * <p>The rules iterate by index and allocate only the violations they report.
 */
public final class CoreRules {
  /** Id of the rule that flags objectives without KPIs. */
  public static final String OBJECTIVE_WITHOUT_KPI = "objective-without-kpi";
  /** Id of the rule that flags objectives with too many KPIs. */
  public static final String TOO_MANY_KPIS = "too-many-kpis";
  /** Id of the rule that flags KPIs without a target. */
  public static final String MISSING_TARGET = "missing-target";
  /** Id of the rule that flags targets on the wrong side of their baseline. */
  public static final String TARGET_DIRECTION_MISMATCH = "target-direction-mismatch";
  /** Id of the rule that flags lower perspectives without a leading indicator. */
  public static final String NO_LEADING_INDICATOR = "no-leading-indicator";
  /** Id of the rule that flags scorecards with too many objectives. */
  public static final String TOO_MANY_OBJECTIVES = "too-many-objectives";
  /** Id of the rule that flags more themes than a strategy can focus on. */
  public static final String THEME_COUNT = "theme-count";
  /** Id of the rule that flags perspectives without objectives. */
  public static final String EMPTY_PERSPECTIVE = "empty-perspective";
  /** Id of the rule that flags themes no objective serves. */
  public static final String UNUSED_THEME = "unused-theme";
  /** Id of the rule that flags KPIs with a target but no baseline. */
  public static final String MISSING_BASELINE = "missing-baseline";
  /** Id of the rule that flags scorecards whose objectives all sit in one perspective. */
  public static final String SINGLE_PERSPECTIVE = "single-perspective";

  private static final RuleSet ALL = RuleSet.of(objectiveWithoutKpi(), tooManyKpis(3), missingTarget(),
      targetDirectionMismatch(), noLeadingIndicator(), tooManyObjectives(25), themeCount(5), emptyPerspective(),
      unusedTheme(), missingBaseline(), singlePerspective());

  private CoreRules() {}

  /** {@return every core rule with its default parameters, in the order of the table above} */
  public static RuleSet all() {
    return ALL;
  }

  /** {@return the {@code objective-without-kpi} rule} */
  public static Rule objectiveWithoutKpi() {
    return Rule.of(OBJECTIVE_WITHOUT_KPI, Severity.WARNING, "Every objective has at least one KPI", (s, ctx) -> {
      List<Objective> os = s.objectives();
      for (int i = 0; i < os.size(); i++) {
        Objective o = os.get(i);
        if (o.kpis().isEmpty()) {
          ctx.report("objective " + o.id() + " \"" + o.name() + "\" has no KPI", o.id());
        }
      }
    });
  }

  /**
   * {@return the {@code too-many-kpis} rule}
   *
   * @param max the most KPIs an objective may have (the default set uses 3)
   * @throws io.github.bsckit.core.ValidationException if {@code max} is below 1
   */
  public static Rule tooManyKpis(int max) {
    Checks.requireAtLeast("max", max, 1);
    return Rule.of(TOO_MANY_KPIS, Severity.WARNING, "No objective has more than " + max + " KPIs", (s, ctx) -> {
      List<Objective> os = s.objectives();
      for (int i = 0; i < os.size(); i++) {
        Objective o = os.get(i);
        if (o.kpis().size() > max) {
          ctx.report("objective " + o.id() + " has " + o.kpis().size() + " KPIs; keep it to at most " + max, o.id());
        }
      }
    });
  }

  /** {@return the {@code missing-target} rule} */
  public static Rule missingTarget() {
    return Rule.of(MISSING_TARGET, Severity.ERROR, "Every KPI has a target (a RANGE KPI's band is its target)",
        (s, ctx) -> {
          List<Objective> os = s.objectives();
          for (int i = 0; i < os.size(); i++) {
            List<Kpi> ks = os.get(i).kpis();
            for (int j = 0; j < ks.size(); j++) {
              Kpi k = ks.get(j);
              if (k.target().isEmpty() && k.direction() != Direction.RANGE) {
                ctx.report("KPI " + k.id() + " of objective " + os.get(i).id() + " has no target", k.id(),
                    os.get(i).id());
              }
            }
          }
        });
  }

  /** {@return the {@code target-direction-mismatch} rule} */
  public static Rule targetDirectionMismatch() {
    return Rule.of(TARGET_DIRECTION_MISMATCH, Severity.ERROR,
        "An INCREASE KPI's target is not below its baseline and a DECREASE KPI's is not above it", (s, ctx) -> {
          List<Objective> os = s.objectives();
          for (int i = 0; i < os.size(); i++) {
            List<Kpi> ks = os.get(i).kpis();
            for (int j = 0; j < ks.size(); j++) {
              Kpi k = ks.get(j);
              if (k.baseline().isEmpty() || k.target().isEmpty()) {
                continue;
              }
              double b = k.baseline().get().value();
              double t = k.target().get().value();
              if (k.direction() == Direction.INCREASE && t < b) {
                ctx.report("KPI " + k.id() + " should increase but its target " + t + " is below its baseline " + b,
                    k.id(), os.get(i).id());
              } else if (k.direction() == Direction.DECREASE && t > b) {
                ctx.report("KPI " + k.id() + " should decrease but its target " + t + " is above its baseline " + b,
                    k.id(), os.get(i).id());
              }
            }
          }
        });
  }

  /** {@return the {@code no-leading-indicator} rule} */
  public static Rule noLeadingIndicator() {
    return Rule.of(NO_LEADING_INDICATOR, Severity.WARNING,
        "Every perspective below the top one with KPIs has at least one leading indicator", (s, ctx) -> {
          List<Perspective> ps = s.perspectives();
          List<Objective> os = s.objectives();
          for (int p = 1; p < ps.size(); p++) {
            Perspective perspective = ps.get(p);
            boolean anyKpi = false;
            boolean anyLeading = false;
            for (int i = 0; i < os.size() && !anyLeading; i++) {
              Objective o = os.get(i);
              if (!o.perspective().equals(perspective.id())) {
                continue;
              }
              List<Kpi> ks = o.kpis();
              for (int j = 0; j < ks.size(); j++) {
                anyKpi = true;
                anyLeading |= ks.get(j).isLeading();
              }
            }
            if (anyKpi && !anyLeading) {
              ctx.report("perspective " + perspective.id() + " has KPIs but no leading indicator", perspective.id());
            }
          }
        });
  }

  /**
   * {@return the {@code too-many-objectives} rule}
   *
   * @param max the most objectives a scorecard may have (the default set uses 25)
   * @throws io.github.bsckit.core.ValidationException if {@code max} is below 1
   */
  public static Rule tooManyObjectives(int max) {
    Checks.requireAtLeast("max", max, 1);
    return Rule.of(TOO_MANY_OBJECTIVES, Severity.WARNING, "The scorecard has at most " + max + " objectives",
        (s, ctx) -> {
          if (s.objectives().size() > max) {
            ctx.report("the scorecard has " + s.objectives().size() + " objectives; focus on at most " + max);
          }
        });
  }

  /**
   * {@return the {@code theme-count} rule as the default set uses it: it warns only above {@code max}} Fewer
   * themes are a choice, not a mistake: a low-cost airline's celebrated map has a single theme, and Kaplan and
   * Norton themselves give the financial perspective two (revenue growth and productivity). Too many themes is
   * what loses focus.
   *
   * @param max the most themes (the default set uses 5)
   * @throws io.github.bsckit.core.ValidationException if {@code min} is below 1 or {@code max} below {@code min}
   */
  public static Rule themeCount(int max) {
    return themeCount(1, max);
  }

  /**
   * {@return the {@code theme-count} rule with a lower bound too, for organisations that want one}
   *
   * @param min the fewest themes when themes are used
   * @param max the most themes
   */
  public static Rule themeCount(int min, int max) {
    Checks.requireAtLeast("min", min, 1);
    Checks.require(max >= min, "max", "must be >= min (" + min + ") but was " + max);
    String wanted = min == 1 ? "at most " + max : min + " to " + max;
    return Rule.of(THEME_COUNT, Severity.WARNING, "When themes are used there are " + wanted, (s, ctx) -> {
      int n = s.themes().size();
      if (n > 0 && (n < min || n > max)) {
        ctx.report("the scorecard has " + Numbers.plural(n, "theme") + "; distil the vision into " + wanted,
            s.themes().stream().map(Theme::id).toList());
      }
    });
  }

  /**
   * {@return the {@code empty-perspective} rule} It stays silent on a scorecard without objectives, which is
   * a blank page rather than an unbalanced one.
   */
  public static Rule emptyPerspective() {
    return Rule.of(EMPTY_PERSPECTIVE, Severity.WARNING, "Every perspective holds at least one objective",
        (s, ctx) -> {
          if (s.objectives().isEmpty()) {
            return;
          }
          Set<PerspectiveId> used = new HashSet<>();
          s.objectives().forEach(o -> used.add(o.perspective()));
          for (Perspective p : s.perspectives()) {
            if (!used.contains(p.id())) {
              ctx.report("perspective " + p.id() + " \"" + p.name() + "\" holds no objective", p.id());
            }
          }
        });
  }

  /** {@return the {@code unused-theme} rule} */
  public static Rule unusedTheme() {
    return Rule.of(UNUSED_THEME, Severity.WARNING, "Every theme is served by at least one objective", (s, ctx) -> {
      Set<ThemeId> served = new HashSet<>();
      s.objectives().forEach(o -> served.addAll(o.themes()));
      for (Theme t : s.themes()) {
        if (!served.contains(t.id())) {
          ctx.report("theme " + t.id() + " \"" + t.name() + "\" is served by no objective", t.id());
        }
      }
    });
  }

  /**
   * {@return the {@code missing-baseline} rule} A RANGE KPI needs no baseline: its band says what good is.
   */
  public static Rule missingBaseline() {
    return Rule.of(MISSING_BASELINE, Severity.WARNING,
        "Every KPI with a target has a baseline to measure progress from", (s, ctx) -> {
          List<Objective> os = s.objectives();
          for (int i = 0; i < os.size(); i++) {
            List<Kpi> ks = os.get(i).kpis();
            for (int j = 0; j < ks.size(); j++) {
              Kpi k = ks.get(j);
              if (k.target().isPresent() && k.baseline().isEmpty() && k.direction() != Direction.RANGE) {
                ctx.report("KPI " + k.id() + " of objective " + os.get(i).id()
                    + " has a target but no baseline to measure progress from", k.id(), os.get(i).id());
              }
            }
          }
        });
  }

  /**
   * {@return the {@code single-perspective} rule} It needs two objectives to fire: one objective has nothing
   * to be balanced against yet.
   */
  public static Rule singlePerspective() {
    return Rule.of(SINGLE_PERSPECTIVE, Severity.WARNING, "The objectives span more than one perspective",
        (s, ctx) -> {
          List<Objective> os = s.objectives();
          if (os.size() < 2) {
            return;
          }
          PerspectiveId first = os.get(0).perspective();
          for (int i = 1; i < os.size(); i++) {
            if (!os.get(i).perspective().equals(first)) {
              return;
            }
          }
          ctx.report("all " + os.size() + " objectives are in perspective " + first
              + "; a balanced scorecard spreads them over its perspectives", first);
        });
  }
}
