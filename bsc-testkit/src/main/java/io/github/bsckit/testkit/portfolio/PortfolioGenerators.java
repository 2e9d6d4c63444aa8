package io.github.bsckit.testkit.portfolio;

import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.portfolio.Aggregation;
import io.github.bsckit.core.portfolio.Alignment;
import io.github.bsckit.core.portfolio.KpiRollUp;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitElement;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitKpi;
import io.github.bsckit.core.portfolio.UnitObjective;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import java.util.List;
import java.util.Objects;

/**
 * Generators of portfolios for property tests of cascading: valid ones, and ones with exactly one alignment or
 * roll-up defect injected, which its rule (and no other portfolio rule) reports.
 *
 * <pre>{@code
 * Samples.of(PortfolioGenerators.withDefect(PortfolioDefect.ALIGNMENT_CYCLE), 2026, 50).forEach(d -> {
 *   PortfolioValidationReport r = PortfolioRuleSet.standard().withUnitRules(RuleSet.empty()).validate(d.portfolio());
 *   assertThat(r.ruleIds()).containsExactly(d.ruleId());
 * });
 * }</pre>
 */
public final class PortfolioGenerators {
  private PortfolioGenerators() {}

  /** {@return portfolios that break no portfolio rule; see {@link ValidPortfolios}} */
  public static Generator<Portfolio> valid() {
    return new ValidPortfolios();
  }

  /**
   * {@return valid portfolios with one defect of a kind injected}
   *
   * @param kind the defect
   */
  public static Generator<InjectedPortfolioDefect> withDefect(PortfolioDefect kind) {
    Objects.requireNonNull(kind, "kind");
    return valid().map(p -> inject(kind, p));
  }

  /** {@return valid portfolios with one defect of any kind injected} */
  public static Generator<InjectedPortfolioDefect> withAnyDefect() {
    return Generators.elementOf(PortfolioDefect.values()).flatMap(PortfolioGenerators::withDefect);
  }

  /**
   * Injects one defect into a portfolio of {@link #valid()}.
   *
   * @param kind the defect
   * @param p a portfolio made by {@link #valid()}
   * @return the portfolio with the defect, and what it is about
   */
  public static InjectedPortfolioDefect inject(PortfolioDefect kind, Portfolio p) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(p, "p");
    Unit root = p.root();
    Unit bu = p.children(root.id()).get(0);
    return switch (kind) {
      case UNALIGNED_OBJECTIVE -> {
        Unit leaf = p.units().stream().filter(u -> u.parent().isPresent() && p.children(u.id()).isEmpty())
            .findFirst().orElseThrow();
        yield new InjectedPortfolioDefect(kind, p.withUnit(extraObjective(leaf)),
            List.of(UnitElement.of(leaf.id(), ObjectiveId.of("X9"))),
            "added objective X9 to " + leaf.id() + " without an alignment");
      }
      case UNSUPPORTED_OBJECTIVE -> new InjectedPortfolioDefect(kind, p.withUnit(extraObjective(root)),
          List.of(UnitObjective.of(root.id().value(), "X9").asElement()),
          "added objective X9 to " + root.id() + " with nothing supporting it");
      case ALIGNMENT_CYCLE -> {
        Alignment a = p.alignments().get(0);
        yield new InjectedPortfolioDefect(kind, p.withAlignment(Alignment.of(a.to(), a.from())),
            List.of(a.from().asElement(), a.to().asElement()), a.to() + " now supports " + a.from());
      }
      case ALIGNMENT_SKIPS_LEVEL -> {
        Unit team = p.units().stream().filter(u -> p.depth(u.id()) == 2).findFirst().orElse(null);
        Alignment a = team != null
            ? Alignment.of(new UnitObjective(team.id(), objective(0)), new UnitObjective(root.id(), objective(0)))
            : Alignment.of(new UnitObjective(bu.id(), objective(0)), new UnitObjective(bu.id(), objective(1)));
        yield new InjectedPortfolioDefect(kind, p.withAlignment(a), List.of(a.from().asElement(), a.to().asElement()),
            a.from() + " now supports " + a.to());
      }
      case ROLLUP_UNIT_MISMATCH -> new InjectedPortfolioDefect(kind, p.withRollUp(KpiRollUp.of(
          UnitKpi.of(root.id().value(), "k1"), Aggregation.MEAN, children(p, root.id(), "cycle-time"))),
          List.of(UnitKpi.of(root.id().value(), "k1").asElement()), "rolled up days into root/k1, in %");
      case ROLLUP_KIND_MISMATCH -> new InjectedPortfolioDefect(kind, p.withRollUp(KpiRollUp.of(
          UnitKpi.of(root.id().value(), "k1"), Aggregation.SUM, children(p, root.id(), "k1"))),
          List.of(UnitKpi.of(root.id().value(), "k1").asElement()), "summed the LEVEL KPIs k1 into root/k1");
      case ORPHAN_UNIT -> new InjectedPortfolioDefect(kind, p.withUnit(Unit.root("orphan", "Orphan",
          ValidPortfolios.scorecard("Orphan", ValidPortfolios.objectives(p)))),
          List.of(UnitElement.of(UnitId.of("orphan"))), "added unit orphan without a parent");
    };
  }

  private static ObjectiveId objective(int i) {
    return ObjectiveId.of("O" + i);
  }

  private static Unit extraObjective(Unit u) {
    return u.withScorecard(u.scorecard().toBuilder().objective("X9", "Injected objective", "financial").build());
  }

  private static List<UnitKpi> children(Portfolio p, UnitId parent, String kpi) {
    return p.children(parent).stream().map(c -> new UnitKpi(c.id(), KpiId.of(kpi)))
        .toList();
  }
}
