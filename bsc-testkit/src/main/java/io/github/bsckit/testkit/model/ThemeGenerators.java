package io.github.bsckit.testkit.model;

import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Generators of strategic themes. */
public final class ThemeGenerators {
  private ThemeGenerators() {}

  /**
   * {@return a generator of [min, max] themes with ids {@code T1}, {@code T2}, … and distinct names such as
   * "Operational excellence", some with a description} The theme-count rule wants 3 to 5.
   *
   * @param min the fewest themes, at least 0
   * @param max the most themes, at most 7
   * @throws io.github.bsckit.core.BscException if the bounds are wrong
   */
  public static Generator<List<Theme>> themes(int min, int max) {
    Checks.requireAtLeast("min", min, 0);
    Checks.requireAtMost("min", min, max);
    Checks.requireBetween("max", max, min, Vocabulary.THEMES.size());
    return source -> {
      int n = source.between(min, max);
      List<String> names = Generators.shuffle(Vocabulary.THEMES, source);
      List<Theme> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Optional<String> description = source.chance(30)
            ? Optional.of(Vocabulary.THEME_DESCRIPTIONS.get(source.between(0, Vocabulary.THEME_DESCRIPTIONS.size() - 1)))
            : Optional.empty();
        out.add(new Theme(ThemeId.of("T" + (i + 1)), names.get(i), description));
      }
      return List.copyOf(out);
    };
  }
}
