/**
 * bsc-testkit: generators of scorecards, strategy maps and defects for property-based tests of strategy rules.
 *
 * <p>The API depends on no test engine. A {@link io.github.bsckit.testkit.Generator} draws every choice from a
 * {@link io.github.bsckit.testkit.Source}; a seeded source runs it from JUnit (see
 * {@link io.github.bsckit.testkit.Samples}), and an engine that shrinks by replaying smaller choices drives it
 * through a one-method adapter (the separate artifact {@code bsc-testkit-quicktheories} is one).
 *
 * <p>Start with {@link io.github.bsckit.testkit.model.ScorecardGenerators#valid()} and
 * {@link io.github.bsckit.testkit.defects.Defects}.
 */
module io.github.bsckit.testkit {
  requires transitive io.github.bsckit.core;

  exports io.github.bsckit.testkit;
  exports io.github.bsckit.testkit.model;
  exports io.github.bsckit.testkit.defects;
  exports io.github.bsckit.testkit.portfolio;
  exports io.github.bsckit.testkit.scoring;
}
