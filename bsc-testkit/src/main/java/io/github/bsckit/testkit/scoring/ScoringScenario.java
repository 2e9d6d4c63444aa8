package io.github.bsckit.testkit.scoring;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a scorer is given: a scorecard, actuals for it and the date to score as of.
 *
 * <pre>{@code
 * ScoringScenario s = Samples.one(ScoringScenarios.any(), 2026, 0);
 * ScoreReport report = Scorer.defaults().score(s.scorecard(), s.actuals(), s.asOf());
 * }</pre>
 *
 * @param scorecard the scorecard
 * @param actuals the actuals, possibly empty
 * @param asOf the date to score as of
 */
public record ScoringScenario(Scorecard scorecard, Actuals actuals, LocalDate asOf) {
  /**
   * Checks the parts.
   *
   * @param scorecard the scorecard
   * @param actuals the actuals, possibly empty
   * @param asOf the date to score as of
   */
  public ScoringScenario {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(asOf, "asOf");
  }
}
