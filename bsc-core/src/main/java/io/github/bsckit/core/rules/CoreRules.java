package io.github.bsckit.core.rules;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Theme;
import java.util.List;

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
 *   <tr><td>{@code theme-count}</td><td>WARNING</td><td>themes are used, but fewer than 3 or more than 5</td></tr>
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
  /** Id of the rule that flags a number of themes outside 3 to 5. */
  public static final String THEME_COUNT = "theme-count";

  private static final RuleSet ALL = RuleSet.of(objectiveWithoutKpi(), tooManyKpis(3), missingTarget(),
      targetDirectionMismatch(), noLeadingIndicator(), tooManyObjectives(25), themeCount(3, 5));

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
   * {@return the {@code theme-count} rule}
   *
   * @param min the fewest themes when themes are used (the default set uses 3)
   * @param max the most themes (the default set uses 5)
   * @throws io.github.bsckit.core.ValidationException if {@code min} is below 1 or {@code max} below {@code min}
   */
  public static Rule themeCount(int min, int max) {
    Checks.requireAtLeast("min", min, 1);
    Checks.require(max >= min, "max", "must be >= min (" + min + ") but was " + max);
    return Rule.of(THEME_COUNT, Severity.WARNING, "When themes are used there are " + min + " to " + max,
        (s, ctx) -> {
          int n = s.themes().size();
          if (n > 0 && (n < min || n > max)) {
            ctx.report("the scorecard has " + Numbers.plural(n, "theme") + "; distil the vision into "
                + min + " to " + max, s.themes().stream().map(Theme::id).toList());
          }
        });
  }
}
