package io.github.bsckit.cli;

import io.github.bsckit.analytics.forecast.Forecast;
import io.github.bsckit.analytics.forecast.ForecastMethod;
import io.github.bsckit.analytics.forecast.Forecaster;
import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.cli.support.Json;
import io.github.bsckit.cli.support.Table;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.internal.text.KpiText;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.period.CalculatedKpis;
import io.github.bsckit.core.period.Explanation;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.scoring.ScoreHistory;
import io.github.bsckit.core.portfolio.PortfolioReport;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bsc score FILE [--actuals CSV] [--as-of DATE] [--by PERIOD [--from DATE]] [--explain KPI]
 * [--forecast [--method M]]}: the score report, from KPIs up to the scorecard; with {@code --by}, its history as a
 * node × period table; with {@code --explain}, how a calculated KPI's values were computed; with
 * {@code --forecast}, each KPI's forecast at its target date beside it.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score a scorecard against its actuals as of a date.")
final class ScoreCommand extends DocumentCommand {

  @Mixin
  private ActualsOptions scoring;

  @Option(names = "--by", paramLabel = "PERIOD", description = "Score at every period end instead: month, quarter,"
      + " half-year, fiscal-year, week or day (quarters and years are the scorecard's fiscal ones).")
  private String by;

  @Option(names = "--from", paramLabel = "DATE", description = "With --by: the first period holds this ISO date"
      + " (default: a year before the as-of date).")
  private LocalDate from;

  @Option(names = "--forecast", description = "Add each KPI's forecast at its target date, from the actuals up to"
      + " the as-of date: the value, on pace or will miss by how much, and the probability of reaching the target.")
  private boolean forecast;

  @Option(names = "--method", paramLabel = "METHOD", converter = ForecastCommand.MethodConverter.class,
      description = "With --forecast: linear (an OLS line, the default) or damped (damped-trend smoothing).")
  private ForecastMethod method;

  @Option(names = "--explain", paramLabel = "KPI", description = "Explain each value of a calculated KPI up to the"
      + " as-of date: its formula, and each input with its value, period and actuals.")
  private String explain;

  @Override
  public Integer call() {
    if (from != null && by == null) {
      throw new CliException(ExitCode.USAGE, "bsc score: --from needs --by");
    }
    if (explain != null && by != null) {
      throw new CliException(ExitCode.USAGE, "bsc score: --explain and --by cannot be combined");
    }
    if (method != null && !forecast) {
      throw new CliException(ExitCode.USAGE, "bsc score: --method needs --forecast");
    }
    if (forecast && (by != null || explain != null || Inputs.isPortfolio(file))) {
      throw new CliException(ExitCode.USAGE, "bsc score: --forecast goes with a scorecard's score report, not with"
          + " --by, --explain or a portfolio");
    }
    if (Inputs.isPortfolio(file)) {
      if (by != null || explain != null) {
        throw new CliException(ExitCode.USAGE, "bsc score: --by and --explain take a scorecard, not a portfolio");
      }
      PortfolioCommands.noCsv(scoring.actuals);
      PortfolioReport portfolio = PortfolioCommands.score(PortfolioCommands.read(file), scoring.asOf());
      print(portfolio::toJson, () -> PortfolioCommands.scores(portfolio, terminalWidth(System.getenv("COLUMNS"))));
      return ExitCode.OK;
    }
    PeriodUnit unit = by == null ? null : unit(by);
    ScorecardDocument doc = scoring.read(file, err());
    LocalDate asOf = scoring.asOf();
    if (explain != null) {
      List<Explanation> explained = explain(doc, explain, asOf);
      print(() -> Explanation.toJson(explained), () -> explained.isEmpty() ? "no input of " + explain
          + " has an actual on or before " + asOf + "\n" : explained.stream().map(Explanation::toString)
          .collect(Collectors.joining("\n")) + "\n");
      return ExitCode.OK;
    }
    if (unit != null) {
      LocalDate start = from != null ? from : asOf.minusYears(1).plusDays(1);
      if (start.isAfter(asOf)) {
        throw new CliException(ExitCode.USAGE, "bsc score: --from " + start + " is after the as-of date " + asOf);
      }
      ScoreHistory history = history(doc, start, asOf, unit);
      print(history::toJson, () -> history + "\n");
      return ExitCode.OK;
    }
    ScoreReport report = score(doc, asOf);
    int width = terminalWidth(System.getenv("COLUMNS"));
    if (!forecast) {
      print(report::toJson, () -> human(report, doc.scorecard(), width));
      return ExitCode.OK;
    }
    // The join of a score report and forecasts lives here, not in bsc-core (which knows no statistics) nor as a
    // bsc-analytics type (the text and JSON being joined are this command's and bsc-core's formats).
    List<Forecast> forecasts = Forecaster.defaults().withMethod(method == null ? ForecastMethod.LINEAR : method)
        .forecast(doc.scorecard(), ReportAnalytics.upTo(doc.actuals(), asOf));
    Map<ElementId, Forecast> byKpi = new HashMap<>();
    forecasts.forEach(f -> byKpi.put(f.kpi(), f));
    print(() -> {
      ObjectNode json = (ObjectNode) Json.parse(report.toJson());
      json.set("forecast", Json.parse(ForecastCommand.json(forecasts)));
      return Json.write(json).stripTrailing();
    }, () -> human(report, doc.scorecard(), width, byKpi));
    return ExitCode.OK;
  }

