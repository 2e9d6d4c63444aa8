package io.github.bsckit.core.io;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.Scorecard;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads and writes KPI actuals as CSV with the header {@code kpi,date,value}, one measured value per line:
 *
 * <pre>
 * kpi,date,value
 * retention,2026-03-31,86
 * retention,2026-06-30,87.2
 * </pre>
 *
 * <p>The columns may come in any order; blank lines are skipped and spaces around fields ignored. Reading
 * returns all the values or throws one {@link DocumentException} naming every bad line as
 * {@code FILE:line:col: column: what is wrong}: malformed ids, dates or numbers, a second value for the same
 * KPI and date, and, when read {@linkplain #against(Scorecard) against a scorecard}, KPIs it does not declare.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Actuals actuals = ActualsCsv.reader().against(scorecard).read(Path.of("actuals.csv"));
 * }</pre>
 */
public final class ActualsCsv {
  private static final List<String> COLUMNS = List.of("kpi", "date", "value");
  private static final DocPath KPI_PATH = DocPath.of("kpi");
  private static final DocPath DATE_PATH = DocPath.of("date");
  /** Plain decimal numbers; Java's own parser would also take hex, {@code NaN} and a trailing {@code d}. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private final ReadLimits limits;
  private final List<String> known;
  private final Map<String, Scale> scales;

  private ActualsCsv(ReadLimits limits, List<String> known, Map<String, Scale> scales) {
    this.limits = limits;
    this.known = known;
    this.scales = scales;
  }

  /** {@return a reader with the {@linkplain ReadLimits#defaults() default limits} that takes any KPI id} */
  public static ActualsCsv reader() {
    return new ActualsCsv(ReadLimits.defaults(), null, Map.of());
  }

  /**
   * {@return this reader, accepting only the KPIs a scorecard declares, and the values of its ordinal and
   * milestone KPIs as the text of their levels ({@code AA}, {@code done})}
   *
   * @param scorecard the scorecard the actuals are for
   */
  public ActualsCsv against(Scorecard scorecard) {
    Objects.requireNonNull(scorecard, "scorecard");
    return new ActualsCsv(limits, scorecard.kpis().stream().map(Kpi::id).map(KpiId::value).toList(),
        scales(scorecard));
  }

  private static Map<String, Scale> scales(Scorecard scorecard) {
    Map<String, Scale> scales = new HashMap<>();
    scorecard.kpis().stream().filter(k -> !k.scale().isNumbers()).forEach(k -> scales.put(k.id().value(), k.scale()));
    return Map.copyOf(scales);
  }

  /**
   * {@return this reader with other limits: the document length, field length and number length apply, and
   * {@code maxNodes} bounds the number of lines}
   *
   * @param limits the limits
   */
  public ActualsCsv withLimits(ReadLimits limits) {
    return new ActualsCsv(Objects.requireNonNull(limits, "limits"), known, scales);
  }

  /**
   * Reads CSV held in a string.
   *
   * @param text the CSV, header first
   * @param source the name to report problems under; may be empty
   * @return the actuals
   * @throws DocumentException listing every problem found
   */
  public Actuals read(String text, String source) {
    Objects.requireNonNull(text, "text");
    Problems problems = new Problems(Objects.requireNonNull(source, "source"));
    return parse(InputText.of(text, limits, problems), problems);
  }

  /**
   * Reads CSV from a reader, to its end; the reader is not closed.
   *
   * @param in the CSV, header first
   * @param source the name to report problems under; may be empty
   * @return the actuals
   * @throws DocumentException listing every problem found, or the read failure
   */
  public Actuals read(Reader in, String source) {
    Objects.requireNonNull(in, "in");
    Problems problems = new Problems(Objects.requireNonNull(source, "source"));
    return parse(InputText.of(in, limits, problems), problems);
  }

