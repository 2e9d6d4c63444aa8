package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.DidYouMean;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A portfolio of aligned scorecards: an organisation's units in a tree (corporate, business units, teams), each
 * with its own {@link Scorecard}; the {@link Alignment}s by which unit objectives support the objectives one level
 * up; and the {@link KpiRollUp}s that define parent KPIs as aggregates of unit KPIs. Immutable and thread-safe;
 * every {@code with…}/{@code without…} returns a new, valid portfolio.
 *
 * <pre>{@code
 * Portfolio group = Portfolio.builder("Acme Group")
 *     .unit(Unit.root("corp", "Acme Group", corporate))
 *     .unit(Unit.of("retail", "Retail", "corp", retail).withWeight(0.6))
 *     .unit(Unit.of("online", "Online", "corp", online).withWeight(0.4))
 *     .align("retail", "C1", "corp", "C1")
 *     .rollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.SUM,
 *         List.of(UnitKpi.parse("retail/revenue"), UnitKpi.parse("online/revenue"))))
 *     .build();
 * }</pre>
 *
 * <p>Invariants, checked on every construction and reported all at once with their document paths
 * ({@code alignments[2].to}): at least one unit; unit ids unique; every parent a unit of the portfolio and no
 * unit its own ancestor; every alignment end and every roll-up KPI an element of its unit's scorecard; at most
 * one roll-up per target KPI. Quality judgements (an objective that supports nothing, an alignment that skips a
 * level, summing percentages) are {@linkplain PortfolioRuleSet rules}, not invariants.
 */
public final class Portfolio {
  /** How much of a parent objective's consolidated score comes from its supporters unless set otherwise. */
  public static final double DEFAULT_SUPPORT_SHARE = 0.5;

  private final String name;
  private final List<Unit> units;
  private final List<Alignment> alignments;
  private final List<KpiRollUp> rollUps;
  private final double supportShare;
  private final Map<UnitId, Unit> byId;
  private final Map<UnitId, List<Unit>> children;
  private final Map<UnitId, Integer> depths;

  private Portfolio(String name, List<Unit> units, List<Alignment> alignments, List<KpiRollUp> rollUps,
      double supportShare) {
    this.name = Objects.requireNonNull(name, "name");
    this.units = List.copyOf(units);
    this.alignments = List.copyOf(alignments);
    this.rollUps = List.copyOf(rollUps);
    this.supportShare = supportShare;
    Checks c = new Checks();
    c.text("name", name);
    c.check(Double.isFinite(supportShare) && supportShare >= 0 && supportShare <= 1, "supportShare",
        "must be a number from 0 to 1 but was " + supportShare);
    c.check(!this.units.isEmpty(), "units", "must hold at least one unit but was empty");
    Map<UnitId, Unit> index = new LinkedHashMap<>();
    for (int i = 0; i < this.units.size(); i++) {
      Unit u = this.units.get(i);
      Unit before = index.putIfAbsent(u.id(), u);
      c.check(before == null, "units[" + i + "].id", "must be unique but unit \"" + u.id() + "\" is named twice");
    }
    this.byId = Collections.unmodifiableMap(index);
    Map<UnitId, List<Unit>> kids = new HashMap<>();
    for (int i = 0; i < this.units.size(); i++) {
      Unit u = this.units.get(i);
      if (u.parent().isPresent()) {
        if (index.containsKey(u.parent().get())) {
          kids.computeIfAbsent(u.parent().get(), k -> new ArrayList<>()).add(u);
        } else {
          c.add("units[" + i + "].parent", "must name a unit of the portfolio but was \"" + u.parent().get() + "\""
              + DidYouMean.hint(u.parent().get().value(),
                  index.keySet().stream().map(UnitId::value).toList()));
        }
      }
    }
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.children = Collections.unmodifiableMap(kids);
    this.depths = depths(c);
    for (int i = 0; i < this.alignments.size(); i++) {
      Alignment a = this.alignments.get(i);
      end(c, "alignments[" + i + "].from", a.from());
      end(c, "alignments[" + i + "].to", a.to());
      c.check(!a.from().equals(a.to()), "alignments[" + i + "].to", "must be another objective than the one it"
          + " starts from, " + a.from());
    }
    Map<UnitKpi, Integer> targets = new HashMap<>();
    for (int i = 0; i < this.rollUps.size(); i++) {
      KpiRollUp r = this.rollUps.get(i);
      String at = "rollUps[" + i + "]";
      kpi(c, at + ".target", r.target());
      Integer before = targets.putIfAbsent(r.target(), i);
      c.check(before == null, at + ".target", "must be rolled up once but " + r.target() + " is also the target of "
          + "rollUps[" + before + "]");
      for (int j = 0; j < r.sources().size(); j++) {
        kpi(c, at + ".sources[" + j + "]", r.sources().get(j));
      }
      for (int j = 0; j < r.denominators().size(); j++) {
        kpi(c, at + ".denominators[" + j + "]", r.denominators().get(j));
      }
    }
    if (c.isEmpty()) {
      rollUpCycles(c);
    }
    c.throwIfAny();
  }

