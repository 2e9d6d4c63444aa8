package io.github.bsckit.examples.fuzz;

import io.github.bsckit.core.io.DocumentException;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.examples.fuzz.Oracle.Breach;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Known open defects: breaches of the fuzz oracle that issue 18 already reports, each with the reproducer from
 * the issue. The fuzz suite counts a breach that an open defect explains instead of failing; a defect is open
 * only while its reproducer still shows it ({@link #stillOpen()}), and {@link KnownDefectsTest} fails as soon
 * as a fix lands, naming the entry to delete. So an exemption lasts exactly as long as the defect.
 *
 * <p>Never add an entry to make a red build green without a reported defect and a reproducer behind it.
 */
enum KnownDefect {
  /**
   * Issue 18, "Errors that leak internals": a syntax error's message quotes the YAML parser's text with a Java
   * class name, e.g. {@code Malformed numeric value '…': (java.lang.NumberFormatException) illegal syntax}.
   */
  JAVA_CLASS_IN_SYNTAX_ERROR("bsc: 1\nname: !!float Acme\n") {
    @Override
    boolean reproduces(String document) {
      try {
        DocumentReader.of(Format.YAML).read(document, "repro.yaml");
        return false;
      } catch (DocumentException e) {
        return e.problems().stream().anyMatch(p -> p.message().contains("java."));
      }
    }

    @Override
    boolean excuses(Throwable breach, String mutant) {
      return stage(breach).startsWith("read") && breach.getMessage().contains("(java.");
    }
  },

  /**
   * Issue 18, "Crashes, hangs and data loss": an unpaired surrogate ({@code "\ud800x"} in JSON, or the lone
   * character in a string) is accepted and comes back from writing and re-reading as a different character.
   */
  UNPAIRED_SURROGATE("{\"bsc\": 1, \"name\": \"Acme\", \"vision\": \"\\ud800x\"}") {
    @Override
    boolean reproduces(String document) {
      return readsButDoesNotRoundTrip(document, Format.JSON);
    }

    @Override
    boolean excuses(Throwable breach, String mutant) {
      return stage(breach).startsWith("write-read") && LONE_SURROGATE.matcher(mutant).find();
    }
  },

  /**
   * Issue 18, "Crashes, hangs and data loss": a lag such as {@code P999999999W} overflows {@code int} while read
   * and escapes the reader as an {@code ArithmeticException} instead of a located problem.
   */
  LAG_OVERFLOW(Docs.TWO_OBJECTIVES + "links:\n  - {from: C1, to: F1, lag: P999999999W}\n") {
    @Override
    boolean reproduces(String document) {
      try {
        DocumentReader.of(Format.YAML).read(document, "repro.yaml");
        return false;
      } catch (DocumentException e) {
        return false;
      } catch (ArithmeticException e) {
        return true;
      }
    }

    @Override
    boolean excuses(Throwable breach, String mutant) {
      return stage(breach).equals("read") && breach.getCause() instanceof ArithmeticException
          && PERIOD.matcher(mutant).find();
    }
  },

  /**
   * Issue 18, "Crashes, hangs and data loss": a budget such as {@code 1e999999999} is read (its text is short),
   * and writing it exhausts memory ({@code 1e-999999999} hangs); {@code 1e-1000} writes a number the reader
   * then refuses. While open, the fuzz suite does not write mutants with such exponents.
   */
  DECIMAL_EXPONENT(Docs.TWO_OBJECTIVES
      + "initiatives:\n  - {id: I1, name: Plan, objectives: [F1], budget: {amount: 1e999999999, currency: USD}}\n") {
    @Override
    boolean reproduces(String document) {
      try {
        DocumentReader.of(Format.YAML).read(document, "repro.yaml");
        return true;
      } catch (DocumentException e) {
        return false;
      }
    }

    @Override
    boolean excuses(Throwable breach, String mutant) {
      return stage(breach).startsWith("write-read") && EXPONENT.matcher(mutant).find();
    }

    @Override
    boolean endangers(String mutant) {
      return BIG_EXPONENT.matcher(mutant).find();
    }
  },

  /**
   * Issue 18, "Errors that leak internals or mislead": two KPIs of weight 1e308 make a roll-up's coverage NaN;
   * baselines and targets near ±1e308 make overshoot infinite. A report must never hold NaN or infinity.
   */
  SCORING_EXTREMES(Docs.TWO_OBJECTIVES.replace("{id: F1, name: Grow, perspective: financial}",
      "{id: F1, name: Grow, perspective: financial, kpis: [" + huge("a") + ", " + huge("b") + "]}")
      + "actuals:\n  a: [{date: 2026-03-31, value: 5}]\n  b: [{date: 2026-03-31, value: 5}]\n") {
    @Override
    boolean reproduces(String document) {
      try {
        Oracle.downstream(DocumentReader.of(Format.YAML).read(document, "repro.yaml").scorecard(),
            DocumentReader.of(Format.YAML).read(document, "repro.yaml").actuals());
        return false;
      } catch (Breach b) {
        return b.stage.equals("score");
      }
    }

    @Override
    boolean excuses(Throwable breach, String mutant) {
      return stage(breach).equals("score") && breach.getMessage().matches("(?s).*(NaN|Infinity).*")
          && HUGE_NUMBER.matcher(mutant).find();
    }
  },

  /**
   * Issue 18, "Crashes, hangs and data loss": {@code bsc okr} with baseline 1e16 and target 1e16+2 fails with
   * an exception outside the family; numbers that large lose the precision the planner relies on.
   */
  OKR_HUGE_VALUES(Docs.TWO_OBJECTIVES.replace("{id: F1, name: Grow, perspective: financial}",
      "{id: F1, name: Grow, perspective: financial, kpis: [{id: a, name: A, baseline: {value: 1e16, date: 2026-01-01},"
          + " target: {value: 10000000000000002, date: 2026-12-31}}]}")) {
    @Override
    boolean reproduces(String document) {
      try {
        Oracle.downstream(DocumentReader.of(Format.YAML).read(document, "repro.yaml").scorecard(),
            DocumentReader.of(Format.YAML).read(document, "repro.yaml").actuals());
        return false;
      } catch (Breach b) {
        return b.stage.startsWith("okr");
      }
    }

    @Override
    boolean excuses(Throwable breach, String mutant) {
      return stage(breach).startsWith("okr") && HUGE_NUMBER.matcher(mutant).find();
    }
  };

  /** A period in a document. */
  private static final Pattern PERIOD = Pattern.compile("\\bP-?\\d");
  /** A decimal exponent of three digits or more. */
  private static final Pattern EXPONENT = Pattern.compile("\\d[eE][+-]?\\d{3,}");
  /** A decimal exponent of four digits or more: writing its plain form takes at least a thousand digits. */
  private static final Pattern BIG_EXPONENT = Pattern.compile("\\d\\.?\\d*[eE][+-]?0*\\d{4,}");
  /** A number of 1e15 or more, written out or with an exponent. */
  private static final Pattern HUGE_NUMBER = Pattern.compile("\\d{16,}|\\d[eE]\\+?(1[5-9]|[2-9]\\d|\\d{3,})\\b");

  /** A surrogate not part of a pair, as a character or as a JSON escape. */
  private static final Pattern LONE_SURROGATE = Pattern.compile(
      "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]"
          + "|\\\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\\\u[dD][c-fC-F])|(?<!\\\\u[dD][89abAB][0-9a-fA-F]{2})\\\\u[dD][c-fC-F][0-9a-fA-F]{2}");

  private static String huge(String id) {
    return "{id: " + id + ", name: " + id + ", weight: 1e308, baseline: {value: 0, date: 2026-01-01},"
        + " target: {value: 10, date: 2026-12-31}}";
  }

  private final String reproducer;

  KnownDefect(String reproducer) {
    this.reproducer = reproducer;
  }

  /** {@return the defects whose reproducer still shows them} */
  static List<KnownDefect> open() {
    return Arrays.stream(values()).filter(KnownDefect::stillOpen).toList();
  }

  /** {@return the smallest document that shows the defect, as the issue reports it} */
  String reproducer() {
    return reproducer;
  }

  /** {@return whether the reproducer still shows the defect} */
  boolean stillOpen() {
    try {
      return reproduces(reproducer);
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * {@return whether a document shows the defect}
   *
   * @param document the reproducer
   */
  abstract boolean reproduces(String document);

  /**
   * {@return whether this defect explains a breach of the oracle}
   *
   * @param breach what the oracle threw
   * @param mutant the mutant's text
   */
  abstract boolean excuses(Throwable breach, String mutant);

  /**
   * {@return whether writing this mutant would exhaust memory or time because of this defect}
   *
   * @param mutant the mutant's text
   */
  boolean endangers(String mutant) {
    return false;
  }

  static String stage(Throwable breach) {
    return breach instanceof Breach b ? b.stage : "";
  }

  static boolean readsButDoesNotRoundTrip(String document, Format format) {
    ScorecardDocument doc = DocumentReader.of(format).read(document, "repro");
    for (Format f : Format.values()) {
      String written = DocumentWriter.of(f).write(doc);
      try {
        if (!DocumentReader.of(f).read(written, "rewritten").equals(doc)) {
          return true;
        }
      } catch (DocumentException e) {
        return true;
      }
    }
    return false;
  }

  /** Reproducer parts; a holder because enum constants cannot use the enum's own static fields. */
  private static final class Docs {
    static final String TWO_OBJECTIVES = "bsc: 1\nname: Acme\nobjectives:\n"
        + "  - {id: F1, name: Grow, perspective: financial}\n  - {id: C1, name: Win, perspective: customer}\n";
  }
}
