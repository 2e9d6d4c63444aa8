package io.github.bsckit.core.model;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.Unicode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects every problem of a value before throwing, so that users see all of them at once. Each check
 * names the field by its document path and quotes the offending value.
 */
final class Checks {
  private List<Problem> problems;

  void add(String path, String message) {
    if (problems == null) {
      problems = new ArrayList<>();
    }
    problems.add(Problem.at(path, message));
  }

  void addAll(String prefix, List<Problem> more) {
    for (Problem p : more) {
      if (problems == null) {
        problems = new ArrayList<>();
      }
      problems.add(p.under(prefix));
    }
  }

  boolean isEmpty() {
    return problems == null;
  }

  void throwIfAny() {
    if (problems != null) {
      throw new ValidationException(problems);
    }
  }

  /**
   * The longest name, description, owner, rationale or unit a value holds. Far above any real scorecard text
   * (public-sector objective names run to 150 characters, a pasted strategy paragraph to a few thousand) and
   * only a guard against text that is plainly not a scorecard's; hostile documents are stopped earlier by
   * {@code ReadLimits.maxStringLength}.
   */
  static final int MAX_TEXT = 100_000;

  String text(String path, String value) {
    if (value.isBlank()) {
      add(path, "must not be blank but was \"" + value + "\"");
    } else {
      notTooLong(path, value);
    }
    return value;
  }

  /** Checks the length and that the text is valid Unicode, but not blankness: for a unit, which may be empty. */
  String notTooLong(String path, String value) {
    if (value.length() > MAX_TEXT) {
      add(path, "must be at most " + MAX_TEXT + " characters but was " + value.length());
    } else {
      String unpaired = Unicode.problem(value); // no document could carry it: write and read back would differ
      if (unpaired != null) {
        add(path, unpaired);
      }
    }
    return value;
  }

  double finite(String path, double value) {
    if (!Double.isFinite(value)) {
      add(path, "must be a finite number but was " + value);
    }
    return value;
  }

  /**
   * The largest weight. Weights are relative (a KPI of weight 2 counts twice one of weight 1), so a million to
   * one is already beyond any real scorecard; the bound keeps roll-up arithmetic far from overflow.
   */
  static final double MAX_WEIGHT = 1_000_000;

  double weight(String path, double value) {
    if (!Double.isFinite(value) || value < 0 || value > MAX_WEIGHT) {
      add(path, "must be a number from 0 to 1000000 but was " + value);
    }
    return value;
  }

  int between(String path, int value, int min, int max) {
    if (value < min || value > max) {
      add(path, "must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** Runs a conversion that may throw ValidationException (an id, a sub-value), recording its problems. */
  <T> T attempt(String path, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (ValidationException e) {
      addAll(path, e.problems());
      return null;
    }
  }

  <T> T id(String path, String text, Function<String, T> factory) {
    return attempt(path, () -> factory.apply(text));
  }

  LocalDate date(String path, Object date) {
    if (date instanceof LocalDate d) {
      return d;
    }
    try {
      return LocalDate.parse((String) date);
    } catch (DateTimeParseException e) {
      add(path, "must be an ISO date (yyyy-mm-dd) but was \"" + date + "\"");
      return null;
    }
  }

  static Optional<String> optionalText(Checks c, String path, Optional<String> value) {
    value.ifPresent(v -> c.text(path, v));
    return value;
  }
}
