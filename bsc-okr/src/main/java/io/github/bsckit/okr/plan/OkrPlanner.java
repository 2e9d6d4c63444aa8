package io.github.bsckit.okr.plan;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.calendar.FiscalYearLabel;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.core.plan.ExpectedPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a scorecard's KPI targets into quarterly OKRs: every strategic objective becomes, in each fiscal quarter
 * where one of its KPIs has something to do, an OKR objective, and every such KPI one key result. Immutable and
 * thread-safe; configure one with {@link #builder()}.
 *
 * <pre>{@code
 * OkrPlan plan = OkrPlanner.builder().pacing(Pacing.frontLoaded()).build().plan(scorecard); // overrides each KPI's
 * plan.keyResult(KpiId.of("retention"), FiscalQuarter.parse("FY2026 Q2"));   // 87 -> 88.5 %
 * }</pre>
 *
 * <p><b>Horizon.</b> A KPI's key results run from the fiscal quarter of its baseline date to the quarter of its
 * target date. A baseline dated on the last day of a quarter (a closing value) starts the plan in the next
 * quarter. The quarters come from the builder's calendar, or else from the scorecard's
 * {@link Scorecard#fiscalYearStart() fiscal year start} labelled by {@link Builder#fiscalYearLabel}. A KPI
 * without target, or (unless it is RANGE, a floor, a ceiling or a milestone) without baseline, has no key results and is listed in
 * {@link OkrPlan#skipped()} with the reason. A partial first or last quarter weighs like a full one.
 *
 * <p><b>One plan.</b> Every key result steps along the KPI's {@linkplain ExpectedPath expected path} — the
 * path the default scoring method judges actuals against — so each quarter's target is the path's value at the
 * quarter's last day, computed exactly and rounded once, half up, at the KPI's precision (kept between the
 * milestones on either side), and the last quarter ends exactly on the target. The pacing is the builder's when
 * it sets one, else the KPI's own {@link Kpi#pacing()}, else linear.
 *
 * <p><b>LEVEL KPIs</b> (a state, such as a retention rate) step from baseline to target: without milestones the
 * level planned for the end of quarter i is {@code L_i = b + (t − b)·c_i}, with {@code c_i} the cumulative share
 * of the pacing. A dated milestone is met on its own date and splits the path: the pacing spreads each stretch
 * from one milestone to the next (a milestone in the middle of a quarter is not moved to the quarter's end; the
 * path goes on from it, so the quarter's level lies beyond it). A quarter whose level moves the good way is an
 * INCREASE or REDUCE key result; one that asks for no move is KEEP_AT_LEAST or KEEP_AT_MOST.
 *
 * <p><b>FLOW KPIs</b> (an amount that adds up, such as bookings): the target value is the total amount over the
 * whole horizon, from the baseline date to the target date, and a milestone value is the running total by its
 * date. The baseline value is the amount of the period before; the planner does not use it. The path is the
 * expected running total, from 0 at the baseline date: without milestones {@code A·c_i} at the end of quarter i.
 * Each quarter's part is the difference of the rounded running totals at its ends, so the running total of the
 * parts at every quarter's end is the path's, rounded, and the parts add up exactly to the total. Each part is
 * a DELIVER key result, or LIMIT when lower is better (a cost). A FLOW actual is the amount of the period ending on its date and counts for the quarter
 * its date falls in.
 *
 * <p><b>RANGE KPIs</b> become KEEP_BETWEEN key results with the KPI's band, over their own horizon when they have
 * a baseline and a target, and otherwise over every quarter of the plan, from the first to the last quarter
 * that has any other key result. One whose baseline lies outside its band first steps along its expected path,
 * as a LEVEL KPI does (REDUCE from above the band, INCREASE from below), and keeps the band from the first quarter
 * that closes inside it: days of stock planned from 50 into 20–30 by December read "Reduce … from 50 to 43.75"
 * in the first quarter, never "Keep … between 20 and 30" while 50 is the starting point.
 *
 * <p><b>Floors and ceilings</b> ({@link io.github.bsckit.core.model.TargetKind#AT_LEAST AT_LEAST},
 * {@link io.github.bsckit.core.model.TargetKind#AT_MOST AT_MOST} targets) are kept, never walked back to: every
 * quarter that starts on the right side of the line is a KEEP_AT_LEAST or KEEP_AT_MOST key result at the line
 * ("Keep Participation at or above 70%"), so a floor met at the baseline is kept in each quarter of its horizon;
 * one not met yet is first reached, as a LEVEL KPI reaches its target. Without a baseline, a floor or ceiling is
 * kept over every quarter of the plan, as a RANGE KPI is.
 *
 * <p><b>Ordinal KPIs</b> step along their scale in whole steps: the planned level is cut to the last whole step
 * the pacing has asked for in full, so one step over four quarters is planned in the fourth ("Raise Credit
 * rating from AA to AAA"). <b>Milestone KPIs</b> become one COMPLETE key result in the quarter they are due
 * ("Complete New ERP implementation by FY2026 Q3"), and none when the baseline says they are done.
 *
 * <p><b>Re-planning from actuals.</b> With {@link #plan(Scorecard, Actuals, LocalDate)}, each KPI is re-planned
 * from its latest actual on or before the as-of date (a LEVEL actual must be dated after the baseline). The
 * quarter the actual falls in, and those before, keep their key results: a quarter's OKRs are not rewritten
 * while it runs. The next quarter starts from the actual, and the remaining gap up to the next milestone (or the
 * target) is spread over the quarters in between by the same pacing: {@code L'_i = a + (m − a)·s_i}, with a the
 * actual, m the milestone or target and {@code s_i} the cumulative share of the pacing over those quarters. An
 * actual equal to the planned level (at the KPI's precision) is on plan and leaves the plan as it is. For a FLOW,
 * the shortfall (or excess) of the quarters the actuals cover completely is split by the pacing (largest
 * remainder) over the quarters after the latest actual's quarter, up to the next milestone, and added to their
 * planned parts: the running total still lands exactly on the milestone or target, and actuals equal to the
 * plan change nothing. When the actuals have already passed it, the remaining parts are zero.
 *
 * <p><b>Objectives</b> carry the strategic objective's name, owner, perspective, themes and weight, ordered
 * within a quarter by perspective (top first), then as declared. They are {@link Commitment#COMMITTED} unless
 * the builder says otherwise.
 */
public final class OkrPlanner {
  private final Pacing pacing;
  private final Map<KpiId, Pacing> pacingByKpi;
  private final FiscalCalendar calendar;
  private final FiscalYearLabel label;
  private final Commitment commitment;
  private final Map<ObjectiveId, Commitment> commitmentByObjective;

  private OkrPlanner(Builder b) {
    this.pacing = b.pacing;
    this.pacingByKpi = Map.copyOf(b.pacingByKpi);
    this.calendar = b.calendar;
    this.label = b.label;
    this.commitment = b.commitment;
    this.commitmentByObjective = Map.copyOf(b.commitmentByObjective);
  }

  /** {@return a planner with each KPI's own pacing, years labelled by their end, every objective committed} */
  public static OkrPlanner defaults() {
    return builder().build();
  }

  /** {@return a builder with the defaults: each KPI's own pacing, END_YEAR labels, every objective committed} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Plans every KPI from its baseline.
   *
   * @param scorecard the scorecard
   * @return the plan
   * @throws io.github.bsckit.core.ValidationException if a per-KPI pacing or per-objective commitment names a KPI
   *     or objective the scorecard does not have
   */
  public OkrPlan plan(Scorecard scorecard) {
    return planFrom(Objects.requireNonNull(scorecard, "scorecard"), null, null);
  }

  /**
   * Plans every KPI, re-planning from the latest actual on or before {@code asOf}.
   *
   * @param scorecard the scorecard
   * @param actuals the actuals
   * @param asOf the as-of date: later actuals are ignored
   * @return the plan
   * @throws io.github.bsckit.core.ValidationException if a per-KPI pacing or per-objective commitment names a KPI
   *     or objective the scorecard does not have
   */
  public OkrPlan plan(Scorecard scorecard, Actuals actuals, LocalDate asOf) {
    return planFrom(Objects.requireNonNull(scorecard, "scorecard"), Objects.requireNonNull(actuals, "actuals"),
        Objects.requireNonNull(asOf, "asOf"));
  }

  /** Plans from the baselines when {@code actuals} and {@code asOf} are null, else re-plans from the actuals. */
  private OkrPlan planFrom(Scorecard scorecard, Actuals actuals, LocalDate asOf) {
    checkNames(scorecard);
    FiscalCalendar cal = calendar != null ? calendar : FiscalCalendar.of(scorecard.fiscalYearStart(), label);
    KpiPlanner planner = new KpiPlanner(cal);
    List<Objective> all = scorecard.objectives();
    // Each KPI's key results by its position in the scorecard, objective after objective: the objectives are
    // grouped below by these positions, without a map keyed by KPI id (hashing 100,000 ids twice was a tenth of
    // the plan).
    int[] firstKpi = new int[all.size() + 1];
    for (int i = 0; i < all.size(); i++) {
      firstKpi[i + 1] = firstKpi[i] + all.get(i).kpis().size();
    }
    @SuppressWarnings("unchecked")
    List<KeyResult>[] byKpi = (List<KeyResult>[]) new List<?>[firstKpi[all.size()]];
    List<SkippedKpi> skipped = new ArrayList<>();
    List<Integer> rangesWithoutHorizon = new ArrayList<>();
    // Only the first and last quarters of all the key results matter: no set of 4 quarters per KPI.
    FiscalQuarter first = null;
    FiscalQuarter last = null;
    for (int i = 0; i < all.size(); i++) {
      Objective o = all.get(i);
      List<Kpi> kpis = o.kpis();
      for (int j = 0; j < kpis.size(); j++) {
        Kpi k = kpis.get(j);
        if (k.direction() == Direction.RANGE && (k.baseline().isEmpty() || k.target().isEmpty())
            || k.isOneSided() && k.baseline().isEmpty() && !k.scale().isMilestone()) {
          rangesWithoutHorizon.add(firstKpi[i] + j);
          continue;
        }
        KpiPlanner.Outcome outcome = planner.plan(k, pacingOf(k), actuals, asOf);
        if (outcome.skipReason() != null) {
          skipped.add(new SkippedKpi(k.id(), o.id(), outcome.skipReason()));
          continue;
        }
        List<KeyResult> krs = outcome.keyResults();
        byKpi[firstKpi[i] + j] = krs;
        // A KPI's key results come in quarter order: its first and last are its earliest and latest.
        FiscalQuarter earliest = krs.get(0).quarter();
        FiscalQuarter latest = krs.get(krs.size() - 1).quarter();
        first = first == null || earliest.compareTo(first) < 0 ? earliest : first;
        last = last == null || latest.compareTo(last) > 0 ? latest : last;
      }
    }
    for (int at : rangesWithoutHorizon) {
      int i = objectiveAt(firstKpi, at);
      Kpi k = all.get(i).kpis().get(at - firstKpi[i]);
      if (first == null) {
        skipped.add(new SkippedKpi(k.id(), all.get(i).id(),
            (k.isOneSided() ? "a floor or ceiling without a baseline" : "a RANGE KPI without baseline and target"
                + " dates") + " follows the quarters of the other key results, and there are none"));
      } else {
        List<FiscalQuarter> quarters = planner.through(first, last);
        byKpi[at] = k.isOneSided() ? planner.keepOneSided(k, quarters) : planner.keepBetween(k, quarters, false);
      }
    }
    List<OkrObjective> objectives = first == null ? List.of() : objectives(scorecard, firstKpi, byKpi, first, last);
    return OkrPlan.planned(cal, asOf, objectives, skipped);
  }

  /** The index of the objective holding the KPI at a position: the last i with {@code firstKpi[i] <= at}. */
  private static int objectiveAt(int[] firstKpi, int at) {
    int i = Arrays.binarySearch(firstKpi, at);
    if (i < 0) {
      return -i - 2;
    }
    while (i + 1 < firstKpi.length && firstKpi[i + 1] == at) {
      i++; // objectives without KPIs share their position with the next one
    }
    return i;
  }

  /** The builder's pacing for this KPI, else the builder's for every KPI, else the KPI's own, else linear. */
  private Pacing pacingOf(Kpi k) {
    Pacing p = pacingByKpi.isEmpty() ? null : pacingByKpi.get(k.id());
    if (p != null) {
      return p;
    }
    return pacing != null ? pacing : k.pacing().orElse(Pacing.linear());
  }

  /**
   * Groups the key results into one OKR objective per strategic objective and quarter: quarters in order, and
   * within a quarter the objectives in the scorecard's perspective order, then as declared. Each objective is
   * found by its position in the scorecard, and its KPIs' key results are merged by quarter, KPI order kept
   * within a quarter: what one stable sort of them all by quarter gives, as {@link KpiPlanner} gives each KPI's
   * key results in quarter order.
   */
  private List<OkrObjective> objectives(Scorecard scorecard, int[] firstKpi, List<KeyResult>[] byKpi,
      FiscalQuarter first, FiscalQuarter last) {
    List<Objective> all = scorecard.objectives();
    List<Perspective> perspectives = scorecard.perspectives();
    Map<PerspectiveId, Integer> rank = new HashMap<>();
    for (int p = 0; p < perspectives.size(); p++) {
      rank.putIfAbsent(perspectives.get(p).id(), p);
    }
    // The objectives' positions by perspective, top first, each perspective's in scorecard order.
    int[] count = new int[perspectives.size() + 1];
    int[] rankOf = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Integer r = rank.get(all.get(i).perspective());
      rankOf[i] = r == null ? -1 : r;
      if (r != null) {
        count[r + 1]++;
      }
    }
    for (int p = 0; p < perspectives.size(); p++) {
      count[p + 1] += count[p];
    }
    int[] order = new int[count[perspectives.size()]];
    for (int i = 0; i < all.size(); i++) {
      if (rankOf[i] >= 0) {
        order[count[rankOf[i]]++] = i;
      }
    }
    // By quarter, counted from the plan's first: every key result lies between its first and last quarter.
    @SuppressWarnings("unchecked")
    List<OkrObjective>[] byQuarter = (List<OkrObjective>[]) new List<?>[Math.toIntExact(first.until(last) + 1)];
    List<KeyResult> mine = new ArrayList<>();
    int[] cursor = new int[0];
    int total = 0;
    for (int i : order) {
      Objective o = all.get(i);
      int from = firstKpi[i];
      int kpis = firstKpi[i + 1] - from;
      if (cursor.length < kpis) {
        cursor = new int[kpis];
      }
      Arrays.fill(cursor, 0, kpis, 0);
      Commitment c = commitmentByObjective.isEmpty() ? commitment : commitmentByObjective.getOrDefault(o.id(), commitment);
      while (true) {
        FiscalQuarter q = null;
        for (int j = 0; j < kpis; j++) {
          List<KeyResult> krs = byKpi[from + j];
          if (krs != null && cursor[j] < krs.size()) {
            FiscalQuarter next = krs.get(cursor[j]).quarter();
            q = q == null || next.compareTo(q) < 0 ? next : q;
          }
        }
        if (q == null) {
          break;
        }
        mine.clear();
        for (int j = 0; j < kpis; j++) {
          List<KeyResult> krs = byKpi[from + j];
          while (krs != null && cursor[j] < krs.size() && same(krs.get(cursor[j]).quarter(), q)) {
            mine.add(krs.get(cursor[j]++));
          }
        }
        // One or two key results (most objectives): an immutable list made at once, which the record keeps.
        List<KeyResult> krs = mine.size() == 1 ? List.of(mine.get(0))
            : mine.size() == 2 ? List.of(mine.get(0), mine.get(1)) : mine;
        OkrObjective objective = new OkrObjective(o.id(), q, o.name(), o.owner(), o.perspective(), o.themes(),
            o.weight(), c, krs);
        int at = Math.toIntExact(first.until(q));
        if (byQuarter[at] == null) {
          byQuarter[at] = new ArrayList<>();
        }
        byQuarter[at].add(objective);
        total++;
      }
    }
    List<OkrObjective> out = new ArrayList<>(total);
    for (List<OkrObjective> inQuarter : byQuarter) {
      if (inQuarter != null) {
        out.addAll(inQuarter);
      }
    }
    return out;
  }

  /** Equal quarters, most often the same instance: a plan's quarters come from one memo. */
  static boolean same(FiscalQuarter a, FiscalQuarter b) {
    return a == b || a.equals(b);
  }

  private void checkNames(Scorecard scorecard) {
    Checks c = new Checks();
    pacingByKpi.keySet().stream().sorted().forEach(k -> c.check(scorecard.kpi(k).isPresent(),
        "pacing." + k, "names no KPI of scorecard \"" + scorecard.name() + "\": " + k));
    commitmentByObjective.keySet().stream().sorted().forEach(o -> c.check(scorecard.objective(o).isPresent(),
        "commitment." + o, "names no objective of scorecard \"" + scorecard.name() + "\": " + o));
    c.throwIfAny();
  }

  /** {@return for example {@code OkrPlanner[pacing=linear, label=END_YEAR, commitment=COMMITTED]}} */
  @Override
  public String toString() {
    return "OkrPlanner[pacing=" + (pacing == null ? "each KPI's own" : pacing) + (pacingByKpi.isEmpty() ? "" : " " + pacingByKpi)
        + (calendar == null ? ", label=" + label : ", calendar=" + calendar) + ", commitment=" + commitment
        + (commitmentByObjective.isEmpty() ? "" : " " + commitmentByObjective) + "]";
  }

  /** Configures an {@link OkrPlanner}. Setters return this builder. Not thread-safe. */
  public static final class Builder {
    private Pacing pacing;
    private final Map<KpiId, Pacing> pacingByKpi = new HashMap<>();
    private FiscalCalendar calendar;
    private FiscalYearLabel label = FiscalYearLabel.END_YEAR;
    private Commitment commitment = Commitment.COMMITTED;
    private final Map<ObjectiveId, Commitment> commitmentByObjective = new HashMap<>();

    private Builder() {}

    /**
     * {@return this builder}
     *
     * @param pacing the pacing of every KPI, overriding the KPI's own {@link Kpi#pacing()} (as {@code bsc okr
     *     --pacing} does); without it each KPI is paced by its own pacing, or linearly when it has none
     */
    public Builder pacing(Pacing pacing) {
      this.pacing = Objects.requireNonNull(pacing, "pacing");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param kpi the KPI's id
     * @param pacing the pacing of that KPI, overriding both its own and the builder's pacing for every KPI
     */
    public Builder pacing(KpiId kpi, Pacing pacing) {
      pacingByKpi.put(Objects.requireNonNull(kpi, "kpi"), Objects.requireNonNull(pacing, "pacing"));
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param kpi the KPI's id
     * @param pacing the pacing of that KPI
     */
    public Builder pacing(String kpi, Pacing pacing) {
      return pacing(KpiId.of(Objects.requireNonNull(kpi, "kpi")), pacing);
    }

    /**
     * Sets the calendar, overriding the scorecard's fiscal year start.
     *
     * @param calendar the fiscal calendar
     * @return this builder
     */
    public Builder calendar(FiscalCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Sets how fiscal years are labelled when the calendar comes from the scorecard's fiscal year start.
     *
     * @param label the label convention; default END_YEAR
     * @return this builder
     */
    public Builder fiscalYearLabel(FiscalYearLabel label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param commitment the commitment of every objective without one of its own; default COMMITTED
     */
    public Builder commitment(Commitment commitment) {
      this.commitment = Objects.requireNonNull(commitment, "commitment");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param objective the objective's id
     * @param commitment that objective's commitment
     */
    public Builder commitment(ObjectiveId objective, Commitment commitment) {
      commitmentByObjective.put(Objects.requireNonNull(objective, "objective"),
          Objects.requireNonNull(commitment, "commitment"));
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param objective the objective's id
     * @param commitment that objective's commitment
     */
    public Builder commitment(String objective, Commitment commitment) {
      return commitment(ObjectiveId.of(Objects.requireNonNull(objective, "objective")), commitment);
    }

    /** {@return the planner} */
    public OkrPlanner build() {
      return new OkrPlanner(this);
    }
  }
}
