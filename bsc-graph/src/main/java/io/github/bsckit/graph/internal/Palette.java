package io.github.bsckit.graph.internal;

import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.List;

/**
 * The colours of the pictures: one fill and stroke per theme, in theme declaration order, and per status; the
 * one source of them for the strategy map and the cascade picture. Colours are {@code #rrggbb} text.
 */
public final class Palette {
  /** Pairs of fill and stroke, light fills so black text stays readable. */
  private static final String[][] THEMES = {
      {"#dbe9f6", "#2f6b9a"}, {"#e2f0d9", "#4a7f37"}, {"#fde7cf", "#b0651c"}, {"#ebdef3", "#7a4f96"},
      {"#f9dde2", "#a8415a"}, {"#d7efec", "#2f8078"}, {"#f3eccb", "#8a7420"}, {"#e4e4f7", "#4b4f9c"}};
  /** The fill of a box coloured by nothing: no theme, no status. */
  public static final String PLAIN_FILL = "#ffffff";
  /** The stroke of a box coloured by nothing. */
  public static final String PLAIN_STROKE = "#5f6b76";

  private Palette() {}

  /**
   * {@return the fill and stroke of an objective coloured by its first theme, or plain without themes}
   *
   * @param map the map, for the order of its themes
   * @param themes the objective's themes
   */
  public static String[] ofObjective(StrategyMap map, List<ThemeId> themes) {
    return themes.isEmpty() ? new String[] {PLAIN_FILL, PLAIN_STROKE} : ofTheme(map, themes.get(0));
  }

  /**
   * {@return the fill and stroke of a theme, by its place among the map's themes}
   *
   * @param map the map
   * @param theme one of its themes
   */
  public static String[] ofTheme(StrategyMap map, ThemeId theme) {
    int i = List.copyOf(map.themes().keySet()).indexOf(theme);
    return THEMES[i % THEMES.length].clone(); // a copy: the table is shared
  }

  /**
   * {@return the fill and stroke of a status}
   *
   * @param status the status
   */
  public static String[] ofStatus(Status status) {
    return switch (status) {
      case ON_TRACK -> new String[] {"#d4edda", "#2e7d32"};
      case AT_RISK -> new String[] {"#fff1c2", "#b7860b"};
      case OFF_TRACK -> new String[] {"#f8d7da", "#c62828"};
      case NO_DATA -> new String[] {"#eceff1", "#78909c"};
    };
  }

  /**
   * {@return a status's mark, so that colour is never its only sign: ✓, !, ✗ or –}
   *
   * @param status the status
   */
  public static String mark(Status status) {
    return switch (status) {
      case ON_TRACK -> "\u2713";
      case AT_RISK -> "!";
      case OFF_TRACK -> "\u2717";
      case NO_DATA -> "\u2013";
    };
  }

  /**
   * {@return the colour of text about a status on its fill: its stroke darkened to 4.5:1 contrast or more}
   *
   * @param status the status
   */
  public static String text(Status status) {
    return switch (status) {
      case ON_TRACK -> "#1b5e20";
      case AT_RISK -> "#6d4c00";
      case OFF_TRACK -> "#8e1b1b";
      case NO_DATA -> "#37474f";
    };
  }

  /**
   * {@return a score in [0, 1] as a whole percentage: {@code 73%}}
   *
   * @param score the score
   */
  public static String percent(double score) {
    return Math.round(score * 100) + "%";
  }

  /**
   * {@return how the legend and tooltips name a status, for example {@code on track}}
   *
   * @param status the status
   */
  public static String label(Status status) {
    return switch (status) {
      case ON_TRACK -> "on track";
      case AT_RISK -> "at risk";
      case OFF_TRACK -> "off track";
      case NO_DATA -> "no data";
    };
  }
}
