package io.github.bsckit.examples.fuzz;

import io.github.bsckit.examples.fuzz.Seeds.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a document's text: what a hostile or careless author, a broken editor or a bad disk does
 * to a file. One to three operators per mutant; sometimes the result is then damaged at the byte level (bit
 * flips, stray bytes, cut UTF-8 sequences) and read as bytes rather than as a string.
 *
 * <p>The same random source gives the same mutant, always: a case is reproduced from its seed alone.
 */
final class Mutator {
  /** Numbers at and past every edge: exponents, digits, signs, YAML and Java spellings of non-numbers. */
  static final List<String> NUMBERS = List.of("1e999999999", "1e-999999999", "-1e999999999", "1e400", "-1e400",
      "1e1000", "1e-1000", "1e308", "-1e308", "1.7976931348623157e308", "4.9e-324", "2.5e-324", "1e-320",
      "9".repeat(400), "0." + "0".repeat(398) + "1", "-0", "-0.0", "0", ".inf", "-.inf", ".nan", "NaN", "Infinity",
      "0x1F", "0o17", "0b101", "1_000", "+5", "1.", ".5", "1e", "1e+", "--1", "1.2.3", "2147483648", "-2147483649",
      "9223372036854775808", "123456789012345678901234567890", "1E+9", "0.000000000000000000000000001", "1e16",
      "10000000000000002", "-1e16", "1e-7", "1d", "1f", "0777", "1,5", "١٢٣");
  /** Dates that do not exist, are out of range, or are written another way. */
  static final List<String> DATES = List.of("2026-02-30", "2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10",
      "2026-04-31", "0000-01-01", "-0001-01-01", "+10000-01-01", "999999999-12-31", "-999999999-01-01",
      "+999999999-12-31", "1000000000-01-01", "2026-2-3", "20260101", "2026-01-01T00:00:00Z", "2026-W01",
      "2026-01-01 12:00", "2026/01/01", "01.01.2026", "2026-001", "9999-12-31", "0001-01-01", "1582-10-10");
  /** Periods, for link lags: huge, negative, mixed, malformed. */
  static final List<String> PERIODS = List.of("P999999999W", "P2147483647D", "P2147483647Y", "P-2147483648M",
      "P999999999Y999999999M", "P1000Y", "P10000Y", "P-1D", "P0D", "PT1H", "P1.5M", "P", "P1W2D", "-P1M", "p3m",
      "P3M", "P1Y2M3D", "P99999999999999999999D");
  /** Keys the format knows, with values at their edges, to put next to an id. */
  static final List<String> EDGE_KEYS = List.of("weight: 1e308", "weight: 1e300", "weight: -1", "weight: 0",
      "weight: 4.9e-324", "weight: .nan", "precision: 400", "precision: -1", "precision: 2147483648",
      "lag: P999999999W", "lag: P2147483647D", "strength: 1e-320", "strength: 1.0000001", "strength: 0",
      "fiscalYearStart: 13", "fiscalYearStart: 0", "kind: flow", "kind: level", "direction: range",
      "direction: decrease", "indicator: leading", "frequency: daily", "unit: \"\\ud800\"", "owner: \"\\udfff\"",
      "budget: {amount: 1e999999999, currency: USD}", "budget: {amount: 1e-999999999, currency: USD}",
      "budget: {amount: 1e-1000, currency: XXX}", "budget: {amount: -5, currency: usd}",
      "range: {low: 1e308, high: -1e308}", "thresholds: {onTrack: 2, atRisk: -1}", "polarity: inverse",
      "status: done", "start: 2026-02-30", "end: 0000-01-01", "themes: [T1, T1]", "objectives: []", "x: 1");
  /** Code points that break naive text handling: controls, surrogates, BOMs, direction marks, non-characters. */
  static final int[] CODE_POINTS = {0x0, 0x1, 0x7, 0x8, 0x9, 0xb, 0xc, 0xd, 0x1b, 0x7f, 0x85, 0xa0, 0xad, 0x300,
      0x34f, 0x200b, 0x200d, 0x200e, 0x202e, 0x2028, 0x2029, 0x2060, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff,
      0xfffd, 0xfffe, 0xffff, 0x1f600, 0x10ffff, 0xe9, 0x65e5, 0x627, 0x1d11e};
  private static final List<String> TAGS = List.of("!!str ", "!!int ", "!!float ", "!!bool ", "!!null ",
      "!!binary ", "!!timestamp ", "!!set ", "!!omap ", "!!map ", "!!seq ", "!custom ", "!<tag:yaml.org,2002:str> ",
      "!!python/object:os.system ", "! ");
  private static final List<String> STREAM_MARKS = List.of("---\n", "...\n", "%YAML 1.2\n---\n",
      "%TAG ! tag:example.com,2000:\n---\n", "--- !!map\n", "---\n---\n", "%YAML 9.9\n---\n");
  private static final List<String> STRUCTURE = List.of(":", "-", "\"", "'", "{", "}", "[", "]", ",", "#", "|",
      ">", "&", "*", "!", "?", "\\", "%", "@", "`", " ", "\t", "\n", "\r");
  private static final List<String> SCALARS = List.of("[]", "{}", "null", "~", "\"\"", "''", "true", "- x",
      "[1, 2]", "{a: 1}", "\"x\"", "|\n  block", ">-\n  folded", "*undefined", "&a", "? complex", "!!binary AAAA");
  private static final List<String> CSV_LINES = List.of("kpi,date,value", "kpi,date,value,extra", "a,b", ",,",
      "\"q,uo\",2026-01-01,1", "\"unterminated,2026-01-01,1", "x,2026-01-01,1,2", "\uFEFFkpi,date,value", " , , ",
      "clv,2026-02-30,5", "clv,2026-03-31,1e999999999", "clv,2026-03-31,NaN", "clv,2026-03-31,0x10",
      "clv,+10000-01-01,1", "\"\"\"\",\"\",\"\"");
  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,\\s-])-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?(?=\\s*[,\\]}]|\\s*$)",
      Pattern.MULTILINE);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PERIOD = Pattern.compile("\\bP\\d+[YMWD]\\b");
  private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )?)\"?([A-Za-z][A-Za-z0-9]*)\"?(\\s*:)", Pattern.MULTILINE);
  private static final Pattern VALUE = Pattern.compile("(:\\s+)([^\\s\\[{].*?)(,?)$", Pattern.MULTILINE);
  private static final Pattern ID_LINE = Pattern.compile("^(\\s*)(- )?(\"?id\"?\\s*:).*$", Pattern.MULTILINE);

  private final SplittableRandom random;
  private final Kind kind;
  private final List<String> applied = new ArrayList<>();

  private Mutator(SplittableRandom random, Kind kind) {
    this.random = random;
    this.kind = kind;
  }

  /**
   * Makes one mutant of a seed.
   *
   * @param seed the text to mutate
   * @param kind what the text is
   * @param random the case's random source
   * @return the mutant with the names of the operators that made it
   */
  static Mutant mutate(String seed, Kind kind, SplittableRandom random) {
    Mutator m = new Mutator(random, kind);
    String text = seed;
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      text = m.textOperator(text);
    }
    if (random.nextInt(100) < 12) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        bytes = m.byteOperator(bytes);
      }
      return new Mutant(null, bytes, List.copyOf(m.applied));
    }
    return new Mutant(text, null, List.copyOf(m.applied));
  }

  private String textOperator(String text) {
    int choice = random.nextInt(kind == Kind.CSV ? 12 : 24);
    return switch (choice) {
      case 0 -> replaceMatch("number", text, NUMBER, NUMBERS);
      case 1 -> replaceMatch("date", text, DATE, DATES);
      case 2 -> insertCodePoint(text);
      case 3 -> note("bom", "\uFEFF".repeat(1 + random.nextInt(2)) + text);
      case 4 -> lineEnds(text);
      case 5 -> deleteLines(text);
      case 6 -> duplicateLine(text);
      case 7 -> truncate(text);
      case 8 -> insertStructure(text);
      case 9 -> swapLines(text);
      case 10 -> kind == Kind.CSV ? csvLine(text) : insertEdgeKey(text);
      case 11 -> kind == Kind.CSV ? manyRows(text) : replaceMatch("period", text, PERIOD, PERIODS);
      case 12 -> anchorsAndAliases(text);
      case 13 -> mergeKey(text);
      case 14 -> tag(text);
      case 15 -> stream(text);
      case 16 -> deepNesting(text);
      case 17 -> replaceValue(text);
      case 18 -> typoKey(text);
      case 19 -> aliasBomb(text);
      case 20 -> jsonEscape(text);
      case 21 -> longText(text);
      case 22 -> tabs(text);
      default -> insertEdgeKey(text);
    };
  }

  private String note(String name, String result) {
    applied.add(name);
    return result;
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private String replaceMatch(String name, String text, Pattern pattern, List<String> replacements) {
    List<int[]> spans = spans(pattern.matcher(text));
    if (spans.isEmpty()) {
      return insertEdgeKey(text);
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    String by = pick(replacements);
    return note(name + "(" + by.substring(0, Math.min(by.length(), 24)) + ")",
        text.substring(0, span[0]) + by + text.substring(span[1]));
  }

  private static List<int[]> spans(Matcher m) {
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private String insertCodePoint(String text) {
    int cp = CODE_POINTS[random.nextInt(CODE_POINTS.length)];
    int at = random.nextInt(text.length() + 1);
    // Prefer the inside of a quoted or plain scalar: after a colon and space when one is near.
    int colon = text.indexOf(": ", at);
    if (colon >= 0 && colon < at + 200 && random.nextBoolean()) {
      at = colon + 2;
    }
    return note(String.format("codePoint(U+%04X)", cp),
        text.substring(0, at) + new String(Character.toChars(cp)) + text.substring(at));
  }

  private String lineEnds(String text) {
    return switch (random.nextInt(3)) {
      case 0 -> note("crlf", text.replace("\n", "\r\n"));
      case 1 -> note("cr", text.replace("\n", "\r"));
      default -> {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
          sb.append(lines[i]);
          if (i < lines.length - 1) {
            sb.append(random.nextBoolean() ? "\r\n" : "\n");
          }
        }
        yield note("mixedLineEnds", sb.toString());
      }
    };
  }

  private List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }

  private String deleteLines(String text) {
    List<String> lines = lines(text);
    int from = random.nextInt(lines.size());
    int count = Math.min(lines.size() - from, 1 + random.nextInt(random.nextBoolean() ? 2 : 20));
    lines.subList(from, from + count).clear();
    return note("deleteLines(" + (from + 1) + "+" + count + ")", String.join("\n", lines));
  }

  private String duplicateLine(String text) {
    List<String> lines = lines(text);
    int at = random.nextInt(lines.size());
    lines.add(at, lines.get(at));
    return note("duplicateLine(" + (at + 1) + ")", String.join("\n", lines));
  }

  private String swapLines(String text) {
    List<String> lines = lines(text);
    int a = random.nextInt(lines.size());
    int b = random.nextInt(lines.size());
    String t = lines.get(a);
    lines.set(a, lines.get(b));
    lines.set(b, t);
    return note("swapLines(" + (a + 1) + "," + (b + 1) + ")", String.join("\n", lines));
  }

  private String truncate(String text) {
    int at = random.nextInt(text.length() + 1);
    return note("truncate(" + at + ")", text.substring(0, at));
  }

  private String insertStructure(String text) {
    String s = pick(STRUCTURE);
    int at = random.nextInt(text.length() + 1);
    return note("insert(" + s.replace("\n", "\\n").replace("\r", "\\r") + ")",
        text.substring(0, at) + s + text.substring(at));
  }

  private String tabs(String text) {
    List<String> lines = lines(text);
    int at = random.nextInt(lines.size());
    lines.set(at, lines.get(at).replaceFirst("^  ", "\t"));
    return note("tab(" + (at + 1) + ")", String.join("\n", lines));
  }

  /** Adds a key with an edge value beside an id, in the block or flow style of the document. */
  private String insertEdgeKey(String text) {
    List<int[]> spans = spans(ID_LINE.matcher(text));
    String entry = pick(EDGE_KEYS);
    if (spans.isEmpty()) {
      return note("append(" + entry + ")", text + "\n" + entry + "\n");
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    Matcher m = ID_LINE.matcher(text.substring(span[0], span[1]));
    m.matches();
    String indent = m.group(1) + (m.group(2) == null ? "" : "  ");
    String line;
    if (kind == Kind.JSON) {
      int colon = entry.indexOf(':');
      line = indent + "\"" + entry.substring(0, colon) + "\":" + jsonValue(entry.substring(colon + 1).trim()) + ",";
    } else {
      line = indent + entry;
    }
    return note("key(" + entry + ")", text.substring(0, span[1]) + "\n" + line + text.substring(span[1]));
  }

  private static String jsonValue(String yaml) {
    if (yaml.startsWith("\"") || yaml.matches("-?[0-9.eE+-]+") && !yaml.isEmpty() && Character.isDigit(yaml.charAt(yaml.length() - 1))) {
      return yaml;
    }
    if (yaml.startsWith("{") || yaml.startsWith("[")) {
      return yaml.replaceAll("([A-Za-z][A-Za-z0-9-]*)", "\"$1\"").replaceAll("\"(\\d)", "$1");
    }
    return "\"" + yaml + "\"";
  }

  private String anchorsAndAliases(String text) {
    List<int[]> values = spans(VALUE.matcher(text));
    if (values.size() < 2) {
      return insertEdgeKey(text);
    }
    int[] a = values.get(random.nextInt(values.size()));
    int[] b = values.get(random.nextInt(values.size()));
    Matcher ma = VALUE.matcher(text).region(a[0], a[1]);
    ma.find();
    String anchored = text.substring(0, ma.start(2)) + "&x" + random.nextInt(3) + " " + text.substring(ma.start(2));
    int shift = anchored.length() - text.length();
    int[] target = b[0] > a[0] ? new int[] {b[0] + shift, b[1] + shift} : b;
    Matcher mb = VALUE.matcher(anchored).region(target[0], target[1]);
    if (!mb.find()) {
      return note("anchor", anchored);
    }
    String alias = random.nextInt(5) == 0 ? "*nowhere" : "*x" + random.nextInt(3);
    return note("alias(" + alias + ")", anchored.substring(0, mb.start(2)) + alias + anchored.substring(mb.end(2)));
  }

  private String mergeKey(String text) {
    List<int[]> spans = spans(ID_LINE.matcher(text));
    if (spans.isEmpty()) {
      return stream(text);
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    Matcher m = ID_LINE.matcher(text.substring(span[0], span[1]));
    m.matches();
    String indent = m.group(1) + (m.group(2) == null ? "" : "  ");
    String merge = pick(List.of("<<: {weight: 2}", "<<: *x0", "<<: [*x0, *x1]", "<<: 5", "<<: {id: other}"));
    String defined = random.nextBoolean() ? "" : "\nanchors: &x0 {name: merged}";
    return note("merge(" + merge + ")", text.substring(0, span[1]) + "\n" + indent + merge + text.substring(span[1])
        + defined);
  }

  private String tag(String text) {
    List<int[]> values = spans(VALUE.matcher(text));
    if (values.isEmpty()) {
      return insertEdgeKey(text);
    }
    int[] v = values.get(random.nextInt(values.size()));
    Matcher m = VALUE.matcher(text).region(v[0], v[1]);
    m.find();
    String tag = pick(TAGS);
    return note("tag(" + tag.trim() + ")", text.substring(0, m.start(2)) + tag + text.substring(m.start(2)));
  }

  private String stream(String text) {
    String mark = pick(STREAM_MARKS);
    return switch (random.nextInt(3)) {
      case 0 -> note("streamStart(" + mark.trim() + ")", mark + text);
      case 1 -> note("secondDocument", text + "\n---\n" + text);
      default -> note("streamEnd(" + mark.trim() + ")", text + "\n" + mark + "bsc: 1\n");
    };
  }

  private String deepNesting(String text) {
    int depth = pick(List.of(10, 100, 1000, 3000));
    boolean braces = random.nextBoolean();
    String nested = braces ? "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) : "[".repeat(depth) + "]".repeat(depth);
    List<int[]> values = spans(VALUE.matcher(text));
    if (values.isEmpty()) {
      return note("nesting(" + depth + ")", nested + text);
    }
    int[] v = values.get(random.nextInt(values.size()));
    Matcher m = VALUE.matcher(text).region(v[0], v[1]);
    m.find();
    return note("nesting(" + depth + ")", text.substring(0, m.start(2)) + nested + text.substring(m.end(2)));
  }

  private String replaceValue(String text) {
    List<int[]> values = spans(VALUE.matcher(text));
    if (values.isEmpty()) {
      return insertStructure(text);
    }
    int[] v = values.get(random.nextInt(values.size()));
    Matcher m = VALUE.matcher(text).region(v[0], v[1]);
    m.find();
    String by = pick(SCALARS);
    return note("value(" + by.replace("\n", "\\n") + ")", text.substring(0, m.start(2)) + by + text.substring(m.end(2)));
  }

  private String typoKey(String text) {
    List<int[]> keys = spans(KEY.matcher(text));
    if (keys.isEmpty()) {
      return insertStructure(text);
    }
    int[] k = keys.get(random.nextInt(keys.size()));
    Matcher m = KEY.matcher(text).region(k[0], k[1]);
    m.find();
    String key = m.group(2);
    int at = random.nextInt(key.length());
    String typo = switch (random.nextInt(4)) {
      case 0 -> key.substring(0, at) + key.substring(at + 1);
      case 1 -> key.substring(0, at) + (char) ('a' + random.nextInt(26)) + key.substring(at);
      case 2 -> key.toUpperCase(java.util.Locale.ROOT);
      default -> key + key;
    };
    if (typo.isEmpty()) {
      typo = "x";
    }
    return note("key(" + key + "->" + typo + ")", text.substring(0, m.start(2)) + typo + text.substring(m.end(2)));
  }

  private String aliasBomb(String text) {
    StringBuilder sb = new StringBuilder("\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    int levels = 2 + random.nextInt(8);
    for (int i = 1; i <= levels; i++) {
      sb.append("lol").append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
      }
      sb.append("]\n");
    }
    return note("aliasBomb(" + levels + ")", random.nextBoolean() ? text + sb : sb.substring(1) + text);
  }

  private String jsonEscape(String text) {
    int quote = text.indexOf('"', random.nextInt(text.length() + 1));
    if (quote < 0) {
      return insertCodePoint(text);
    }
    String escape = pick(List.of("\\ud800", "\\udfff", "\\ud800x", "\\udc00\\ud800", "\\u0000", "\\uD83D\\uDE00",
        "\\x41", "\\u12", "\\U0001F600", "\\N", "\\_", "\\L", "\\P", "\\e", "\\/", "\\\n"));
    return note("escape(" + escape.replace("\n", "\\n") + ")",
        text.substring(0, quote + 1) + escape + text.substring(quote + 1));
  }

  private String longText(String text) {
    List<int[]> values = spans(VALUE.matcher(text));
    String big = pick(List.of("x", "é", "\uD83D\uDE00", "ab ")).repeat(pick(List.of(300, 5000, 70000)));
    if (values.isEmpty()) {
      return note("longText", text + big);
    }
    int[] v = values.get(random.nextInt(values.size()));
    Matcher m = VALUE.matcher(text).region(v[0], v[1]);
    m.find();
    return note("longText(" + big.length() + ")", text.substring(0, m.start(2)) + big + text.substring(m.end(2)));
  }

  private String csvLine(String text) {
    List<String> lines = lines(text);
    String line = pick(CSV_LINES);
    int at = random.nextInt(lines.size() + 1);
    lines.add(at, line);
    return note("csvLine(" + line + ")", String.join("\n", lines));
  }

  private String manyRows(String text) {
    int rows = pick(List.of(100, 1000, 5000));
    StringBuilder sb = new StringBuilder(text);
    String kpi = text.lines().skip(1).findFirst().map(l -> l.split(",", -1)[0]).orElse("clv");
    boolean repeat = random.nextBoolean();
    for (int i = 0; i < rows; i++) {
      int day = repeat ? 0 : i;
      sb.append(kpi).append(',').append(java.time.LocalDate.of(2000, 1, 1).plusDays(day)).append(',').append(i)
          .append('\n');
    }
    return note("rows(" + rows + (repeat ? ",same date" : "") + ")", sb.toString());
  }

  private byte[] byteOperator(byte[] bytes) {
    if (bytes.length == 0) {
      applied.add("bytes(0xC3)");
      return new byte[] {(byte) 0xC3};
    }
    int at = random.nextInt(bytes.length);
    byte[] out;
    switch (random.nextInt(4)) {
      case 0 -> {
        out = bytes.clone();
        int bit = random.nextInt(8);
        out[at] ^= (byte) (1 << bit);
        applied.add("flip(" + at + ":" + bit + ")");
      }
      case 1 -> {
        byte[] stray = pick(List.of(new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {0},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFE, (byte) 0xFF}));
        out = new byte[bytes.length + stray.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(stray, 0, out, at, stray.length);
        System.arraycopy(bytes, at, out, at + stray.length, bytes.length - at);
        applied.add("stray(" + at + ")");
      }
      case 2 -> {
        out = Arrays.copyOf(bytes, at);
        applied.add("cut(" + at + ")");
      }
      default -> {
        out = bytes.clone();
        out[at] = (byte) random.nextInt(256);
        applied.add("byte(" + at + ")");
      }
    }
    return out;
  }

  /**
   * A mutated document: exactly one of text (read as a string) and bytes (read as a UTF-8 stream) is set.
   *
   * @param text the mutant as a string, or null
   * @param bytes the mutant as bytes, or null
   * @param operators what was done to the seed, in order
   */
  record Mutant(String text, byte[] bytes, List<String> operators) {
    /** {@return the mutant as text for a failure report; bytes are decoded with replacement characters} */
    String printable() {
      return text != null ? text : new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
