package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Checks;
import java.util.Locale;
import java.util.Objects;

/** The text form {@code unit/element} shared by {@link UnitObjective}, {@link UnitKpi} and {@link UnitElement}. */
final class Qualified {
  private Qualified() {}

  static String[] split(String what, String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
      throw Checks.invalid("text", "must name a unit and a " + what + " as unit/" + what.toLowerCase(Locale.ROOT)
          + " (for example retail/C1) but was \"" + text + "\"");
    }
    return new String[] {text.substring(0, slash), text.substring(slash + 1)};
  }
}
