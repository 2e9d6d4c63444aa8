package io.github.bsckit.testkit.defects;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.GenerationException;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts one named defect into a valid scorecard, choosing where with a {@link Source}, and reports what it did.
 * Get the built-in ones from {@link Defects}. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * Generator<InjectedDefect> cycles = Defects.cycle().into(ScorecardGenerators.valid());
 * }</pre>
 */
public interface DefectInjector {

  /** How many scorecards {@link #into(Generator)} tries before giving up. */
  int MAX_TRIES = 100;

  /** {@return the defect this injector puts in} */
  DefectKind kind();

  /**
   * Puts the defect into a scorecard that passes every built-in rule (as {@code ScorecardGenerators.valid()}
   * makes them).
   *
   * @param scorecard the valid scorecard
   * @param source where the choices come from
   * @return the defect and the changed scorecard, or empty when this scorecard has no place for the defect
   *     (a downward link needs two objectives in a row that are not already linked the other way)
   * @throws io.github.bsckit.core.BscException if an injector that relies on the shape of a valid strategy map
   *     is given a scorecard without it
   */
  Optional<InjectedDefect> inject(Scorecard scorecard, Source source);

  /**
   * {@return a generator that makes a scorecard and puts this defect into it, making another scorecard when
   * one has no place for it}
   *
   * @param scorecards makes valid scorecards
   * @throws GenerationException from the generator when {@value #MAX_TRIES} scorecards in a row had no place
   */
  default Generator<InjectedDefect> into(Generator<Scorecard> scorecards) {
    Objects.requireNonNull(scorecards, "scorecards");
    return source -> {
      for (int i = 0; i < MAX_TRIES; i++) {
        Optional<InjectedDefect> injected = inject(scorecards.generate(source), source);
        if (injected.isPresent()) {
          return injected.get();
        }
      }
      throw new GenerationException(MAX_TRIES + " scorecards in a row had no place for a " + kind().ruleId()
          + " defect; generate larger scorecards");
    };
  }
}
