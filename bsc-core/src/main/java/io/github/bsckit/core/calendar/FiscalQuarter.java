package io.github.bsckit.core.calendar;

import io.github.bsckit.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a fiscal year by its label, such as {@code FY2027 Q1}: a small comparable value in the manner of
 * ThreeTen-Extra's {@code YearQuarter}. It knows nothing of dates; a {@link FiscalCalendar} says which days a
 * fiscal quarter covers. Ordered by fiscal year, then quarter. Immutable and thread-safe.
 *
 * <pre>{@code
 * FiscalQuarter q = FiscalQuarter.parse("FY2027 Q1");
 * q.plusQuarters(5);                               // FY2028 Q2
 * q.until(FiscalQuarter.of(2028, 1));              // 4
 * q.through(FiscalQuarter.parse("FY2027 Q4"));     // [FY2027 Q1, FY2027 Q2, FY2027 Q3, FY2027 Q4]
 * }</pre>
 *
 * @param fiscalYear the fiscal year's label, 1 to 9999
 * @param quarter the quarter within the fiscal year, 1 to 4
 */
public record FiscalQuarter(int fiscalYear, int quarter) implements Comparable<FiscalQuarter> {
  /** The lowest fiscal year label. */
  public static final int MIN_YEAR = 1;
  /** The highest fiscal year label. */
  public static final int MAX_YEAR = 9999;

  private static final Pattern TEXT = Pattern.compile("FY(\\d{1,4}) Q([1-4])");

  /**
   * Validates the components.
   *
   * @param fiscalYear the fiscal year's label, 1 to 9999
   * @param quarter the quarter within the fiscal year, 1 to 4
   * @throws io.github.bsckit.core.ValidationException if the year or quarter is out of range
   */
  public FiscalQuarter {
    Checks c = new Checks();
    c.check(fiscalYear >= MIN_YEAR && fiscalYear <= MAX_YEAR, "fiscalYear",
        "must be between " + MIN_YEAR + " and " + MAX_YEAR + " but was " + fiscalYear);
    c.check(quarter >= 1 && quarter <= 4, "quarter", "must be between 1 and 4 but was " + quarter);
    c.throwIfAny();
  }

  /**
   * Returns a fiscal quarter.
   *
   * @param fiscalYear the fiscal year's label, 1 to 9999
   * @param quarter the quarter, 1 to 4
   * @return the fiscal quarter
   * @throws io.github.bsckit.core.ValidationException if the year or quarter is out of range
   */
  public static FiscalQuarter of(int fiscalYear, int quarter) {
    return new FiscalQuarter(fiscalYear, quarter);
  }

  /**
   * Reads the form {@link #toString()} writes, such as {@code FY2027 Q1}.
   *
   * @param text the text
   * @return the fiscal quarter
   * @throws io.github.bsckit.core.ValidationException if the text is not of that form or out of range
   */
  public static FiscalQuarter parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw Checks.invalid("text", "must look like \"FY2027 Q1\" but was \"" + text + "\"");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the fiscal quarter some quarters later (or earlier, when negative).
   *
   * @param quarters how many quarters to add, may be negative
   * @return the fiscal quarter
   * @throws io.github.bsckit.core.ValidationException if the result lies outside FY1 to FY9999
   */
  public FiscalQuarter plusQuarters(long quarters) {
    long index = index() + quarters;
    long year = Math.floorDiv(index, 4);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw Checks.invalid("quarters", "moves " + this + " outside FY" + MIN_YEAR + " to FY" + MAX_YEAR
          + ": " + quarters);
    }
    return of((int) year, Math.floorMod(index, 4) + 1);
  }

  /**
   * Returns the fiscal quarter some quarters earlier.
   *
   * @param quarters how many quarters to subtract, may be negative
   * @return the fiscal quarter
   * @throws io.github.bsckit.core.ValidationException if the result lies outside FY1 to FY9999
   */
  public FiscalQuarter minusQuarters(long quarters) {
    return plusQuarters(-quarters);
  }

  /**
   * Counts the quarters from this one to another.
   *
   * @param end the other fiscal quarter
   * @return how many quarters {@code end} lies after this one; negative when it lies before
   */
  public long until(FiscalQuarter end) {
    Objects.requireNonNull(end, "end");
    return end.index() - index();
  }

  /**
   * Lists the quarters from this one to another, both included.
   *
   * @param last the last quarter, not before this one
   * @return the quarters in order; never empty; unmodifiable
   * @throws io.github.bsckit.core.ValidationException if {@code last} is before this quarter
   */
  public List<FiscalQuarter> through(FiscalQuarter last) {
    long n = until(Objects.requireNonNull(last, "last"));
    if (n < 0) {
      throw Checks.invalid("last", "must not be before " + this + " but was " + last);
    }
    List<FiscalQuarter> out = new ArrayList<>((int) n + 1);
    for (long i = 0; i <= n; i++) {
      out.add(plusQuarters(i));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * {@return true if this quarter comes before the other}
   *
   * @param other the other fiscal quarter
   */
  public boolean isBefore(FiscalQuarter other) {
    return compareTo(other) < 0;
  }

  /**
   * {@return true if this quarter comes after the other}
   *
   * @param other the other fiscal quarter
   */
  public boolean isAfter(FiscalQuarter other) {
    return compareTo(other) > 0;
  }

  private long index() {
    return fiscalYear * 4L + quarter - 1;
  }

  @Override
  public int compareTo(FiscalQuarter other) {
    return Long.compare(index(), other.index());
  }

  /** {@return for example {@code FY2027 Q1}; {@link #parse(CharSequence)} reads it back} */
  @Override
  public String toString() {
    return "FY" + fiscalYear + " Q" + quarter;
  }
}