  /** Reports a roll-up whose target is computed, through other roll-ups, from itself. */
  private void rollUpCycles(Checks c) {
    Map<UnitKpi, KpiRollUp> byTarget = new HashMap<>();
    rollUps.forEach(r -> byTarget.put(r.target(), r));
    for (int i = 0; i < rollUps.size(); i++) {
      KpiRollUp r = rollUps.get(i);
      Deque<List<UnitKpi>> paths = new ArrayDeque<>();
      Set<UnitKpi> seen = new HashSet<>();
      for (UnitKpi s : r.inputs()) {
        paths.add(List.of(r.target(), s));
      }
      while (!paths.isEmpty()) {
        List<UnitKpi> path = paths.poll();
        UnitKpi last = path.get(path.size() - 1);
        if (last.equals(r.target())) {
          c.add("rollUps[" + i + "].sources", "must not compute " + r.target() + " from itself, but the roll-ups go "
              + path.stream().map(UnitKpi::toString).collect(Collectors.joining(" <- ")));
          break;
        }
        KpiRollUp next = byTarget.get(last);
        if (next != null && seen.add(last)) {
          for (UnitKpi s : next.inputs()) {
            List<UnitKpi> longer = new ArrayList<>(path);
            longer.add(s);
            paths.add(longer);
          }
        }
      }
    }
  }

