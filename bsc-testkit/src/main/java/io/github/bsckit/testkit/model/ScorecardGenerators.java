package io.github.bsckit.testkit.model;

/**
 * Generators of whole scorecards.
 *
 * <pre>{@code
 * Generator<Scorecard> valid = ScorecardGenerators.valid().withThemes().objectives(6, 20);
 * }</pre>
 */
public final class ScorecardGenerators {
  private ScorecardGenerators() {}

  /**
   * {@return a generator of scorecards that pass every built-in rule, core and causality, with the default
   * settings: 2 to 25 objectives, perspectives from {@link PerspectiveGenerators#any()}, themes half of the
   * time, link density 0.3, up to 4 initiatives} See {@link ValidScorecards} for how and the settings.
   */
  public static ValidScorecards valid() {
    return ValidScorecards.DEFAULT;
  }
}
