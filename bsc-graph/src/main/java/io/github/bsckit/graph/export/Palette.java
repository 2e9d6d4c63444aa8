package io.github.bsckit.graph.export;

import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.List;

/** The colours of the pictures: one fill and stroke per theme, in theme declaration order, and per status. */
final class Palette {
  /** Pairs of fill and stroke, light fills so black text stays readable. */
  private static final String[][] THEMES = {
      {"#dbe9f6", "#2f6b9a"}, {"#e2f0d9", "#4a7f37"}, {"#fde7cf", "#b0651c"}, {"#ebdef3", "#7a4f96"},
      {"#f9dde2", "#a8415a"}, {"#d7efec", "#2f8078"}, {"#f3eccb", "#8a7420"}, {"#e4e4f7", "#4b4f9c"}};
  static final String PLAIN_FILL = "#ffffff";
  static final String PLAIN_STROKE = "#5f6b76";

  private Palette() {}

  /** The fill and stroke of an objective coloured by its first theme, or plain without themes. */
  static String[] ofObjective(StrategyMap map, List<ThemeId> themes) {
    return themes.isEmpty() ? new String[] {PLAIN_FILL, PLAIN_STROKE} : ofTheme(map, themes.get(0));
  }

  static String[] ofTheme(StrategyMap map, ThemeId theme) {
    int i = List.copyOf(map.themes().keySet()).indexOf(theme);
    return THEMES[i % THEMES.length];
  }

  static String[] ofStatus(Status status) {
    return switch (status) {
      case ON_TRACK -> new String[] {"#d4edda", "#2e7d32"};
      case AT_RISK -> new String[] {"#fff1c2", "#b7860b"};
      case OFF_TRACK -> new String[] {"#f8d7da", "#c62828"};
      case NO_DATA -> new String[] {"#eceff1", "#78909c"};
    };
  }

  /** {@return how the legend and tooltips name a status, for example {@code on track}} */
  static String label(Status status) {
    return switch (status) {
      case ON_TRACK -> "on track";
      case AT_RISK -> "at risk";
      case OFF_TRACK -> "off track";
      case NO_DATA -> "no data";
    };
  }
}
