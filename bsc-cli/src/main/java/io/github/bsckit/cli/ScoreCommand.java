package io.github.bsckit.cli;

import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.cli.support.Table;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.portfolio.PortfolioReport;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bsc score FILE [--actuals CSV] [--as-of DATE]}: the score report, from KPIs up to the scorecard. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score a scorecard against its actuals as of a date.")
final class ScoreCommand extends DocumentCommand {

  @Mixin
  private ActualsOptions scoring;

  @Override
  public Integer call() {
    if (Inputs.isPortfolio(file)) {
      PortfolioCommands.noCsv(scoring.actuals);
      PortfolioReport portfolio = PortfolioCommands.score(PortfolioCommands.read(file), scoring.asOf());
      print(portfolio::toJson, () -> PortfolioCommands.scores(portfolio, terminalWidth(System.getenv("COLUMNS"))));
      return ExitCode.OK;
    }
    ScorecardDocument doc = scoring.read(file);
    ScoreReport report = score(doc, scoring.asOf());
    print(report::toJson, () -> human(report, doc.scorecard(), terminalWidth(System.getenv("COLUMNS"))));
    return ExitCode.OK;
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
   * keeps the full names}
   *
   * @param report the report
   * @param scorecard the scorecard scored, for its KPIs' scales
   * @param width the terminal's width
   */
  static String human(ScoreReport report, Scorecard scorecard, int width) {
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
          table.row("      " + id(k) + " " + k.name(), percent(k), k.status().key(),
              k.actual().map(v -> actual(v, kpi, report.asOf())).orElse(k.note().orElse("")));
        }
      }
    }
    return table.fitted(width);
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
   * The actual as the KPI's scale writes it; a milestone not done before its due date reads as not yet due,
   * which is what its plan expects.
   */
  private static String actual(DatedValue v, Kpi kpi, LocalDate asOf) {
    Scale scale = kpi == null ? Scale.numbers() : kpi.scale();
    if (scale.isMilestone() && v.value() == 0 && kpi.target().isPresent()
        && asOf.isBefore(kpi.target().get().date())) {
      return "not yet due (done by " + kpi.target().get().date() + ")";
    }
    return "actual " + (scale.isNumbers() || !scale.holds(v.value()) ? Numbers.plain(v.value())
        : scale.format(v.value())) + " @ " + v.date();
  }
}
