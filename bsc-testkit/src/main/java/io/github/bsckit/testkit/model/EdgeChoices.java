package io.github.bsckit.testkit.model;

import io.github.bsckit.core.model.Money;
import io.github.bsckit.testkit.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The primitive choices behind {@link EdgeScorecards}: text, ids, numbers, dates, weights and amounts, each
 * with the model's edges over-represented. One instance serves one document (it remembers the ids it gave out)
 * and is not thread-safe. Every choice puts its plainest outcome at the lowest draw, so that shrinking leads to
 * plain values (see {@link Source}).
 */
final class EdgeChoices {
  /** Strings that a careless YAML or JSON writer would let read back as something else. */
  static final List<String> TRICKY = List.of("true", "False", "null", "~", "yes", "No", "on", "y", "123",
      "-0", "1e3", "0x1F", "0o17", ".inf", "-.inf", ".nan", "1_000", "+5", "2026-01-01", "P3M", "- a", "a: b",
      "a #b", "#c", "@x", "`x", "'", "\"", "&a", "*a", "!t", "|x", ">x", "%x", "?x", "[x]", "{x}", ", c", "<<",
      "${HOME}", " lead", "trail ", "tab\there", "line\nbreak", "ends\n", "\n\nstarts", "é\n\n  x", "\\", "=",
      "\u00a0nbsp", "\u0085nel", "\u2028ls", "\u2029ps", "\ufeffbom", "\u200bzero-width", "\u202eright-to-left",
      "ctl\u0001\u001f\u007f", "\ud83d\ude00 emoji", "\u00e9t\u00e9", "\u65e5\u672c\u8a9e",
      "\u0627\u0644\u0639\u0631\u0628\u064a\u0629");
  /** Ids that look like numbers, booleans, nulls or dates. */
  static final List<String> TRICKY_IDS = List.of("1", "123", "1e3", "0x1F", "true", "null", "No",
      "2026-01-01", "1.5", "0o17", "y", "x-1", "a.b", "A_b-c.9");
  /** Ranges of code points, plain ASCII first (and more often), then every script and plane, controls included. */
  private static final int[][] CODE_POINT_RANGES = {
      {0x20, 0x7e}, {0x20, 0x7e}, {0x20, 0x7e}, {0xa0, 0x17f}, {0x370, 0x3ff}, {0x400, 0x4ff}, {0x4e00, 0x9fff},
      {0x1f300, 0x1faff}, {0x300, 0x36f}, {0x0, 0x1f}, {0x80, 0x9f}, {0x2000, 0x206f}, {0xe000, 0xf8ff},
      {0x10000, 0x10ffff}};
  /** Finite doubles that break careless number handling: signed zero, extremes, subnormals, long decimals. */
  private static final List<Double> AWKWARD_NUMBERS = List.of(0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.MIN_VALUE, -Double.MIN_NORMAL, 1e21, 1e-7, 9.999999999999999e20, 1e15, 123456789012345.6, 0.1,
      1.0 / 3, 90.0, -12.5);
  /** Weights the model takes, from zero and the smallest subnormal to the largest, 1e6. */
  private static final List<Double> WEIGHTS = List.of(0.5, 2.0, 0.0, -0.0, Double.MIN_VALUE, 1e-300, 1e6, 3.75);
  private static final List<Double> UNITS = List.of(0.0, 1.0, 0.5, 0.9, 0.6, 0.33, 1e-12);

  private final Source source;
  private final Set<String> usedIds = new LinkedHashSet<>();

  EdgeChoices(Source source) {
    this.source = source;
  }

  int between(int lo, int hi) {
    return source.between(lo, hi);
  }

  long between(long lo, long hi) {
    return source.between(lo, hi);
  }

  boolean chance(int percent) {
    return source.chance(percent);
  }

  <T> T pick(List<T> options) {
    return options.get(between(0, options.size() - 1));
  }

  /** {@return a value of {@code options}, or none about half of the time} */
  <T> Optional<T> maybe(List<T> options) {
    return chance(50) ? Optional.of(pick(options)) : Optional.empty();
  }

