package io.github.bsckit.core.io;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.Scorecard;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Known open reader defects (issue 18) that the widened {@link ScorecardGenerator} reaches: a round trip that
 * breaks on a document showing one of these is excused, and only while the defect's reproducer still shows it.
 * {@link KnownReaderDefectTest} fails as soon as a fix lands, naming the entry to delete. bsc-examples' fuzz
 * suite keeps the same kind of list for mutated documents ({@code KnownDefect}).
 */
enum KnownReaderDefect {
  /** An unpaired surrogate is accepted and comes back from a write and re-read as a different character. */
  UNPAIRED_SURROGATE {
    @Override
    boolean stillOpen() {
      try {
        ScorecardDocument doc = DocumentReader.of(Format.JSON)
            .read("{\"bsc\": 1, \"name\": \"Acme\", \"vision\": \"\\ud800x\"}", "repro.json");
        return !roundTrips(doc);
      } catch (DocumentException e) {
        return false;
      }
    }

    @Override
    boolean shownBy(ScorecardDocument doc) {
      return texts(doc).anyMatch(t -> LONE_SURROGATE.matcher(t).find());
    }
  },

  /** A budget with a decimal exponent past the reader's number length writes a number the reader then refuses. */
  DECIMAL_EXPONENT {
    @Override
    boolean stillOpen() {
      try {
        Scorecard s = Scorecard.builder("Acme").objective("F1", "Grow", "financial")
            .initiative("I1", "Plan", i -> i.serves("F1")
                .budget(Money.of(BigDecimal.ONE.scaleByPowerOfTen(-1000), "USD")))
            .build();
        return !roundTrips(ScorecardDocument.of(s));
      } catch (BscException e) {
        return false;
      }
    }

    @Override
    boolean shownBy(ScorecardDocument doc) {
      return doc.scorecard().initiatives().stream().map(Initiative::budget).flatMap(Optional::stream)
          .anyMatch(m -> m.amount().toPlainString().length() > 100);
    }
  },

  /** A lag in weeks or days past {@code int} overflows while read (issue 18: {@code P999999999W}). */
  LAG_OVERFLOW {
    @Override
    boolean stillOpen() {
      try {
        DocumentReader.of(Format.YAML).read("bsc: 1\nname: Acme\nobjectives:\n"
            + "  - {id: F1, name: Grow, perspective: financial}\n  - {id: C1, name: Win, perspective: customer}\n"
            + "links:\n  - {from: C1, to: F1, lag: P999999999W}\n", "repro.yaml");
        return false;
      } catch (DocumentException e) {
        return false;
      } catch (RuntimeException e) {
        return true;
      }
    }

    @Override
    boolean shownBy(ScorecardDocument doc) {
      return doc.scorecard().links().stream().map(CausalLink::lag).flatMap(Optional::stream)
          .anyMatch(p -> p.toTotalMonths() > 12 * 10_000 || p.getDays() > 3_650_000);
    }
  };

  private static final Pattern LONE_SURROGATE =
      Pattern.compile("[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]");

  /** {@return whether the defect's reproducer still shows it} */
  abstract boolean stillOpen();

  /**
   * {@return whether a generated document is one that this defect affects}
   *
   * @param doc the document
   */
  abstract boolean shownBy(ScorecardDocument doc);

  /**
   * {@return whether an open defect explains why a document does not round-trip}
   *
   * @param doc the document
   */
  static boolean excuses(ScorecardDocument doc) {
    return OPEN.stream().anyMatch(d -> d.shownBy(doc));
  }

  /**
   * Runs a check on a generated document; a failure that an open defect explains is excused, any other fails.
   *
   * @param doc the document
   * @param check the check
   */
  static void unlessExcused(ScorecardDocument doc, Runnable check) {
    try {
      check.run();
    } catch (AssertionError | RuntimeException e) {
      if (!excuses(doc)) {
        throw e;
      }
    }
  }

  private static final List<KnownReaderDefect> OPEN =
      Arrays.stream(values()).filter(KnownReaderDefect::stillOpen).toList();

  /** Every string in a value made of records, optionals, collections and maps: the model's texts and ids. */
  static Stream<String> texts(Object value) {
    if (value instanceof String s) {
      return Stream.of(s);
    }
    if (value instanceof Optional<?> o) {
      return o.stream().flatMap(KnownReaderDefect::texts);
    }
    if (value instanceof Collection<?> c) {
      return c.stream().flatMap(KnownReaderDefect::texts);
    }
    if (value instanceof Map<?, ?> m) {
      return Stream.concat(texts(m.keySet()), texts(m.values()));
    }
    if (value instanceof Record r) {
      return Arrays.stream(r.getClass().getRecordComponents()).flatMap(c -> {
        try {
          return texts(c.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      });
    }
    return Stream.empty();
  }

  static boolean roundTrips(ScorecardDocument doc) {
    for (Format f : Format.values()) {
      try {
        if (!DocumentReader.of(f).read(DocumentWriter.of(f).write(doc), "rewritten").equals(doc)) {
          return false;
        }
      } catch (DocumentException e) {
        return false;
      }
    }
    return true;
  }
}
