package io.github.bsckit.core.io;

import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * How this package drives Jackson for each {@link Format}: the parser and generator settings, and access to
 * the YAML anchors and tags that Jackson's streaming API does not expose. Everything Jackson-specific about
 * the notations lives here and in {@link TreeReader}.
 */
final class Notations {
  /** The same resolver the parser uses, so the writer quotes exactly the strings that would read as non-strings. */
  private static final CoreScalarResolver CORE = new CoreScalarResolver(false);

  private static final YAMLFactory YAML_OUT = new YamlFactory(YAMLFactory.builder()
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
      .stringQuotingChecker(new CoreQuoting())
      .build());

  private static final JsonFactory JSON_OUT = JsonFactory.builder().build();

  /**
   * Jackson's own limits are lifted: {@link TreeReader} checks depth, strings and numbers itself, token by
   * token, with messages naming bsc-kit's {@link ReadLimits}, and the document's length is checked before
   * parsing begins. One configuration therefore serves every reader, whatever its limits.
   */
  private static final StreamReadConstraints UNCONSTRAINED = StreamReadConstraints.builder()
      .maxNestingDepth(Integer.MAX_VALUE)
      .maxStringLength(Integer.MAX_VALUE)
      .maxNameLength(Integer.MAX_VALUE)
      .maxNumberLength(Integer.MAX_VALUE)
      .build();

  private static final JsonFactory JSON_IN = JsonFactory.builder()
      .streamReadConstraints(UNCONSTRAINED)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // so NaN is reported as "not finite", with its path
      .build();

  private static final YAMLFactory YAML_IN = new YamlFactory(YAMLFactory.builder()
      .loadSettings(LoadSettings.builder()
          .setSchema(new CoreSchema())
          .setAllowDuplicateKeys(true) // TreeReader reports every duplicate, with both locations
          .setCodePointLimit(Integer.MAX_VALUE)
          .build())
      .streamReadConstraints(UNCONSTRAINED)
      .disable(YAMLReadFeature.PARSE_OCTAL_NUMBERS) // YAML 1.2: 0444 is 444; an octal is written 0o444
      .build());

  private static final CsvFactory CSV_IN = CsvFactory.builder()
      .enable(CsvReadFeature.TRIM_SPACES, CsvReadFeature.SKIP_EMPTY_LINES)
      .streamReadConstraints(UNCONSTRAINED) // ActualsCsv checks field lengths itself
      .build();

