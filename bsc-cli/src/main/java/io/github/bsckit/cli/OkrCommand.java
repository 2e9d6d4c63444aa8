package io.github.bsckit.cli;

import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.okr.calendar.FiscalQuarter;
import io.github.bsckit.okr.pacing.Pacing;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrObjective;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import io.github.bsckit.okr.wording.KeyResultWording;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code bsc okr FILE [--year FY] [--pacing …]}: quarterly key results derived from the KPIs' targets. */
@Command(name = "okr", mixinStandardHelpOptions = true,
    description = "Turn the scorecard's targets into quarterly OKRs.")
final class OkrCommand extends DocumentCommand {
  static final KeyResultWording WORDS = KeyResultWording.of(Locale.US);

  @Option(names = "--year", paramLabel = "FY", description = "Only this fiscal year, as FY2026 or 2026.",
      converter = FiscalYearConverter.class)
  private Integer year;

  @Option(names = "--pacing", paramLabel = "PACING", defaultValue = "linear", converter = PacingConverter.class,
      description = "linear, front, back or seasonal:w1,w2,w3,w4 (default: ${DEFAULT-VALUE}).")
  private Pacing pacing;

  @Override
  public Integer call() {
    Scorecard scorecard = Inputs.document(file).scorecard();
    OkrPlan plan = OkrPlanner.builder().pacing(pacing).build().plan(scorecard);
    if (year != null) {
      plan = plan.inFiscalYear(year);
      if (plan.quarters().isEmpty()) {
        throw new CliException(ExitCode.USAGE, "bsc okr: the plan has no quarter in FY" + year);
      }
    }
    OkrPlan chosen = plan;
    print(() -> chosen.toJson(WORDS::describe), () -> human(chosen));
    return ExitCode.OK;
  }

  /** {@return each quarter with its dates, then its objectives and their worded key results} */
  static String human(OkrPlan plan) {
    return human(plan, plan.quarters()) + plan.skipped().stream().map(s -> "skipped " + s + "\n")
        .collect(java.util.stream.Collectors.joining());
  }

  /** {@return the given quarters of a plan, each with its objectives and their worded key results} */
  static String human(OkrPlan plan, java.util.List<FiscalQuarter> quarters) {
    StringBuilder sb = new StringBuilder();
    for (FiscalQuarter q : quarters) {
      sb.append(quarterHeading(plan, q)).append('\n');
      for (OkrObjective o : plan.objectives(q)) {
        sb.append("  ").append(o.objective()).append(' ').append(o.name()).append('\n');
        for (KeyResult kr : o.keyResults()) {
          sb.append("    - ").append(WORDS.describe(kr)).append('\n');
        }
      }
    }
    return sb.toString();
  }

  static String quarterHeading(OkrPlan plan, FiscalQuarter q) {
    return q + " (" + plan.calendar().firstDayOf(q) + " to " + plan.calendar().lastDayOf(q) + ")";
  }

  /** Reads {@code FY2026} or {@code 2026}. */
  static final class FiscalYearConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String digits = value.toUpperCase(Locale.ROOT).startsWith("FY") ? value.substring(2) : value;
      try {
        int year = Integer.parseInt(digits);
        if (year >= 1 && year <= 9999) {
          return year;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new TypeConversionException("must be a fiscal year such as FY2026 or 2026 but was '" + value + "'");
    }
  }

  /** Reads {@code linear}, {@code front}, {@code back} or {@code seasonal:w1,w2,w3,w4}. */
  static final class PacingConverter implements ITypeConverter<Pacing> {
    @Override
    public Pacing convert(String value) {
      switch (value) {
        case "linear":
          return Pacing.linear();
        case "front":
          return Pacing.frontLoaded();
        case "back":
          return Pacing.backLoaded();
        default:
          break;
      }
      if (value.startsWith("seasonal:")) {
        String[] w = value.substring("seasonal:".length()).split(",", -1);
        if (w.length == 4) {
          try {
            return Pacing.seasonal(Double.parseDouble(w[0]), Double.parseDouble(w[1]), Double.parseDouble(w[2]),
                Double.parseDouble(w[3]));
          } catch (RuntimeException e) {
            throw new TypeConversionException("seasonal weights must be four non-negative numbers, not all 0, "
                + "but were '" + value.substring(9) + "'");
          }
        }
      }
      throw new TypeConversionException("must be linear, front, back or seasonal:w1,w2,w3,w4 but was '" + value + "'");
    }
  }
}
