package io.github.bsckit.xlsx;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.DidYouMean;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.io.DocumentException;
import io.github.bsckit.core.io.ReadLimits;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads KPI actuals from an Excel workbook (.xlsx), streaming its sheets. Immutable and thread-safe.
 *
 * <p>Every sheet whose first non-empty row is a header of one of two shapes is read; other sheets (notes, charts,
 * workings) are left alone:
 *
 * <ul>
 *   <li><b>long</b>, as the CSV reader takes it: the header cells {@code kpi}, {@code date} and {@code value}, in
 *       any order, then one row per measured value;
 *   <li><b>wide</b>, as people keep a KPI sheet: {@code kpi} in the first column, then one column per date, one
 *       row per KPI; an empty cell is a period without a value.
 * </ul>
 *
 * <p>A date is an Excel date cell, or text: an ISO date ({@code 2026-03-31}) or, in a wide header, a month
 * ({@code 2026-03}, meaning its last day). A value is a number, or a formula's cached number; an ordinal or
 * milestone KPI's value, when read {@linkplain #against(Scorecard) against a scorecard}, is the text of its level
 * ({@code AA}, {@code done}). Header and id cells are matched without regard to case and surrounding spaces.
 *
 * <p>Reading returns all the values or throws one {@link DocumentException} naming every problem at its cell,
 * {@code FILE!Sheet!B7: value: must be a number but was "n/a"}: malformed ids, dates and numbers, error cells
 * ({@code #DIV/0!}), a second value for the same KPI and date (naming where the first was), and KPIs the
 * scorecard does not declare. The limits are the CSV reader's ({@link ReadLimits}): the file's size in bytes is
 * held to {@code maxDocumentLength}, the number of values to {@code maxNodes}, a cell's text to
 * {@code maxStringLength} and a number's to {@code maxNumberLength}.
 *
 * <pre>{@code
 * Actuals actuals = ActualsXlsx.reader().against(scorecard).read(Path.of("actuals.xlsx"));
 * }</pre>
 */
public final class ActualsXlsx {
  private static final List<String> LONG = List.of("kpi", "date", "value");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final ReadLimits limits;
  private final List<String> known;
  private final Map<String, Scale> scales;

  private ActualsXlsx(ReadLimits limits, List<String> known, Map<String, Scale> scales) {
    this.limits = limits;
    this.known = known;
    this.scales = scales;
  }

  /** {@return a reader with the {@linkplain ReadLimits#defaults() default limits} that takes any KPI id} */
  public static ActualsXlsx reader() {
    return new ActualsXlsx(ReadLimits.defaults(), null, Map.of());
  }

  /**
   * {@return this reader, accepting only the KPIs a scorecard declares, and the values of its ordinal and
   * milestone KPIs as the text of their levels}
   *
   * @param scorecard the scorecard the actuals are for
   */
  public ActualsXlsx against(Scorecard scorecard) {
    Objects.requireNonNull(scorecard, "scorecard");
    Map<String, Scale> scales = new HashMap<>();
    scorecard.kpis().stream().filter(k -> !k.scale().isNumbers()).forEach(k -> scales.put(k.id().value(), k.scale()));
    return new ActualsXlsx(limits, scorecard.kpis().stream().map(Kpi::id).map(KpiId::value).toList(),
        Map.copyOf(scales));
  }

  /**
   * {@return this reader with other limits}
   *
   * @param limits the limits: the document length (here in bytes), string length, number length and number of
   *     values apply
   */
  public ActualsXlsx withLimits(ReadLimits limits) {
    return new ActualsXlsx(Objects.requireNonNull(limits, "limits"), known, scales);
  }

  /**
   * Reads a workbook file, reporting problems under the file's path as given.
   *
   * @param file the .xlsx file
   * @return the actuals
   * @throws DocumentException listing every problem found, or why the file cannot be read
   */
  public Actuals read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (IOException e) {
      throw fatal(source, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads a workbook from a stream, to its end; the stream is not closed.
   *
   * @param in the workbook's bytes
   * @param source the name to report problems under, such as the file's name; may be empty
   * @return the actuals
   * @throws DocumentException listing every problem found, or the read failure
   */
  public Actuals read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] bytes;
    try {
      bytes = in.readNBytes(limits.maxDocumentLength() + 1);
    } catch (IOException e) {
      throw fatal(source, "cannot be read: " + e.getMessage());
    }
    if (bytes.length > limits.maxDocumentLength()) {
      throw fatal(source, "is longer than the limit of " + limits.maxDocumentLength()
          + " bytes (ReadLimits.maxDocumentLength)");
    }
    Reading r = new Reading(source);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      Iterator<Sheet> sheets = wb.getSheets().iterator();
      while (sheets.hasNext()) {
        Sheet sheet = sheets.next();
        try (Stream<Row> rows = sheet.openStream()) {
          r.sheet(sheet.getName(), rows.iterator());
        }
      }
    } catch (IOException | ExcelReaderException | UncheckedIOException e) {
      throw fatal(source, "is not a readable .xlsx workbook: " + e.getMessage());
    } catch (TooMany e) {
      throw new DocumentException(source, List.of(e.problem));
    }
    if (r.sheetsRead == 0) {
      throw fatal(source, "has no sheet of actuals: a sheet's first row must be the header kpi,date,value (long,"
          + " in any order) or kpi followed by one date per column (wide)");
    }
    if (!r.problems.isEmpty()) {
      throw new DocumentException(source, r.problems);
    }
    return r.values.build();
  }

  private static DocumentException fatal(String source, String message) {
    return new DocumentException(source, List.of(new Problem(source, 0, 0, "", message)));
  }

  /** Stops reading at the first value past the limit, keeping the problem that says so. */
  private static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    TooMany(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** One read of one workbook: the problems, the values, and which KPI ids were checked. */
  private final class Reading {
    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final Actuals.Builder values = Actuals.builder();
    private final Map<String, Boolean> checkedIds = new HashMap<>();
    private final Map<String, String> firstAt = new HashMap<>();
    private int count;
    private int sheetsRead;
    private String sheet;

    Reading(String source) {
      this.source = source;
    }

    private String at(String cell) {
      return (source.isEmpty() ? "<input>" : source) + "!" + sheet + "!" + cell;
    }

    private void problem(String cell, String path, String message) {
      problems.add(new Problem(at(cell), 0, 0, path, message));
    }

    void sheet(String name, Iterator<Row> rows) {
      sheet = name;
      Row header = null;
      while (rows.hasNext() && header == null) {
        Row row = rows.next();
        if (row.getFirstNonEmptyCell().isPresent()) {
          header = row;
        }
      }
      if (header == null) {
        return;
      }
      List<String> names = new ArrayList<>();
      for (int c = 0; c < header.getCellCount(); c++) {
        names.add(key(text(header, c)));
      }
      while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
        names.remove(names.size() - 1);
      }
      if (names.size() == LONG.size() && Set.copyOf(names).equals(Set.copyOf(LONG))) {
        sheetsRead++;
        readLong(names, rows);
      } else if (!names.isEmpty() && "kpi".equals(names.get(0))) {
        sheetsRead++;
        readWide(header, names, rows);
      }
    }

    private void readLong(List<String> names, Iterator<Row> rows) {
      int kpiAt = names.indexOf("kpi");
      int dateAt = names.indexOf("date");
      int valueAt = names.indexOf("value");
      while (rows.hasNext()) {
        Row row = rows.next();
        if (row.getFirstNonEmptyCell().isEmpty()) {
          continue;
        }
        Optional<String> kpi = kpi(row, kpiAt);
        Optional<LocalDate> date = date(row, dateAt, false);
        Optional<Double> value = kpi.flatMap(k -> value(row, valueAt, k));
        if (kpi.isPresent() && date.isPresent() && value.isPresent()) {
          add(kpi.get(), date.get(), value.get(), address(row, dateAt));
        }
      }
    }

    private void readWide(Row header, List<String> names, Iterator<Row> rows) {
      List<Integer> columns = new ArrayList<>();
      List<LocalDate> dates = new ArrayList<>();
      for (int c = 1; c < names.size(); c++) {
        Optional<LocalDate> d = date(header, c, true);
        if (d.isPresent()) {
          columns.add(c);
          dates.add(d.get());
        }
      }
      if (columns.isEmpty() && names.size() <= 1) {
        problem(address(header, 1), "", "the header must be kpi,date,value (long) or kpi followed by one date per"
            + " column (wide), but has nothing after kpi");
        return;
      }
      while (rows.hasNext()) {
        Row row = rows.next();
        if (row.getFirstNonEmptyCell().isEmpty()) {
          continue;
        }
        Optional<String> kpi = kpi(row, 0);
        for (int i = 0; i < columns.size() && kpi.isPresent(); i++) {
          int c = columns.get(i);
          if (blank(row, c)) {
            continue; // a period without a value
          }
          Optional<Double> value = value(row, c, kpi.get());
          if (value.isPresent()) {
            add(kpi.get(), dates.get(i), value.get(), address(row, c));
          }
        }
        for (int c = names.size(); c < row.getCellCount(); c++) {
          if (!blank(row, c)) {
            problem(address(row, c), "", "a value in a column without a date in the header");
          }
        }
      }
    }

    private Optional<String> kpi(Row row, int column) {
      String cell = address(row, column);
      String id = text(row, column).strip();
      if (id.isEmpty()) {
        problem(cell, "kpi", "must name a KPI but is empty");
        return Optional.empty();
      }
      if (id.length() > limits.maxStringLength()) {
        problem(cell, "kpi", "a text of " + id.length() + " characters is longer than the limit of "
            + limits.maxStringLength() + " (ReadLimits.maxStringLength)");
        return Optional.empty();
      }
      Boolean ok = checkedIds.get(id);
      if (ok == null) {
        ok = true;
        try {
          KpiId.of(id);
        } catch (ValidationException e) {
          e.problems().forEach(p -> problem(cell, "kpi", p.message()));
          ok = false;
        }
        if (ok && known != null && !known.contains(id)) {
          String hint = DidYouMean.hint(id, known);
          problem(cell, "kpi", "unknown KPI \"" + id + "\"" + (hint.isEmpty()
              ? (known.isEmpty() ? "; the scorecard declares no KPIs" : "") : hint));
          ok = false;
        }
        checkedIds.put(id, ok);
      }
      return ok ? Optional.of(id) : Optional.empty();
    }

    /** A date cell: an Excel date, or text holding an ISO date (or, in a wide header, a month). */
    private Optional<LocalDate> date(Row row, int column, boolean header) {
      String cell = address(row, column);
      Optional<Cell> c = row.getOptionalCell(column);
      CellType type = c.map(Cell::getType).orElse(CellType.EMPTY);
      if (type == CellType.NUMBER || type == CellType.FORMULA && number(c.get()).isPresent()) {
        try {
          LocalDateTime t = c.get().asDate();
          if (t != null && t.toLocalTime().toSecondOfDay() == 0) {
            return Optional.of(t.toLocalDate());
          }
          problem(cell, "date", "must be a date without a time of day but was " + t);
        } catch (RuntimeException e) {
          problem(cell, "date", "must be a date but was the number " + c.get().getRawValue());
        }
        return Optional.empty();
      }
      String text = text(row, column).strip();
      try {
        if (ISO_DATE.matcher(text).matches()) {
          return Optional.of(LocalDate.parse(text));
        }
        if (header && MONTH.matcher(text).matches()) {
          return Optional.of(YearMonth.parse(text).atEndOfMonth());
        }
      } catch (DateTimeException e) {
        // reported below, as any other text that is not a date
      }
      problem(cell, "date", "must be a date (a date cell, or text such as 2026-03-31" + (header ? " or 2026-03" : "")
          + ") but was " + (text.isEmpty() ? "empty" : "\"" + shortened(text) + "\""));
      return Optional.empty();
    }

    private Optional<Double> value(Row row, int column, String kpi) {
      String cell = address(row, column);
      Optional<Cell> c = row.getOptionalCell(column);
      CellType type = c.map(Cell::getType).orElse(CellType.EMPTY);
      Scale scale = scales.get(kpi);
      if (type == CellType.ERROR) {
        problem(cell, "value", "the cell holds the error " + c.get().getRawValue());
        return Optional.empty();
      }
      if (scale != null) {
        String text = text(row, column).strip();
        OptionalInt i = scale.indexOf(text);
        if (i.isEmpty()) {
          problem(cell, "value", "must be a level of the scale " + scale + " but was \"" + shortened(text) + "\""
              + DidYouMean.hint(text, scale.levels()));
          return Optional.empty();
        }
        return Optional.of((double) i.getAsInt());
      }
      Optional<BigDecimal> number = c.flatMap(this::number);
      if (number.isEmpty()) {
        String text = text(row, column).strip();
        problem(cell, "value", "must be a number such as 86 or 87.25 but was "
            + (text.isEmpty() ? "empty" : "\"" + shortened(text) + "\""));
        return Optional.empty();
      }
      String raw = number.get().toPlainString();
      if (raw.length() > limits.maxNumberLength()) {
        problem(cell, "value", "a number of " + raw.length() + " characters is longer than the limit of "
            + limits.maxNumberLength() + " (ReadLimits.maxNumberLength)");
        return Optional.empty();
      }
      double v = number.get().doubleValue();
      if (!Double.isFinite(v)) {
        problem(cell, "value", "must be a finite number but was " + raw);
        return Optional.empty();
      }
      return Optional.of(v);
    }

    /** A number cell's number, or a formula's cached number; text that merely looks like a number is not one. */
    private Optional<BigDecimal> number(Cell c) {
      try {
        if (c.getType() == CellType.NUMBER) {
          return Optional.of(c.asNumber());
        }
        if (c.getType() == CellType.FORMULA && c.getRawValue() != null) {
          return Optional.of(new BigDecimal(c.getRawValue()));
        }
      } catch (RuntimeException e) {
        // not a number
      }
      return Optional.empty();
    }

    private void add(String kpi, LocalDate date, double value, String cell) {
      if (++count > limits.maxNodes()) {
        throw new TooMany(new Problem(at(cell), 0, 0, "", "the workbook has more than " + limits.maxNodes()
            + " values, the limit (ReadLimits.maxNodes)"));
      }
      String first = firstAt.putIfAbsent(kpi + "@" + date, sheet + "!" + cell);
      if (first != null) {
        problem(cell, "value", "a second value for " + kpi + " at " + date + " (the first is at " + first + ")");
        return;
      }
      values.add(KpiId.of(kpi), date, value);
    }

    private String text(Row row, int column) {
      Optional<Cell> c = row.getOptionalCell(column);
      if (c.isEmpty() || c.get().getType() == CellType.EMPTY) {
        return "";
      }
      String text = c.get().getType() == CellType.NUMBER ? Numbers.plain(c.get().asNumber().doubleValue())
          : Objects.requireNonNullElse(c.get().getText(), "");
      if (text.length() > limits.maxStringLength()) {
        problem(address(row, column), "", "a text of " + text.length() + " characters is longer than the limit of "
            + limits.maxStringLength() + " (ReadLimits.maxStringLength)");
        return "";
      }
      return text;
    }

    private boolean blank(Row row, int column) {
      Optional<Cell> c = row.getOptionalCell(column);
      return c.isEmpty() || c.get().getType() == CellType.EMPTY
          || c.get().getType() == CellType.STRING && Objects.requireNonNullElse(c.get().getText(), "").isBlank();
    }
  }

  private static String key(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  private static String address(Row row, int column) {
    return CellAddress.convertNumToColString(column) + row.getRowNum();
  }

  private static String shortened(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** {@return for example {@code ActualsXlsx[any KPI]}} */
  @Override
  public String toString() {
    return "ActualsXlsx[" + (known == null ? "any KPI" : known.size() + " KPIs") + ", " + limits + "]";
  }
}
