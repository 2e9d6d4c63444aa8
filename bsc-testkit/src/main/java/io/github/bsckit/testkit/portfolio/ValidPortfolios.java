package io.github.bsckit.testkit.portfolio;

import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.portfolio.Aggregation;
import io.github.bsckit.core.portfolio.KpiRollUp;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitKpi;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates portfolios that break no portfolio rule: a root, one to three business units, up to two teams under
 * each; every unit on one template of two to four objectives (objective {@code O<i>} measured by KPI
 * {@code k<i>}, the same unit and kind in every unit; {@code O1} also measures {@code cycle-time} in days), so
 * that roll-ups are well-typed. Every objective below the root supports the objective of the same index one
 * level up, and some also support another; parents' KPIs are rolled up from their children's, FLOW ones by
 * sum, LEVEL ones by a mean, minimum or maximum. Immutable and thread-safe.
 *
 * <pre>{@code
 * Portfolio p = PortfolioGenerators.valid().generate(Source.seeded(7));
 * }</pre>
 */
public final class ValidPortfolios implements Generator<Portfolio> {
  private static final String[] PERSPECTIVES = {"financial", "customer", "internal-process", "learning-growth"};
  /** Each template objective's KPI: its measurement unit and its kind, by index. */
  private static final String[] UNITS = {"$", "%", "count", "days"};
  private static final KpiKind[] KINDS = {KpiKind.FLOW, KpiKind.LEVEL, KpiKind.FLOW, KpiKind.LEVEL};
  private static final Aggregation[] LEVEL_AGGREGATIONS = {Aggregation.MEAN, Aggregation.WEIGHTED_MEAN,
      Aggregation.MIN, Aggregation.MAX};

  ValidPortfolios() {}

  /** {@return the number of objectives on the template the portfolio's units share} */
  static int objectives(Portfolio p) {
    return p.root().scorecard().objectives().size();
  }

  /**
   * {@return one unit's scorecard on the template}
   *
   * @param name the scorecard's name
   * @param objectives how many template objectives, 1 to 4
   */
  static Scorecard scorecard(String name, int objectives) {
    Scorecard.Builder b = Scorecard.builder(name);
    for (int i = 0; i < objectives; i++) {
      int at = i;
      b.objective("O" + i, "Objective " + i + " of " + name, PERSPECTIVES[i], o -> {
        o.kpi("k" + at, "KPI " + at, k -> k.unit(UNITS[at]).kind(KINDS[at]).baseline(0, "2026-01-01")
            .target(100, "2026-12-31"));
        if (at == 1) {
          o.kpi("cycle-time", "Cycle time", k -> k.unit("days").decrease().baseline(20, "2026-01-01")
              .target(10, "2026-12-31"));
        }
      });
    }
    return b.build();
  }

  @Override
  public Portfolio generate(Source source) {
    int objectives = source.between(2, 4);
    Portfolio.Builder b = Portfolio.builder("Generated").unit(Unit.root("root", "Root", scorecard("Root", objectives)));
    List<String[]> parentsAndChildren = new ArrayList<>();
    int units = source.between(1, 3);
    for (int u = 0; u < units; u++) {
      String bu = "bu" + u;
      b.unit(Unit.of(bu, "Business unit " + u, "root", scorecard("BU " + u, objectives))
          .withWeight(source.between(1, 5)));
      align(b, source, bu, "root", objectives);
      parentsAndChildren.add(new String[] {"root", bu});
      int teams = source.between(0, 2);
      for (int t = 0; t < teams; t++) {
        String team = bu + "-team" + t;
        b.unit(Unit.of(team, "Team " + u + "." + t, bu, scorecard("Team " + u + "." + t, objectives)));
        align(b, source, team, bu, objectives);
        parentsAndChildren.add(new String[] {bu, team});
      }
    }
    List<String> parents = parentsAndChildren.stream().map(pc -> pc[0]).distinct().toList();
    for (String parent : parents) {
      List<String> children = parentsAndChildren.stream().filter(pc -> pc[0].equals(parent)).map(pc -> pc[1]).toList();
      for (int i = 0; i < objectives; i++) {
        if (!source.chance(60)) {
          continue;
        }
        int at = i;
        List<UnitKpi> sources = children.stream().map(c -> UnitKpi.of(c, "k" + at)).toList();
        Aggregation a = KINDS[i] == KpiKind.FLOW ? Aggregation.SUM
            : LEVEL_AGGREGATIONS[source.between(0, LEVEL_AGGREGATIONS.length - 1)];
        b.rollUp(KpiRollUp.of(UnitKpi.of(parent, "k" + i), a, sources));
      }
    }
    return b.build();
  }

  /** Objective i of the child supports objective i of the parent; now and then it supports another one too. */
  private static void align(Portfolio.Builder b, Source source, String child, String parent, int objectives) {
    for (int i = 0; i < objectives; i++) {
      b.align(child, "O" + i, parent, "O" + i);
      if (source.chance(25)) {
        int other = source.between(0, objectives - 1);
        if (other != i) {
          b.align(child, "O" + i, parent, "O" + other);
        }
      }
    }
  }

  /** {@return {@code ValidPortfolios}} */
  @Override
  public String toString() {
    return "ValidPortfolios";
  }
}
