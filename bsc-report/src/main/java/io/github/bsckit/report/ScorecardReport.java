package io.github.bsckit.report;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.period.CalculatedKpis;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.graph.rules.StrategyMapRules;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The review pack of a scorecard: one self-contained HTML page to hand out before a strategy review. Immutable
 * and thread-safe; made by {@link #builder(Scorecard)}, which does all the work (scoring at the as-of date and at
 * the previous period's end, validation, the OKR plan and its grades) once.
 *
 * <pre>{@code
 * String html = ScorecardReport.builder(scorecard).actuals(actuals).asOf(LocalDate.parse("2026-09-30"))
 *     .build().html();
 * Files.writeString(Path.of("report.html"), html, StandardCharsets.UTF_8);
 * }</pre>
 *
 * <p>The page holds, in order: the title with vision, mission and as-of date; the strategy map coloured by status;
 * a summary (overall score, coverage, counts by status, objectives that improved or worsened since the previous
 * period); per perspective and objective, each KPI's actual, target, expected value to date, score, status and
 * trend sparkline; the initiatives; this and next fiscal quarter's key results with grades; the validation
 * findings grouped by rule; then any {@linkplain Builder#section further sections}. A section with nothing to
 * show (no initiatives, no key results, no findings) says so in one line; further sections are simply absent
 * unless given.
 *
 * <p>The HTML needs no script and requests nothing from any network: styles and pictures (SVG) are inline. It
 * prints one major section per page, folds its tables into cards on narrow screens, and shows every status as a
 * word beside its colour. Every text from the scorecard, the actuals or a further section is escaped, so a name
 * holding {@code <script>} is shown, never run; right-to-left names are isolated so they do not reorder the text
 * around them. The output is deterministic: the same inputs give the same bytes.
 */
public final class ScorecardReport {
  private final Scorecard scorecard;
  private final Actuals actuals;
  private final LocalDate asOf;
  private final LocalDate previous;
  private final ScoreReport score;
  private final ScoreReport previousScore;
  private final ValidationReport findings;
  private final OkrPlan plan;
  private final FiscalQuarter quarter;
  private final List<ReportSection> sections;
  private final String html;
  private final Actuals derived;

  private ScorecardReport(Builder b) {
    this.scorecard = b.scorecard;
    this.actuals = b.actuals;
    this.asOf = b.asOf;
    this.plan = b.planner.plan(scorecard);
    FiscalCalendar calendar = plan.calendar();
    this.quarter = calendar.quarterOf(asOf);
    this.previous = b.previous != null ? b.previous : calendar.firstDayOf(quarter).minusDays(1);
    this.derived = CalculatedKpis.derive(scorecard, actuals, asOf);
    this.score = b.scorer.score(scorecard, actuals, asOf);
    this.previousScore = b.scorer.score(scorecard, actuals, previous);
    this.findings = b.rules.validate(scorecard);
    this.sections = List.copyOf(b.sections);
    this.html = new ReportWriter(this).write();
  }

  /**
   * {@return a builder of the report of a scorecard, with no actuals and the core and strategy-map rules}
   *
   * @param scorecard the scorecard to report on
   */
  public static Builder builder(Scorecard scorecard) {
    return new Builder(Objects.requireNonNull(scorecard, "scorecard"));
  }

  /** {@return the whole page, UTF-8 declared; write it as UTF-8} */
  public String html() {
    return html;
  }

  /** {@return the scorecard reported on} */
  public Scorecard scorecard() {
    return scorecard;
  }

  /** {@return the actuals scored} */
  public Actuals actuals() {
    return actuals;
  }

  /**
   * {@return the actuals with calculated KPIs' values computed from their inputs' on or before the as-of date,
   * as scoring computes them: what key results are graded on and sparklines drawn from}
   */
  Actuals derivedActuals() {
    return derived;
  }

  /** {@return the as-of date} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * {@return the end of the previous period, which "improved" and "worsened" compare against: by default the
   * last day of the fiscal quarter before the as-of date's}
   */
  public LocalDate previous() {
    return previous;
  }

  /** {@return the scores at the as-of date} */
  public ScoreReport score() {
    return score;
  }

  /** {@return the scores at the end of the previous period} */
  public ScoreReport previousScore() {
    return previousScore;
  }

  /** {@return the validation findings} */
  public ValidationReport findings() {
    return findings;
  }

  /** {@return the OKR plan whose key results the report shows} */
  public OkrPlan plan() {
    return plan;
  }

  /** {@return the fiscal quarter holding the as-of date; the report shows its key results and the next's} */
  public FiscalQuarter quarter() {
    return quarter;
  }

  /** {@return the further sections, in the order given} */
  public List<ReportSection> sections() {
    return sections;
  }

  /** {@return for example {@code ScorecardReport[Acme Retail as of 2026-09-30, 48213 characters]}} */
  @Override
  public String toString() {
    return "ScorecardReport[" + scorecard.name() + " as of " + asOf + ", " + html.length() + " characters]";
  }

  /** Collects what a report needs; the only mutable part. Not thread-safe. */
  public static final class Builder {
    private final Scorecard scorecard;
    private Actuals actuals = Actuals.empty();
    private LocalDate asOf;
    private LocalDate previous;
    private Scorer scorer = Scorer.defaults();
    private RuleSet rules = RuleSet.core().and(StrategyMapRules.all());
    private OkrPlanner planner = OkrPlanner.defaults();
    private final List<ReportSection> sections = new ArrayList<>();

    private Builder(Scorecard scorecard) {
      this.scorecard = scorecard;
    }

    /**
     * Sets the actuals to score (default: none, and every KPI shows no data).
     *
     * @param actuals the actuals
     * @return this builder
     */
    public Builder actuals(Actuals actuals) {
      this.actuals = Objects.requireNonNull(actuals, "actuals");
      return this;
    }

    /**
     * Sets the as-of date; required.
     *
     * @param asOf the date the report speaks of
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the end of the previous period to compare with (default: the last day of the fiscal quarter before
     * the as-of date's).
     *
     * @param previous a date before the as-of date
     * @return this builder
     */
    public Builder previous(LocalDate previous) {
      this.previous = Objects.requireNonNull(previous, "previous");
      return this;
    }

    /**
     * Sets the scorer (default: {@link Scorer#defaults()}).
     *
     * @param scorer the scorer
     * @return this builder
     */
    public Builder scorer(Scorer scorer) {
      this.scorer = Objects.requireNonNull(scorer, "scorer");
      return this;
    }

    /**
     * Sets the rules whose findings the report lists (default: bsc-core's and the strategy map's).
     *
     * @param rules the rule set
     * @return this builder
     */
    public Builder rules(RuleSet rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * Sets the planner of the key results (default: {@link OkrPlanner#defaults()}).
     *
     * @param planner the planner
     * @return this builder
     */
    public Builder planner(OkrPlanner planner) {
      this.planner = Objects.requireNonNull(planner, "planner");
      return this;
    }

    /**
     * Adds a further section after the validation findings (link evidence, forecasts, anything else).
     *
     * @param section the section
     * @return this builder
     */
    public Builder section(ReportSection section) {
      sections.add(Objects.requireNonNull(section, "section"));
      return this;
    }

    /**
     * Scores, validates, plans and writes the report.
     *
     * @return the report
     * @throws io.github.bsckit.core.ValidationException if no as-of date was set, the previous period does not end
     *     before it, or the scorecard cannot be scored as set up
     */
    public ScorecardReport build() {
      if (asOf == null) {
        throw io.github.bsckit.core.internal.Checks.invalid("asOf", "must be set but was not");
      }
      if (previous != null && !previous.isBefore(asOf)) {
        throw io.github.bsckit.core.internal.Checks.invalid("previous",
            "must be before the as-of date " + asOf + " but was " + previous);
      }
      return new ScorecardReport(this);
    }
  }

  /** For the writer: the OKR plan's calendar. */
  FiscalCalendar calendar() {
    return plan.calendar();
  }

  /** For the writer: the scorecard's objective count, for sizing the buffer. */
  int size() {
    return scorecard.objectives().size();
  }
}
