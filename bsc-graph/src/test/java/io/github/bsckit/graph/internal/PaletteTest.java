package io.github.bsckit.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.scoring.Status;
import org.junit.jupiter.api.Test;

/** The pictures' colours: text about a status stays readable on that status's fill. */
class PaletteTest {

  /** WCAG relative luminance of a #rrggbb colour. */
  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Test
  void textAboutAStatusHasAtLeastFourAndAHalfToOneContrastOnItsFill() {
    for (Status s : Status.values()) {
      String text = Palette.text(s);
      assertThat(text).as("%s", s).matches("#[0-9a-f]{6}");
      assertThat(contrast(text, Palette.ofStatus(s)[0])).as("%s", s).isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(text, Palette.ofStatus(s)[0])).as("%s: darker than its stroke", s)
          .isGreaterThan(contrast(Palette.ofStatus(s)[1], Palette.ofStatus(s)[0]));
    }
  }
}