  /** {@return the period unit named by its key} */
  private static PeriodUnit unit(String key) {
    for (PeriodUnit u : PeriodUnit.values()) {
      if (u.key().equals(key)) {
        return u;
      }
    }
    throw new CliException(ExitCode.USAGE, "bsc score: --by must be one of month, quarter, half-year, fiscal-year,"
        + " week, day but was " + key);
  }

  private static ScoreHistory history(ScorecardDocument doc, LocalDate from, LocalDate to, PeriodUnit unit) {
    try {
      return Scorer.defaults().history(doc.scorecard(), doc.actuals(), from, to, unit);
    } catch (ValidationException e) {
      throw new CliException(ExitCode.ERRORS, e.problems().stream().map(Object::toString)
          .collect(Collectors.joining("\n")));
    }
  }

  private static List<Explanation> explain(ScorecardDocument doc, String kpi, LocalDate asOf) {
    KpiId id;
    try {
      id = KpiId.of(kpi);
    } catch (ValidationException e) {
      throw new CliException(ExitCode.USAGE, "bsc score: --explain " + e.problems().get(0).message());
    }
    try {
      return CalculatedKpis.explain(doc.scorecard(), doc.actuals(), id, asOf);
    } catch (ValidationException e) {
      // The message names the KPI: "must name a calculated KPI (one with a formula) but was credit-rating".
      throw new CliException(ExitCode.USAGE, "bsc score: --explain " + e.problems().get(0).message());
    }
  }

  /** Scores a document; a scoring set-up the scorecard cannot satisfy is an error in the scorecard. */
  static ScoreReport score(ScorecardDocument doc, LocalDate asOf) {
    try {
      return Scorer.defaults().score(doc.scorecard(), doc.actuals(), asOf);
    } catch (ValidationException e) {
      throw new CliException(ExitCode.ERRORS, e.problems().stream().map(Object::toString)
          .collect(Collectors.joining("\n")));
    }
  }

  /** The width assumed when the terminal's is unknown. */
  static final int DEFAULT_WIDTH = 100;

