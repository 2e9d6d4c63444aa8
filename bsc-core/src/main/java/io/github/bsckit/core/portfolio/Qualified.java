package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Checks;
import java.util.Locale;
import java.util.Objects;

/** The text form {@code unit/element} shared by {@link UnitObjective}, {@link UnitKpi} and {@link UnitElement}. */
final class Qualified {
  private Qualified() {}

  /**
   * Splits {@code unit/element}.
   *
   * @param what the element's kind with its article, {@code "an objective"}, {@code "a KPI"}
   * @param example a whole example of the form, {@code "retail/C1"}
   * @param text the text
   */
  static String[] split(String what, String example, String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
      String kind = what.substring(what.indexOf(' ') + 1);
      throw Checks.invalid("text", "must name a unit and " + what + " as unit/" + kind.toLowerCase(Locale.ROOT)
          + " (for example " + example + ") but was \"" + text + "\"");
    }
    return new String[] {text.substring(0, slash), text.substring(slash + 1)};
  }
}