  /** Depth of every unit below its root, reporting units that are their own ancestors. */
  private Map<UnitId, Integer> depths(Checks c) {
    Map<UnitId, Integer> out = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      List<UnitId> chain = new ArrayList<>();
      UnitId at = u.id();
      Integer known = null;
      while (at != null) {
        known = out.get(at);
        if (known != null) {
          break;
        }
        if (chain.contains(at)) {
          break;
        }
        chain.add(at);
        Unit unit = byId.get(at);
        at = unit == null ? null : unit.parent().filter(byId::containsKey).orElse(null);
      }
      if (at != null && known == null) {
        List<String> cycle = chain.subList(chain.indexOf(at), chain.size()).stream().map(UnitId::value).toList();
        c.add("units[" + i + "].parent", "must not make unit \"" + u.id() + "\" its own ancestor, but the parents"
            + " go round " + String.join(" -> ", cycle) + " -> " + at);
        chain.forEach(id -> out.putIfAbsent(id, 0));
        continue;
      }
      int depth = known == null ? chain.size() - 1 : known + chain.size();
      for (UnitId id : chain) {
        out.putIfAbsent(id, depth--);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private void end(Checks c, String path, UnitObjective end) {
    Unit u = byId.get(end.unit());
    if (u == null) {
      c.add(path, "must name a unit of the portfolio but was \"" + end.unit() + "\"" + suggestUnit(end.unit()));
    } else if (u.scorecard().objective(end.objective()).isEmpty()) {
      c.add(path, "must name an objective of unit " + end.unit() + " but was \"" + end.objective() + "\""
          + DidYouMean.hint(end.objective().value(),
              u.scorecard().objectives().stream().map(o -> o.id().value()).toList()));
    }
  }

  private void kpi(Checks c, String path, UnitKpi kpi) {
    Unit u = byId.get(kpi.unit());
    if (u == null) {
      c.add(path, "must name a unit of the portfolio but was \"" + kpi.unit() + "\"" + suggestUnit(kpi.unit()));
    } else if (u.scorecard().kpi(kpi.kpi()).isEmpty()) {
      c.add(path, "must name a KPI of unit " + kpi.unit() + " but was \"" + kpi.kpi() + "\""
          + DidYouMean.hint(kpi.kpi().value(),
              u.scorecard().kpis().stream().map(k -> k.id().value()).toList()));
    }
  }

  private String suggestUnit(UnitId id) {
    return DidYouMean.hint(id.value(), byId.keySet().stream().map(UnitId::value)
        .toList());
  }

  /**
   * Makes a portfolio from its parts, checking every invariant.
   *
   * @param name the portfolio's name, not blank
   * @param units the units; parents may come after their children
   * @param alignments the alignments
   * @param rollUps the KPI roll-ups
   * @param supportShare how much of a parent objective's consolidated score comes from its supporters when it
   *     has data of its own too, from 0 to 1
   * @return the portfolio
   * @throws io.github.bsckit.core.ValidationException listing every broken invariant with its path
   */
  public static Portfolio of(String name, List<Unit> units, List<Alignment> alignments, List<KpiRollUp> rollUps,
      double supportShare) {
    return new Portfolio(name, units, alignments, rollUps, supportShare);
  }

  /**
   * {@return a new builder}
   *
   * @param name the portfolio's name
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** {@return a builder holding every part of this portfolio} */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.units.addAll(units);
    b.alignments.addAll(alignments);
    b.rollUps.addAll(rollUps);
    b.supportShare = supportShare;
    return b;
  }

  // ---- components ------------------------------------------------------------------------------------------

  /** {@return the portfolio's name} */
  public String name() {
    return name;
  }

  /** {@return the units, in the order declared; unmodifiable} */
  public List<Unit> units() {
    return units;
  }

  /** {@return the alignments, in the order declared; unmodifiable} */
  public List<Alignment> alignments() {
    return alignments;
  }

  /** {@return the KPI roll-ups, in the order declared; unmodifiable} */
  public List<KpiRollUp> rollUps() {
    return rollUps;
  }

  /**
   * How much of a parent objective's consolidated score comes from its supporters when it has data of its own
   * too: the consolidated score is {@code (1 − s)·own + s·supporters}. See {@link Consolidation}.
   *
   * @return the share, from 0 to 1; {@value #DEFAULT_SUPPORT_SHARE} unless set
   */
  public double supportShare() {
    return supportShare;
  }

  // ---- queries ---------------------------------------------------------------------------------------------

  /**
   * Finds a unit.
   *
   * @param id the unit's id
   * @return the unit, or empty when there is none with that id
   */
  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds a unit by the text of its id.
   *
   * @param id the unit's id
   * @return the unit, or empty when there is none
   */
  public Optional<Unit> unit(String id) {
    return unit(UnitId.of(id));
  }

  /** {@return the root: the first unit declared without a parent (a valid portfolio has exactly one)} */
  public Unit root() {
    for (Unit u : units) {
      if (u.parent().isEmpty()) {
        return u;
      }
    }
    throw new IllegalStateException("a portfolio without cycles of parents has a root");
  }

  /**
   * {@return the units directly under a unit, in declaration order; empty for a team or an unknown id}
   *
   * @param id the unit's id
   */
  public List<Unit> children(UnitId id) {
    return children.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
  }

  /**
   * The level of a unit: 0 for a root, 1 for the units under it, and so on.
   *
   * @param id the unit's id
   * @return the depth
   * @throws io.github.bsckit.core.ValidationException if there is no such unit
   */
  public int depth(UnitId id) {
    Integer d = depths.get(Objects.requireNonNull(id, "id"));
    if (d == null) {
      throw Checks.invalid("id", "must name a unit of portfolio \"" + name + "\" but was \"" + id + "\""
          + suggestUnit(id));
    }
    return d;
  }

  /**
   * Finds an objective of a unit.
   *
   * @param id the qualified objective
   * @return the objective, or empty when there is no such unit or objective
   */
  public Optional<Objective> objective(UnitObjective id) {
    return unit(id.unit()).flatMap(u -> u.scorecard().objective(id.objective()));
  }

  /**
   * Finds a KPI of a unit.
   *
   * @param id the qualified KPI
   * @return the KPI, or empty when there is no such unit or KPI
   */
  public Optional<Kpi> kpi(UnitKpi id) {
    return unit(id.unit()).flatMap(u -> u.scorecard().kpi(id.kpi()));
  }

  /**
   * {@return the alignments starting at an objective: what it supports}
   *
   * @param from the supporting objective
   */
  public List<Alignment> alignmentsFrom(UnitObjective from) {
    Objects.requireNonNull(from, "from");
    return alignments.stream().filter(a -> a.from().equals(from)).toList();
  }

  /**
   * {@return the alignments ending at an objective: its supporters}
   *
   * @param to the supported objective
   */
  public List<Alignment> alignmentsTo(UnitObjective to) {
    Objects.requireNonNull(to, "to");
    return alignments.stream().filter(a -> a.to().equals(to)).toList();
  }

  /**
   * Finds the roll-up that defines a KPI.
   *
   * @param target the parent KPI
   * @return its roll-up, or empty when its values are reported rather than computed
   */
  public Optional<KpiRollUp> rollUpOf(UnitKpi target) {
    Objects.requireNonNull(target, "target");
    return rollUps.stream().filter(r -> r.target().equals(target)).findFirst();
  }

  // ---- derivations -----------------------------------------------------------------------------------------

  /**
   * {@return this portfolio with a unit added at the end, or replacing the one with the same id in place}
   *
   * @param unit the unit
   * @throws io.github.bsckit.core.ValidationException if the result breaks an invariant (an alignment or roll-up
   *     naming an objective or KPI the replaced scorecard no longer has)
   */
  public Portfolio withUnit(Unit unit) {
    Objects.requireNonNull(unit, "unit");
    List<Unit> copy = new ArrayList<>(units);
    int at = indexOf(unit.id());
    if (at < 0) {
      copy.add(unit);
    } else {
      copy.set(at, unit);
    }
    return new Portfolio(name, copy, alignments, rollUps, supportShare);
  }

  /**
   * Returns this portfolio without a unit with no units under it: its alignments go, and so do its KPIs from
   * every roll-up (a roll-up left without sources, or one whose target it held, goes too).
   *
   * @param id the unit's id
   * @return a new portfolio; equal to this one when there is no such unit
   * @throws io.github.bsckit.core.ValidationException if units sit under it, or it is the only unit
   */
  public Portfolio withoutUnit(UnitId id) {
    Objects.requireNonNull(id, "id");
    if (indexOf(id) < 0) {
      return this;
    }
    Checks.require(children(id).isEmpty(), "id", "must name a unit without units under it, but " + id + " has "
        + children(id).stream().map(u -> u.id().value()).toList());
    List<Unit> us = units.stream().filter(u -> !u.id().equals(id)).toList();
    List<Alignment> as = alignments.stream().filter(a -> !a.from().unit().equals(id) && !a.to().unit().equals(id))
        .toList();
    List<KpiRollUp> rs = new ArrayList<>();
    for (KpiRollUp r : rollUps) {
      if (r.target().unit().equals(id)) {
        continue;
      }
      List<UnitKpi> sources = r.sources().stream().filter(s -> !s.unit().equals(id)).toList();
      List<UnitKpi> denominators = r.denominators().stream().filter(s -> !s.unit().equals(id)).toList();
      if (sources.isEmpty() || (r.aggregation() == Aggregation.RATIO_OF_SUMS && denominators.isEmpty())) {
        continue;
      }
      rs.add(new KpiRollUp(r.target(), r.aggregation(), sources, denominators, r.scale(), r.missing()));
    }
    return new Portfolio(name, us, as, rs, supportShare);
  }

  /**
   * {@return this portfolio with an alignment added at the end}
   *
   * @param alignment the alignment; both ends must be objectives of the portfolio
   */
  public Portfolio withAlignment(Alignment alignment) {
    Objects.requireNonNull(alignment, "alignment");
    List<Alignment> copy = new ArrayList<>(alignments);
    copy.add(alignment);
    return new Portfolio(name, units, copy, rollUps, supportShare);
  }

  /**
   * {@return this portfolio without every alignment from {@code from} to {@code to}}
   *
   * @param from the supporting objective
   * @param to the supported objective
   */
  public Portfolio withoutAlignment(UnitObjective from, UnitObjective to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return new Portfolio(name, units, alignments.stream().filter(a -> !a.from().equals(from) || !a.to().equals(to))
        .toList(), rollUps, supportShare);
  }

  /**
   * {@return this portfolio with a roll-up added, or replacing the one with the same target in place}
   *
   * @param rollUp the roll-up
   */
  public Portfolio withRollUp(KpiRollUp rollUp) {
    Objects.requireNonNull(rollUp, "rollUp");
    List<KpiRollUp> copy = new ArrayList<>(rollUps);
    int at = -1;
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).target().equals(rollUp.target())) {
        at = i;
      }
    }
    if (at < 0) {
      copy.add(rollUp);
    } else {
      copy.set(at, rollUp);
    }
    return new Portfolio(name, units, alignments, copy, supportShare);
  }

  /**
   * {@return this portfolio without the roll-up of a KPI, whose values are then reported again}
   *
   * @param target the parent KPI
   */
  public Portfolio withoutRollUp(UnitKpi target) {
    Objects.requireNonNull(target, "target");
    return new Portfolio(name, units, alignments, rollUps.stream().filter(r -> !r.target().equals(target)).toList(),
        supportShare);
  }

  /**
   * {@return this portfolio with another support share}
   *
   * @param share from 0 to 1
   */
  public Portfolio withSupportShare(double share) {
    return new Portfolio(name, units, alignments, rollUps, share);
  }

  private int indexOf(UnitId id) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Portfolio p && name.equals(p.name) && units.equals(p.units) && alignments.equals(p.alignments)
        && rollUps.equals(p.rollUps) && Double.compare(supportShare, p.supportShare) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, units, alignments, rollUps, supportShare);
  }

  /** {@return the name and counts, then the unit tree, one unit a line, indented by depth} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Portfolio \"").append(name).append("\" (")
        .append(Numbers.plural(units.size(), "unit")).append(", ")
        .append(Numbers.plural(alignments.size(), "alignment")).append(", ")
        .append(Numbers.plural(rollUps.size(), "roll-up")).append(')');
    for (Unit u : units) {
      if (u.parent().isEmpty()) {
        tree(sb, u, 1);
      }
    }
    return sb.toString();
  }

  private void tree(StringBuilder sb, Unit u, int depth) {
    sb.append('\n').append("  ".repeat(depth)).append(u.id()).append(" \"").append(u.name()).append("\": ")
        .append(Numbers.plural(u.scorecard().objectives().size(), "objective"));
    if (u.weight() != 1) {
      sb.append(", weight ").append(Numbers.plain(u.weight()));
    }
    children(u.id()).forEach(c -> tree(sb, c, depth + 1));
  }

  /**
   * Builds a {@link Portfolio}. Setters return this builder; {@link #build()} checks every invariant and reports
   * all problems at once. Not thread-safe; reusable after {@code build()}.
   */
  public static final class Builder {
    private final String name;
    private final List<Unit> units = new ArrayList<>();
    private final List<Alignment> alignments = new ArrayList<>();
    private final List<KpiRollUp> rollUps = new ArrayList<>();
    private double supportShare = DEFAULT_SUPPORT_SHARE;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Declares a unit.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder unit(Unit unit) {
      units.add(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    /**
     * Declares an alignment.
     *
     * @param alignment the alignment
     * @return this builder
     */
    public Builder align(Alignment alignment) {
      alignments.add(Objects.requireNonNull(alignment, "alignment"));
      return this;
    }

    /**
     * Declares that objective {@code fromObjective} of unit {@code fromUnit} supports objective
     * {@code toObjective} of unit {@code toUnit}, with weight 1.
     *
     * @param fromUnit the supporting unit
     * @param fromObjective the supporting objective
     * @param toUnit the supported unit, normally the parent
     * @param toObjective the supported objective
     * @return this builder
     */
    public Builder align(String fromUnit, String fromObjective, String toUnit, String toObjective) {
      return align(Alignment.of(UnitObjective.of(fromUnit, fromObjective), UnitObjective.of(toUnit, toObjective)));
    }

    /**
     * Declares a KPI roll-up.
     *
     * @param rollUp the roll-up
     * @return this builder
     */
    public Builder rollUp(KpiRollUp rollUp) {
      rollUps.add(Objects.requireNonNull(rollUp, "rollUp"));
      return this;
    }

    /**
     * Sets how much of a parent objective's consolidated score comes from its supporters.
     *
     * @param share from 0 to 1 (default {@value Portfolio#DEFAULT_SUPPORT_SHARE})
     * @return this builder
     */
    public Builder supportShare(double share) {
      this.supportShare = share;
      return this;
    }

    /**
     * Builds the portfolio.
     *
     * @return the portfolio
     * @throws io.github.bsckit.core.ValidationException listing every broken invariant with its path
     */
    public Portfolio build() {
      return new Portfolio(name, units, alignments, rollUps, supportShare);
    }
  }
}
