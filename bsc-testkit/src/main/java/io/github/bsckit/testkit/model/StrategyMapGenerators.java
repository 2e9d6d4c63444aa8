package io.github.bsckit.testkit.model;

/**
 * Generators of strategy maps for tests of graph algorithms: maps whose links all point upward, and maps whose
 * links point any way.
 *
 * <pre>{@code
 * Generator<Scorecard> maps = StrategyMapGenerators.upward().density(0.4);
 * }</pre>
 */
public final class StrategyMapGenerators {
  private StrategyMapGenerators() {}

  /**
   * {@return a generator of maps whose links all point upward, a directed acyclic graph by construction, with
   * the default settings: the classic four perspectives, 1 to 4 objectives in each, density 0.3, links that
   * may skip perspectives, no KPIs} See {@link UpwardMaps}.
   */
  public static UpwardMaps upward() {
    return UpwardMaps.DEFAULT;
  }

  /**
   * {@return a generator of maps whose links may point any way, self-links, duplicates and cycles included,
   * with the default settings: one to four perspectives, 1 to 4 objectives in each, 0 to 2 links per
   * objective, no KPIs} See {@link AnyMaps}.
   */
  public static AnyMaps any() {
    return AnyMaps.DEFAULT;
  }
}