  /**
   * Reads UTF-8 CSV from a stream, to its end; the stream is not closed.
   *
   * @param in the CSV's bytes
   * @param source the name to report problems under; may be empty
   * @return the actuals
   * @throws DocumentException listing every problem found, or the read failure
   */
  public Actuals read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Problems problems = new Problems(Objects.requireNonNull(source, "source"));
    return parse(InputText.of(in, limits, problems), problems);
  }

  /**
   * Reads a UTF-8 CSV file, reporting problems under the file's path as given.
   *
   * @param file the file
   * @return the actuals
   * @throws DocumentException listing every problem found, or why the file cannot be read
   */
  public Actuals read(Path file) {
    Objects.requireNonNull(file, "file");
    Problems problems = new Problems(file.toString());
    return parse(InputText.of(file, limits, problems), problems);
  }

  /**
   * Writes actuals as CSV: the header, then one line per value, by KPI id and date.
   *
   * @param actuals the actuals
   * @return the CSV text, each line ending with {@code \n}
   */
  public static String write(Actuals actuals) {
    return write(actuals, Map.of());
  }

  /**
   * Writes actuals as CSV, the values of the scorecard's ordinal and milestone KPIs as the text of their levels
   * (quoted when the text holds a comma or a quote), so that {@code reader().against(scorecard)} reads them back.
   *
   * @param actuals the actuals
   * @param scorecard the scorecard they are for
   * @return the CSV text, each line ending with {@code \n}
   * @throws io.github.bsckit.core.ValidationException if an ordinal or milestone KPI's actual is not a level of
   *     its scale
   */
  public static String write(Actuals actuals, Scorecard scorecard) {
    return write(actuals, scales(Objects.requireNonNull(scorecard, "scorecard")));
  }

  private static String write(Actuals actuals, Map<String, Scale> scales) {
    Objects.requireNonNull(actuals, "actuals");
    StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (KpiId kpi : actuals.kpis()) {
      Scale scale = scales.get(kpi.value());
      for (Map.Entry<LocalDate, Double> e : actuals.series(kpi).entrySet()) {
        String value = scale == null ? Numbers.exact(e.getValue()) : quoted(scale.format(e.getValue()));
        sb.append(kpi.value()).append(',').append(e.getKey()).append(',').append(value).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * {@return the field, in double quotes (with quotes doubled) when it holds a comma, a quote or a control
   * character, or starts or ends with a space of any kind, which reading would take for padding}
   */
  private static String quoted(String field) {
    int first = field.codePointAt(0);
    int last = field.codePointBefore(field.length());
    boolean plain = field.codePoints().noneMatch(c -> c == ',' || c == '"' || Character.isISOControl(c))
        && !Character.isWhitespace(first) && !Character.isSpaceChar(first)
        && !Character.isWhitespace(last) && !Character.isSpaceChar(last);
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }

  /** One field as read, with where it starts. */
  private record Field(String text, int line, int column) {}

  private Actuals parse(String text, Problems problems) {
    ActualsCollector collected = new ActualsCollector(problems, known);
    int[] order = null;
    int records = 0;
    try (JsonParser p = Notations.csvParser(new StringReader(text))) {
      List<Field> record = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          TokenStreamLocation at = p.currentTokenLocation();
          String s = p.getString();
          if (s.length() > limits.maxStringLength()) {
            throw problems.fatal("", at.getLineNr(), at.getColumnNr(), "a field of " + s.length()
                + " characters is longer than the limit of " + limits.maxStringLength() + " (ReadLimits.maxStringLength)");
          }
          record.add(new Field(s, at.getLineNr(), at.getColumnNr()));
        } else if (t == JsonToken.END_ARRAY && !record.isEmpty()) {
          if (order == null) {
            order = header(record, problems);
          } else if (++records > limits.maxNodes()) {
            throw problems.fatal("", record.get(0).line(), record.get(0).column(), "the file has more than "
                + limits.maxNodes() + " values, the limit (ReadLimits.maxNodes)");
          } else {
            row(record, order, collected, problems);
          }
          record.clear();
        }
      }
    } catch (JacksonException e) {
      throw Notations.fatal(e, "", problems);
    }
    if (order == null) {
      throw problems.fatal("", 1, 1, "the file is empty; it must start with the header kpi,date,value");
    }
    problems.throwIfAny();
    return collected.build();
  }

  /** {@return for each of kpi, date, value the index of its column} */
  private static int[] header(List<Field> record, Problems problems) {
    List<String> names = record.stream().map(Field::text).toList();
    int[] order = new int[COLUMNS.size()];
    for (int c = 0; c < COLUMNS.size(); c++) {
      order[c] = names.indexOf(COLUMNS.get(c));
    }
    if (names.size() != COLUMNS.size() || names.stream().distinct().count() != names.size()
        || Arrays.stream(order).anyMatch(i -> i < 0)) {
      Field first = record.get(0);
      throw problems.fatal("", first.line(), first.column(), "the first line must be the header kpi,date,value"
          + " (in any order) but was " + String.join(",", names));
    }
    return order;
  }

  private void row(List<Field> record, int[] order, ActualsCollector collected, Problems problems) {
    Field first = record.get(0);
    if (record.size() != COLUMNS.size()) {
      Field last = record.get(record.size() - 1);
      problems.addAside("", first.line(), first.column(), "expected 3 fields (kpi,date,value) but found "
          + record.size() + (record.size() > 3 ? ", from column " + last.column() : ""));
      return;
    }
    Field kpi = record.get(order[0]);
    Field date = record.get(order[1]);
    Field value = record.get(order[2]);
    boolean known = collected.kpi(kpi.text(), KPI_PATH, kpi.line(), kpi.column());
    LocalDate d = date(date, problems);
    Scale scale = scales.get(kpi.text());
    Double v = scale == null ? value(value, problems) : level(value, scale, problems);
    if (known && d != null && v != null) {
      collected.add(kpi.text(), d, v, DATE_PATH, date.line(), date.column());
    }
  }

  private static LocalDate date(Field f, Problems problems) {
    try {
      if (f.text().matches("[+-]?\\d{4,9}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(f.text());
      }
    } catch (DateTimeParseException e) {
      // reported below, as for any other text that is not a date
    }
    problems.add("date", f.line(), f.column(), Checks.notADate(f.text()));
    return null;
  }

  private static Double level(Field f, Scale scale, Problems problems) {
    java.util.OptionalInt i = scale.indexOf(f.text());
    if (i.isEmpty()) {
      problems.add("value", f.line(), f.column(), "must be a level of the scale " + scale + " but was \""
          + f.text() + "\"" + io.github.bsckit.core.internal.DidYouMean.hint(f.text(), scale.levels()));
      return null;
    }
    return (double) i.getAsInt();
  }

  private Double value(Field f, Problems problems) {
    String s = f.text();
    if (s.length() > limits.maxNumberLength()) {
      problems.add("value", f.line(), f.column(), "a number of " + s.length() + " characters is longer than"
          + " the limit of " + limits.maxNumberLength() + " (ReadLimits.maxNumberLength)");
      return null;
    }
    if (!DECIMAL.matcher(s).matches()) {
      problems.add("value", f.line(), f.column(), "must be a number such as 86 or 87.25 but was \"" + s + "\"");
      return null;
    }
    double v = Double.parseDouble(s);
    if (!Double.isFinite(v)) {
      problems.add("value", f.line(), f.column(), "must be a finite number but was " + s);
      return null;
    }
    return v;
  }
}