  /**
   * {@return the terminal's width from the {@code COLUMNS} variable shells set, or {@value #DEFAULT_WIDTH} when
   * it is unset or not a number of at least 40}
   *
   * @param columns the variable's value, or null
   */
  static int terminalWidth(String columns) {
    try {
      int n = columns == null ? 0 : Integer.parseInt(columns.trim());
      return n >= 40 ? n : DEFAULT_WIDTH;
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  /**
   * {@return the tree as an aligned table (scorecard, perspectives, objectives, KPIs), names cut with "…" so that
   * lines fit {@code width} characters, an ordinal or milestone KPI's actual written as its level; {@code --json}
   * keeps the full names; then the data-quality findings, like ones grouped into one line, when there are any}
   *
   * @param report the report
   * @param scorecard the scorecard scored, for its KPIs' scales
   * @param width the terminal's width
   */
  static String human(ScoreReport report, Scorecard scorecard, int width) {
    return human(report, scorecard, width, Map.of());
  }

  /**
   * {@return the report as text, each KPI's row ending in its forecast when one is given}
   *
   * @param report the report
   * @param scorecard its scorecard
   * @param width the terminal's width
   * @param forecasts forecasts by KPI id, none for a plain report
   */
  static String human(ScoreReport report, Scorecard scorecard, int width, Map<ElementId, Forecast> forecasts) {
    Map<ElementId, Kpi> kpis = new HashMap<>();
    scorecard.kpis().forEach(k -> kpis.put(k.id(), k));
    Table table = new Table();
    ScoreNode top = report.scorecard();
    table.row(top.name() + " as of " + report.asOf(), percent(top), top.status().key(), coverage(top));
    for (ScoreNode p : top.children()) {
      table.row("  " + p.name(), percent(p), p.status().key(), coverage(p));
      for (ScoreNode o : p.children()) {
        table.row("    " + id(o) + " " + o.name(), percent(o), o.status().key(), coverage(o));
        for (ScoreNode k : o.children()) {
          Kpi kpi = k.id().map(kpis::get).orElse(null);
          String actual = k.actual().map(v -> actual(v, kpi, report.asOf())).orElse(k.note().orElse(""));
          Forecast f = k.id().map(forecasts::get).orElse(null);
          if (f == null || kpi == null) {
            table.row("      " + id(k) + " " + k.name(), percent(k), k.status().key(), actual);
          } else {
            table.row("      " + id(k) + " " + k.name(), percent(k), k.status().key(), actual,
                ForecastCommand.cell(f, kpi));
          }
        }
      }
    }
    StringBuilder out = new StringBuilder(table.fitted(width));
    if (!report.dataQuality().violations().isEmpty()) {
      out.append("Data quality as of ").append(report.asOf()).append(":\n");
      // Like findings read as one line naming every KPI (fourteen stale KPIs are one finding); JSON keeps each.
      report.dataQuality().grouped().forEach(g -> out.append("  ").append(g.severity().key()).append(' ')
          .append(g.ruleId()).append(": ").append(g.message()).append('\n'));
    }
    return out.toString();
  }

  private static String id(ScoreNode node) {
    return node.id().map(Object::toString).orElse("");
  }

  private static String percent(ScoreNode node) {
    return node.score().isPresent() ? Numbers.percent(node.score().getAsDouble()) : "-";
  }

  private static String coverage(ScoreNode node) {
    return node.coverage() < 1 ? "coverage " + Numbers.share(node.coverage()) : "";
  }

  /**
   * The actual as the KPI's scale writes it, a number at the KPI's decimals with its unit; a milestone not done
   * before its due date reads as not yet due, which is what its plan expects.
   */
  private static String actual(DatedValue v, Kpi kpi, LocalDate asOf) {
    Scale scale = kpi == null ? Scale.numbers() : kpi.scale();
    if (scale.isMilestone() && v.value() == 0 && kpi.target().isPresent()
        && asOf.isBefore(kpi.target().get().date())) {
      return "not yet due (done by " + kpi.target().get().date() + ")";
    }
    String value = kpi == null ? Numbers.plain(v.value()) : KpiText.value(kpi, v.value());
    return "actual " + value + " @ " + v.date();
  }
}