  /** Distinct dates in ascending order: mostly this era, sometimes from year -999999999, -5000 or 9999 on. */
  List<LocalDate> dates(int count) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate d = switch (between(0, 9)) {
      case 7 -> LocalDate.MIN;
      case 8 -> LocalDate.of(between(-5000, 9999), 1, 1);
      case 9 -> LocalDate.of(9999, 12, 1);
      default -> LocalDate.of(2026 + zigzag(between(0, 200)), between(1, 12), between(1, 28));
    };
    for (int i = 0; i < count; i++) {
      d = d.plusDays(between(1, 800));
      dates.add(d);
    }
    return dates;
  }

  /** {@return 0, 1, -1, 2, -2, … for choices 0, 1, 2, 3, 4, …: plain near zero, farther with larger choices} */
  static int zigzag(int choice) {
    return (choice & 1) == 1 ? (choice + 1) / 2 : -(choice / 2);
  }

  /** Any finite double, with the extremes and the awkward ones over-represented. */
  double number() {
    return switch (between(0, 9)) {
      case 7 -> pick(AWKWARD_NUMBERS);
      case 8 -> {
        double v = Double.longBitsToDouble(between(0L, 0xFFFF_FFFFL) << 32 | between(0L, 0xFFFF_FFFFL));
        yield Double.isFinite(v) ? v : 42.0;
      }
      case 9 -> zigzag(between(0, 2_000_000)) / Math.pow(10, between(0, 12));
      default -> { // most values: whole numbers from -1000 to 100000, zero the plainest
        int n = between(0, 101_000);
        yield n <= 100_000 ? n : -(n - 100_000);
      }
    };
  }

  double weight() {
    return pick(WEIGHTS);
  }

  /** A number in [0, 1], as thresholds take. */
  double unit() {
    return chance(12) ? between(0, 1000) / 1000.0 : pick(UNITS);
  }

  /**
   * An amount, sometimes beyond {@link Money}'s bounds (digits or decimal places): the caller falls back to one
   * within them when the model refuses it.
   */
  BigDecimal amount() {
    return switch (between(0, 6)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> new BigDecimal(BigInteger.TEN.pow(between(0, 29))); // up to 1e29, the largest power below the bound
      case 2 -> BigDecimal.valueOf(between(0L, 999_999_999_999_999_999L), between(-11, Money.MAX_DECIMAL_PLACES));
      case 3 -> BigDecimal.ONE.scaleByPowerOfTen(between(-1100, 1100)); // mostly beyond the bounds: refused
      case 4 -> Money.MAX_AMOUNT_EXCLUSIVE.subtract(BigDecimal.ONE.movePointLeft(between(0, Money.MAX_DECIMAL_PLACES)));
      default -> smallAmount();
    };
  }

  /** {@return an amount well within {@link Money}'s bounds} */
  BigDecimal smallAmount() {
    return BigDecimal.valueOf(between(0, Integer.MAX_VALUE), between(0, Money.MAX_DECIMAL_PLACES));
  }

  /** An id not used before in this document, often one that looks like something else. */
  String id() {
    String base = chance(20) ? pick(TRICKY_IDS) : randomId();
    String id = base;
    for (int n = 2; !usedIds.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private String randomId() {
    String first = "abcxyzABCXYZ0189";
    String rest = "abcABC019._-";
    StringBuilder sb = new StringBuilder().append(first.charAt(between(0, first.length() - 1)));
    for (int i = between(0, chance(5) ? 60 : 6); i > 0; i--) {
      sb.append(rest.charAt(between(0, rest.length() - 1)));
    }
    return sb.toString();
  }

  Optional<String> optionalText() {
    return chance(50) ? Optional.of(text()) : Optional.empty();
  }

  /** Non-blank text: a YAML lookalike, or code points from all planes, controls included; never a surrogate. */
  String text() {
    String s;
    if (chance(25)) {
      s = pick(TRICKY);
    } else {
      StringBuilder sb = new StringBuilder();
      for (int i = between(1, 24); i > 0; i--) {
        int[] range = CODE_POINT_RANGES[between(0, CODE_POINT_RANGES.length - 1)];
        int cp = between(range[0], range[1]);
        if (Character.getType(cp) != Character.SURROGATE && Character.isDefined(cp)) {
          sb.appendCodePoint(cp);
        }
      }
      s = sb.toString();
    }
    return s.isBlank() ? "x" + s : s;
  }
}
