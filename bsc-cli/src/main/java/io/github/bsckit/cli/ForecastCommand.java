package io.github.bsckit.cli;

import io.github.bsckit.analytics.forecast.Forecast;
import io.github.bsckit.analytics.forecast.ForecastMethod;
import io.github.bsckit.analytics.forecast.Forecaster;
import io.github.bsckit.analytics.forecast.Pace;
import io.github.bsckit.analytics.stats.DampedTrend;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.cli.support.Json;
import io.github.bsckit.cli.support.Table;
import io.github.bsckit.core.internal.text.KpiText;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bsc forecast FILE [--actuals CSV] [--method linear|damped]}: each KPI's trend at its target date, with an
 * 80% prediction interval, the probability of reaching the target, and on pace or "will miss by X".
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = "Forecast each KPI at its target date from the trend of its actuals (80%% prediction interval).")
final class ForecastCommand extends DocumentCommand {
  @Option(names = "--actuals", paramLabel = "CSV", description = "Actuals as kpi,date,value (added to the document's "
      + "own; where both date a value for a KPI, the file's wins, with a warning).")
  private Path actuals;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "linear", converter = MethodConverter.class,
      description = "linear (an OLS line through the actuals) or damped (damped-trend smoothing of the KPI's"
          + " periods, parameters estimated by least one-step SSE) (default: ${DEFAULT-VALUE}).")
  private ForecastMethod method;

  @Override
  public Integer call() {
    ScorecardDocument doc = Inputs.document(file, actuals, err());
    List<Forecast> forecasts = Forecaster.defaults().withMethod(method).forecast(doc.scorecard(), doc.actuals());
    print(() -> json(forecasts), () -> human(doc.scorecard(), forecasts));
    return ExitCode.OK;
  }

  /** Reads {@code --method} by its key, {@code linear} or {@code damped}. */
  static final class MethodConverter implements ITypeConverter<ForecastMethod> {
    @Override
    public ForecastMethod convert(String value) {
      for (ForecastMethod m : ForecastMethod.values()) {
        if (m.key().equals(value)) {
          return m;
        }
      }
      throw new TypeConversionException("must be linear or damped but was " + value);
    }
  }

  /** {@return one line per KPI} */
  static String human(Scorecard scorecard, List<Forecast> forecasts) {
    Table t = new Table();
    t.row("KPI", "PACE", "AT TARGET DATE", "80% INTERVAL", "TARGET", "P(REACH)", "ACTUALS");
    for (Forecast f : forecasts) {
      Kpi kpi = scorecard.kpi(f.kpi()).orElseThrow();
      boolean has = f.pace() == Pace.ON_PACE || f.pace() == Pace.WILL_MISS;
      String pace = pace(f, kpi);
      t.row(f.kpi().value(), pace, has ? KpiText.value(kpi, f.predicted()) + " @ " + f.target().get().date() : "-",
          has ? "[" + KpiText.value(kpi, f.low()) + ", " + KpiText.value(kpi, f.high()) + "]" : "-",
          f.target().map(v -> KpiText.value(kpi, v.value())).orElse("-"),
          has ? String.format(Locale.ROOT, "%.0f%%", 100 * f.probability()) : "-", Integer.toString(f.points()));
    }
    boolean damped = !forecasts.isEmpty() && forecasts.get(0).method() == ForecastMethod.DAMPED;
    return t + (damped ? "A damped trend: recent periods weigh more and the trend fades; parameters fitted per KPI.\n"
        : "A straight-line trend: it says where the KPI goes if nothing changes course.\n");
  }

  private static String pace(Forecast f, Kpi kpi) {
    return switch (f.pace()) {
      case ON_PACE -> "on pace";
      case WILL_MISS -> "will miss by " + KpiText.value(kpi, f.shortfall());
      case NO_TARGET -> "no target";
      case INSUFFICIENT_DATA -> "too few actuals";
    };
  }

  /**
   * {@return a forecast in one cell of the score report: {@code forecast 90.4% @ 2026-12-31, will miss by 0.6%,
   * P(reach) 31%}, or only the pace when there is no forecast}
   */
  static String cell(Forecast f, Kpi kpi) {
    if (f.pace() != Pace.ON_PACE && f.pace() != Pace.WILL_MISS) {
      return "forecast: " + pace(f, kpi);
    }
    return "forecast " + KpiText.value(kpi, f.predicted()) + " @ " + f.target().get().date() + ", " + pace(f, kpi)
        + String.format(Locale.ROOT, ", P(reach) %.0f%%", 100 * f.probability());
  }

  /** {@return the forecasts as JSON, the shape README documents} */
  static String json(List<Forecast> forecasts) {
    ObjectNode o = Json.object();
    ArrayNode list = o.putArray("forecasts");
    for (Forecast f : forecasts) {
      ObjectNode x = list.addObject();
      x.put("kpi", f.kpi().value());
      x.put("method", f.method().key());
      x.put("pace", f.pace().key());
      x.put("points", f.points());
      number(x, "slopePerDay", f.trend().slope());
      number(x, "alpha", f.damped().map(DampedTrend::alpha).orElse(Double.NaN));
      number(x, "beta", f.damped().map(DampedTrend::beta).orElse(Double.NaN));
      number(x, "phi", f.damped().map(DampedTrend::phi).orElse(Double.NaN));
      x.put("targetDate", f.target().map(v -> v.date().toString()).orElse(null));
      number(x, "target", f.target().map(v -> v.value()).orElse(Double.NaN));
      number(x, "predicted", f.predicted());
      number(x, "low", f.low());
      number(x, "high", f.high());
      x.put("level", f.level());
      number(x, "probability", f.probability());
      number(x, "shortfall", f.shortfall());
    }
    return Json.write(o).stripTrailing();
  }

  private static void number(ObjectNode o, String name, double value) {
    if (Double.isNaN(value)) {
      o.putNull(name);
    } else {
      o.put(name, value);
    }
  }
}
