package io.github.bsckit.core.internal;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one problem collector of bsc-kit, with its precondition helpers. A constructor or factory records every
 * problem of its arguments, each naming the field by its path and quoting the value, and then throws them all at
 * once as one {@link ValidationException}, so that users see every problem in one go:
 *
 * <pre>{@code
 * Checks c = new Checks();
 * c.between("quarter", quarter, 1, 4);
 * c.check(!name.isBlank(), "name", "must not be blank but was \"" + name + "\"");
 * c.throwIfAny();
 * }</pre>
 *
 * <p>The static {@code require…} helpers check a single argument and throw at once. A problem may carry a
 * location ({@link Problem#locatedAt}); the document reader's collector extends this one to place the model's
 * problems at the line and column they are about. Not thread-safe: one per check.
 */
public class Checks {
  /** Made on the first problem: a check of a valid value, the common case, allocates nothing here. */
  private List<Problem> problems;

  /** Creates an empty collector. */
  public Checks() {}

  /**
   * Returns an exception with a single problem, for the caller to throw:
   * {@code throw Checks.invalid("quarter", "must be between 1 and 4 but was 5")}.
   *
   * @param path the offending field, such as {@code quarter}
   * @param message what is wrong with it, quoting the value
   * @return the exception
   */
  public static ValidationException invalid(String path, String message) {
    return new ValidationException(List.of(Problem.at(path, message)));
  }

  /**
   * Records a problem.
   *
   * @param path the offending field, as a document path
   * @param message what is wrong with it, quoting the value
   * @return this collector
   */
  public Checks add(String path, String message) {
    return add(Problem.at(path, message));
  }

  /**
   * Records a problem, located or not.
   *
   * @param problem the problem
   * @return this collector
   */
  public Checks add(Problem problem) {
    if (problems == null) {
      problems = new ArrayList<>();
    }
    problems.add(problem);
    return this;
  }

  /**
   * Records problems that a part reported, with their paths put under the part's path.
   *
   * @param prefix the part's path, such as {@code objectives[2]}
   * @param more the part's problems
   */
  public void addAll(String prefix, List<Problem> more) {
    for (Problem p : more) {
      add(p.under(prefix));
    }
  }

  /**
   * Records a problem unless a condition holds.
   *
   * @param condition the rule that must hold
   * @param path the offending field
   * @param message what is wrong when it does not
   * @return this collector
   */
  public Checks check(boolean condition, String path, String message) {
    return condition ? this : add(path, message);
  }

  /** {@return true if no problem was recorded} */
  public boolean isEmpty() {
    return problems == null;
  }

  /** {@return the problems recorded so far, in order} */
  public List<Problem> problems() {
    return problems == null ? List.of() : List.copyOf(problems);
  }

  /**
   * Throws every recorded problem at once.
   *
   * @throws ValidationException if any problem was recorded
   */
  public void throwIfAny() {
    if (problems != null) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Runs a construction that may throw {@link ValidationException} (an id, a part), recording its problems
   * under {@code prefix}.
   *
   * @param prefix the part's path
   * @param construction what builds the part
   * @param <T> the part
   * @return what it built, or null when it reported problems
   */
  public <T> T attempt(String prefix, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (ValidationException e) {
      addAll(prefix, e.problems());
      return null;
    }
  }

  /**
   * Runs a construction as {@link #attempt(String, Supplier)} does, under the path {@code list[index]suffix}
   * (such as {@code links[3].from}), which is made only when the construction reports problems: a valid build
   * of a large scorecard makes no path text at all.
   *
   * @param list the list's path, such as {@code links}
   * @param index the item's index in the list
   * @param suffix what follows the item's path, such as {@code .from}; may be empty
   * @param construction what builds the part
   * @param <T> the part
   * @return what it built, or null when it reported problems
   */
  public <T> T attempt(String list, int index, String suffix, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (ValidationException e) {
      addAll(list + "[" + index + "]" + suffix, e.problems());
      return null;
    }
  }

  /**
   * Makes a typed id from its text, recording the id's problems under the path.
   *
   * @param path the field
   * @param text the id's text
   * @param factory the id's factory, such as {@code ObjectiveId::of}
   * @param <T> the id
   * @return the id, or null when the text is not a valid one
   */
  public <T> T id(String path, String text, Function<String, T> factory) {
    try {
      return factory.apply(text);
    } catch (ValidationException e) {
      addAll(path, e.problems());
      return null;
    }
  }

  /**
   * Makes a typed id from its text, recording the id's problems under {@code list[index]suffix}, a path made
   * only when the text is not a valid id.
   *
   * @param list the list's path, such as {@code links}
   * @param index the item's index in the list
   * @param suffix what follows the item's path, such as {@code .from}; may be empty
   * @param text the id's text
   * @param factory the id's factory, such as {@code ObjectiveId::of}
   * @param <T> the id
   * @return the id, or null when the text is not a valid one
   */
  public <T> T id(String list, int index, String suffix, String text, Function<String, T> factory) {
    try {
      return factory.apply(text);
    } catch (ValidationException e) {
      addAll(list + "[" + index + "]" + suffix, e.problems());
      return null;
    }
  }

  /**
   * Checks that an optional text, when present, is not blank and at most 10,000 characters.
   *
   * @param path the field
   * @param value the optional text
   * @return the optional text
   */
  public Optional<String> text(String path, Optional<String> value) {
    if (value.isPresent()) {
      text(path, value.get());
    }
    return value;
  }

  /**
   * Checks that a text is not blank and at most 10,000 characters.
   *
   * @param path the field
   * @param value the text
   * @return the text
   */
  public String text(String path, String value) {
    if (value.isBlank()) {
      add(path, "must not be blank but was \"" + value + "\"");
    } else {
      notTooLong(path, value);
    }
    return value;
  }

  /**
   * The longest name, description, owner, rationale or unit a value holds. Far above any real scorecard text
   * (public-sector objective names run to 150 characters, a pasted strategy paragraph to a few thousand) and
   * only a guard against text that is plainly not a scorecard's; hostile documents are stopped earlier by
   * {@code ReadLimits.maxStringLength}.
   */
  public static final int MAX_TEXT = 100_000;

  /** The largest weight: weights are relative, so a million to one is beyond any real scorecard. */
  public static final double MAX_WEIGHT = 1_000_000;

  /**
   * Checks the length and that the text is valid Unicode, but not blankness: for a unit, which may be empty.
   *
   * @param path the field
   * @param value the text
   * @return the text
   */
  public String notTooLong(String path, String value) {
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

  /**
   * Checks a weight: finite, from 0 to {@link #MAX_WEIGHT}; the bound keeps roll-up arithmetic far from overflow.
   *
   * @param path the field
   * @param value the weight
   * @return the weight
   */
  public double weight(String path, double value) {
    if (!(Double.isFinite(value) && value >= 0 && value <= MAX_WEIGHT)) {
      add(path, "must be a number from 0 to 1000000 but was " + value);
    }
    return value;
  }

  /**
   * Checks that a number is finite.
   *
   * @param path the field
   * @param value the number
   * @return the number
   */
  public double finite(String path, double value) {
    if (!Double.isFinite(value)) {
      add(path, "must be a finite number but was " + value);
    }
    return value;
  }

  /**
   * Checks that a number is finite and not negative.
   *
   * @param path the field
   * @param value the number
   * @return the number
   */
  public double nonNegative(String path, double value) {
    if (!(Double.isFinite(value) && value >= 0)) {
      add(path, "must be a finite number >= 0 but was " + value);
    }
    return value;
  }

  /**
   * Checks that a number lies in {@code [min, max]}.
   *
   * @param path the field
   * @param value the number
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the number
   */
  public int between(String path, int value, int min, int max) {
    if (value < min || value > max) {
      add(path, "must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /**
   * Reads an ISO date ({@code 2026-03-31}), or takes a {@link LocalDate} as it is.
   *
   * @param path the field
   * @param date a {@link LocalDate} or its text
   * @return the date, or null when the text is not one
   */
  public LocalDate date(String path, Object date) {
    if (date instanceof LocalDate d) {
      return d;
    }
    try {
      return parseDate(String.valueOf(date));
    } catch (DateTimeParseException e) {
      add(path, notADate(String.valueOf(date)));
      return null;
    }
  }

  /**
   * {@return what every reader says of a text that is no date: {@code must be an ISO date (yyyy-mm-dd) but was
   * "2026-13-31": there is no month 13}, {@code … "2026-02-30": 2026-02 has 28 days}, or without a reason when the
   * text is not shaped like one}
   *
   * @param text the text read
   */
  public static String notADate(String text) {
    String said = "must be an ISO date (yyyy-mm-dd) but was \"" + text + "\"";
    java.util.regex.Matcher m = DATE_SHAPE.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return said;
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return said + ": there is no month " + month;
    }
    if (Integer.parseInt(m.group(3)) == 0) {
      return said + ": there is no day 0";
    }
    java.time.YearMonth ym = java.time.YearMonth.of(Integer.parseInt(m.group(1)), month);
    return said + ": " + ym + " has " + ym.lengthOfMonth() + " days";
  }

  private static final java.util.regex.Pattern DATE_SHAPE = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /**
   * Dates parsed so far: a scorecard names the same few dates thousands of times (every KPI's baseline and target),
   * and parsing and allocating each again was a fifth of building one. Bounded, since texts come from users;
   * {@link LocalDate} is an immutable value, so sharing one is safe from any thread.
   */
  private static final Map<String, LocalDate> DATES = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_DATES = 4096;

  private static LocalDate parseDate(String text) {
    LocalDate known = text == null ? null : DATES.get(text);
    if (known != null) {
      return known;
    }
    LocalDate parsed = LocalDate.parse(text);
    if (DATES.size() < MAX_CACHED_DATES) {
      DATES.putIfAbsent(text, parsed);
    }
    return parsed;
  }

  /**
   * {@return the date that an ISO text names}
   *
   * @param field the argument's name
   * @param text the date, such as {@code 2026-03-31}
   * @throws ValidationException naming the field and the text when it is not an ISO date
   */
  public static LocalDate requireDate(String field, String text) {
    try {
      return parseDate(text);
    } catch (DateTimeParseException e) {
      throw invalid(field, notADate(text));
    }
  }

  /**
   * Checks one argument against a rule and throws at once when it fails.
   *
   * @param condition the rule that must hold
   * @param field the argument's name
   * @param message what is wrong when it does not, quoting the value
   * @throws ValidationException naming the field when the rule fails
   */
  public static void require(boolean condition, String field, String message) {
    if (!condition) {
      throw invalid(field, message);
    }
  }

  /**
   * {@return the value, checked to lie in {@code [min, max]}}
   *
   * @param field the argument's name
   * @param value its value
   * @param min the smallest allowed
   * @param max the largest allowed
   * @throws ValidationException naming the field and the value when it does not
   */
  public static int requireBetween(String field, int value, int min, int max) {
    require(value >= min && value <= max, field, "must be between " + min + " and " + max + " but was " + value);
    return value;
  }

  /**
   * {@return the value, checked to be at least {@code min}}
   *
   * @param field the argument's name
   * @param value its value
   * @param min the smallest allowed
   * @throws ValidationException naming the field and the value when it is smaller
   */
  public static long requireAtLeast(String field, long value, long min) {
    require(value >= min, field, "must be >= " + min + " but was " + value);
    return value;
  }

  /**
   * {@return the value, checked to be at least {@code min}}
   *
   * @param field the argument's name
   * @param value its value
   * @param min the smallest allowed
   * @throws ValidationException naming the field and the value when it is smaller
   */
  public static int requireAtLeast(String field, int value, int min) {
    require(value >= min, field, "must be >= " + min + " but was " + value);
    return value;
  }

  /**
   * {@return the value, checked to be at most {@code max}}
   *
   * @param field the argument's name
   * @param value its value
   * @param max the largest allowed
   * @throws ValidationException naming the field and the value when it is larger
   */
  public static long requireAtMost(String field, long value, long max) {
    require(value <= max, field, "must be <= " + max + " but was " + value);
    return value;
  }

  /**
   * {@return the value, checked to be a finite number}
   *
   * @param field the argument's name
   * @param value its value
   * @throws ValidationException naming the field and the value when it is NaN or infinite
   */
  public static double requireFinite(String field, double value) {
    require(Double.isFinite(value), field, "must be a finite number but was " + value);
    return value;
  }

  /**
   * {@return the text, checked not to be blank}
   *
   * @param field the argument's name
   * @param value its value
   * @throws ValidationException naming the field and the value when it is blank
   */
  public static String requireText(String field, String value) {
    require(!value.isBlank(), field, "must not be blank but was \"" + value + "\"");
    return value;
  }
}