  /** A template: a pretty printer counts nesting as it writes, so each generator gets its own instance. */
  private static final DefaultPrettyPrinter JSON_PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator(""))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  /** Jackson's "(start marker at [Source: …; line: 3, column: 5])", with or without a line and column. */
  private static final Pattern JACKSON_LOCATION = Pattern.compile(
      " ?\\(([^()\\[]*)\\[Source: [^\\]]*?(?:; line: (\\d+), column: (\\d+))?\\]\\)");

  private Notations() {}

  /** Opens a parser over a whole document. */
  static JsonParser parser(Format format, String text) {
    return format == Format.JSON
        ? JSON_IN.createParser(ObjectReadContext.empty(), new StringReader(text))
        : YAML_IN.createParser(ObjectReadContext.empty(), new SurrogateSafeReader(text));
  }

  /**
   * Opens Jackson's byte parser over a whole JSON document, which can match a key in its input without making a
   * string of it ({@link KeyList#matcher()}).
   *
   * @throws IllegalArgumentException if the text holds an unpaired surrogate, which UTF-8 cannot encode (the
   *     locating reader reports it where it stands)
   */
  static JsonParser utf8Parser(String text) {
    // Encoded a few thousand characters at a time, into one array, through a reused buffer: one getBytes over a
    // 10 MB document went through the JDK's scalar check for non-ASCII bytes (a call made once per read is never
    // compiled with its intrinsic) and cost a quarter of the read, and getBytes per chunk left twice the text in
    // garbage. The encoder's ASCII loop is an intrinsic, and it refuses an unpaired surrogate.
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    ByteBuffer out = ByteBuffer.allocate(text.length() + 16);
    char[] chunk = new char[8192];
    for (int next = 0; next < text.length(); ) {
      int end = Math.min(text.length(), next + chunk.length);
      text.getChars(next, end, chunk, 0);
      CharBuffer in = CharBuffer.wrap(chunk, 0, end - next);
      boolean last = end == text.length();
      CoderResult result = encoder.encode(in, out, last);
      while (result.isOverflow()) {
        out = ByteBuffer.allocate(out.capacity() + (out.capacity() >> 1) + 16).put(out.flip());
        result = encoder.encode(in, out, last);
      }
      if (result.isError()) {
        throw new IllegalArgumentException("not encodable as UTF-8 at character " + (next + in.position()));
      }
      next = end - in.remaining(); // a high surrogate at the chunk's end waits for its pair
    }
    encoder.flush(out);
    return JSON_IN.createParser(ObjectReadContext.empty(), out.array(), 0, out.position());
  }

  /** Opens a parser over CSV text that exposes each record as a list of strings, spaces around fields trimmed. */
  static JsonParser csvParser(Reader text) {
    return CSV_IN.createParser(ObjectReadContext.empty(), text);
  }

  /** Opens a generator writing the deterministic layout: fixed indentation, {@code \n} line ends. */
  static JsonGenerator generator(Format format, Writer out) {
    if (format == Format.JSON) {
      return JSON_OUT.createGenerator(new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return JSON_PRETTY.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      }, out);
    }
    return YAML_OUT.createGenerator(ObjectWriteContext.empty(), out);
  }

  /** {@return the anchor ({@code &name}) on the current YAML value, or null} */
  static String anchor(JsonParser p) {
    return p instanceof AnchoredYamlParser y ? y.anchor() : null;
  }

  /** {@return true when the current token is a YAML alias ({@code *name}); its text is the anchor's name} */
  static boolean isAlias(JsonParser p) {
    return p instanceof YAMLParser y && y.isCurrentAlias();
  }

  /** {@return the explicit YAML tag on the current value when it is not one of the core schema's, or null} */
  static String foreignTag(JsonParser p) {
    if (!(p instanceof YAMLParser y)) {
      return null;
    }
    String tag = y.getRawTag();
    if (tag == null || tag.equals("!")) {
      return null;
    }
    for (Tag core : new Tag[] {Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ}) {
      if (core.getValue().equals(tag)) {
        return null;
      }
    }
    return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
  }

  /** Reports a parser's complaint as a located problem in bsc-kit's words, without Jackson's decorations. */
  static DocumentException fatal(JacksonException e, String path, Problems problems) {
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    message = JACKSON_LOCATION.matcher(message).replaceAll(r -> r.group(2) == null ? ""
        : " (" + (r.group(1).isBlank() ? "" : r.group(1).trim() + " ") + r.group(2) + ":" + r.group(3) + ")");
    message = inUsersTerms(message.replace(" (code ", " (character code "));
    if (message.startsWith("Expected a property name")) {
      message = "a key must be plain text, not a list or a map";
    }
    String kind = e instanceof StreamConstraintsException ? "limit exceeded: " : "syntax error: ";
    return problems.fatal(path, line, column, kind + message);
  }

  private static final Pattern JAVA_CLASS = Pattern.compile(
      "\\s*\\(?\\b(?:java|javax|tools\\.jackson|com\\.fasterxml|org\\.snakeyaml)(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)+\\)?");
  private static final Pattern FEATURE_HINT = Pattern.compile(
      "(?:\\s*:?\\s*(?:enable|disable)\\s*)?`[A-Za-z]+(?:\\.[A-Za-z_]+)+`(?:\\s*to allow)?");

  /**
   * Says a parser's complaint in the user's terms: no Java class names (Jackson appends the exception it caught,
   * such as {@code (java.lang.NumberFormatException)}), no parser feature switches the user cannot reach, and
   * numbers called numbers.
   */
  static String inUsersTerms(String message) {
    String m = message.replace("Malformed numeric value", "not a number:")
        .replace("JSON spec does not allow numbers to have plus signs", "a JSON number may not start with +")
        .replace("hexadecimal number literals require enabling", "a JSON number may not be hexadecimal");
    m = JAVA_CLASS.matcher(m).replaceAll("");
    m = FEATURE_HINT.matcher(m).replaceAll("");
    return m.replaceAll("\\s{2,}", " ").replaceAll("\\s+([:.,)])", "$1").trim();
  }

  /** Quotes a string exactly when YAML 1.2 would read it unquoted as something else, or YAML 1.1 as a boolean. */
  private static final class CoreQuoting extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return needToQuoteValue(name) || nameHasQuotableChar(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return value.isEmpty() || CORE.resolve(value, true) != Tag.STR || isReservedKeyword(value)
          || valueHasQuotableChar(value);
    }
  }

  /**
   * Jackson's YAML factory, creating the parser and generator below. Reading from a {@link Reader} and writing
   * to a {@link Writer} are the only ways this package uses it.
   */
  private static final class YamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    YamlFactory(YAMLFactory configured) {
      super(configured);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
      return new AnchoredYamlParser(readCtxt, ioCtxt, _getBufferRecycler(),
          readCtxt.getStreamReadFeatures(_streamReadFeatures), readCtxt.getFormatReadFeatures(_formatReadFeatures),
          _loadSettings, r);
    }

    @Override
    protected YAMLGenerator _createGenerator(ObjectWriteContext writeCtxt, IOContext ioCtxt, Writer out) {
      return new NextLineSafeGenerator(writeCtxt, ioCtxt, writeCtxt.getStreamWriteFeatures(_streamWriteFeatures),
          writeCtxt.getFormatWriteFeatures(_formatWriteFeatures), _quotingChecker, out, _version, _dumpSettings);
    }
  }

  /**
   * Jackson's YAML generator, double-quoting text with a next-line character (U+0085): SnakeYAML writes it bare
   * in plain, single-quoted and block scalars, but reads it back there as a line break. In double quotes it is
   * escaped as {@code \N}.
   */
  private static final class NextLineSafeGenerator extends YAMLGenerator {
    NextLineSafeGenerator(ObjectWriteContext writeContext, IOContext ioCtxt, int streamWriteFeatures,
        int yamlFeatures, StringQuotingChecker quotingChecker, Writer out, SpecVersion version,
        DumpSettings dumpOptions) {
      super(writeContext, ioCtxt, streamWriteFeatures, yamlFeatures, quotingChecker, out, version, dumpOptions);
    }

    @Override
    public JsonGenerator writeString(String text) {
      if (text == null || text.indexOf('\u0085') < 0) {
        return super.writeString(text);
      }
      _verifyValueWrite("write String value");
      _writeScalar(text, "string", ScalarStyle.DOUBLE_QUOTED);
      return this;
    }
  }

  /**
   * Reads a string in chunks that never end between the two halves of a surrogate pair. SnakeYAML Engine 3.0.1
   * fills its whole buffer and then reads one more character past its end when the chunk ends in a high
   * surrogate; it fails with an IndexOutOfBoundsException on text with an emoji at the wrong offset.
   */
  private static final class SurrogateSafeReader extends Reader {
    private final String text;
    private int next;

    SurrogateSafeReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (next >= text.length()) {
        return -1;
      }
      int n = Math.min(length, text.length() - next);
      if (n > 1 && Character.isHighSurrogate(text.charAt(next + n - 1))) {
        n--;
      }
      text.getChars(next, next + n, buffer, offset);
      next += n;
      return n;
    }

    @Override
    public void close() {
      // nothing to release
    }
  }

  /** Jackson's YAML parser, telling the anchor of scalars too (Jackson tells it only for maps and lists). */
  private static final class AnchoredYamlParser extends YAMLParser {
    AnchoredYamlParser(ObjectReadContext readCtxt, IOContext ioCtxt, BufferRecycler br, int streamReadFeatures,
        int formatFeatures, LoadSettings loadSettings, Reader reader) {
      super(readCtxt, ioCtxt, br, streamReadFeatures, formatFeatures, loadSettings, reader, false);
    }

    String anchor() {
      return _lastEvent instanceof NodeEvent n && !isCurrentAlias()
          ? n.getAnchor().map(Anchor::getValue).orElse(null) : null;
    }
  }
}
