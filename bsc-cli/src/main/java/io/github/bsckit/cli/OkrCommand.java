package io.github.bsckit.cli;

import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.pacing.Pacing;
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

  @Option(names = "--pacing", paramLabel = "PACING", converter = PacingConverter.class,
      description = "Pace every KPI so, overriding each KPI's own pacing: linear, front-loaded (front), "
          + "back-loaded (back), seasonal:q1,q2,q3,q4 or custom:w1,w2,... (default: each KPI's own, else linear).")
  private Pacing pacing;

  @Override
  public Integer call() {
    Scorecard scorecard = Inputs.document(file).scorecard();
    OkrPlanner.Builder planner = OkrPlanner.builder();
    if (pacing != null) {
      planner.pacing(pacing);
    }
    OkrPlan plan = planner.build().plan(scorecard);
    if (year != null) {
      plan = plan.inFiscalYear(year);
      if (plan.quarters().isEmpty()) {
        throw new CliException(ExitCode.USAGE, "bsc okr: the plan has no quarter in FY" + year);
      }
    }
    OkrPlan chosen = plan;
    print(() -> chosen.toJson(WORDS::describe), () -> human(chosen));
    // Notes, not output: stdout stays the plan (the JSON lists the skipped KPIs with their reasons).
    if (!json.json) {
      chosen.skipped().forEach(s -> spec.commandLine().getErr().println("bsc okr: skipped " + s));
    }
    if (chosen.quarters().isEmpty()) {
      spec.commandLine().getErr().println("bsc okr: nothing to plan: " + whyNothing(scorecard, chosen));
    }
    spec.commandLine().getErr().flush();
    return ExitCode.OK;
  }

  /** {@return why a plan has no key results, in words} */
  static String whyNothing(Scorecard scorecard, OkrPlan plan) {
    if (scorecard.kpis().isEmpty()) {
      return "the scorecard has no KPIs";
    }
    int n = plan.skipped().size();
    return n == 0 ? "no KPI gives a key result"
        : (n == 1 ? "the one KPI was skipped" : "all " + n + " KPIs were skipped")
            + ": a key result needs a KPI with a target, and a baseline to start from";
  }

  /** {@return each quarter with its dates, then its objectives and their worded key results} */
  static String human(OkrPlan plan) {
    return human(plan, plan.quarters());
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

  /** Reads the one pacing syntax of {@link Pacing#parse}: the CLI and the documents say the same thing. */
  static final class PacingConverter implements ITypeConverter<Pacing> {
    @Override
    public Pacing convert(String value) {
      try {
        return Pacing.parse(value);
      } catch (ValidationException e) {
        throw new TypeConversionException(e.problems().get(0).message());
      }
    }
  }
}
