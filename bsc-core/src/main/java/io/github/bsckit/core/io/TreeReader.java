package io.github.bsckit.core.io;

import io.github.bsckit.core.internal.Unicode;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.ReaderBasedJsonParser;

/**
 * Parses a document into a {@link Node} tree, recording where each value starts and enforcing the
 * {@link ReadLimits} as it goes. Repeated keys and foreign YAML tags are reported and reading goes on; a
 * syntax error or a broken limit stops it, since nothing after it can be trusted. Iterative, so the Java
 * stack does not grow with the document's nesting.
 */
final class TreeReader {
  private final ReadLimits limits;
  private final Problems problems;
  /**
   * The maps and lists being read, outermost first; {@code frames[depth - 1]} is the innermost. A frame is reused
   * by the next map or list opened at its depth once it is done, so a document of thousands of maps makes as many
   * frames as it nests deep.
   */
  private Frame[] frames = new Frame[16];
  private int depth;
  private final Map<String, Anchored> anchors = new HashMap<>();
  /** The number of values in the value {@link #value} completed last, counting what aliases repeat. */
  private long doneSize;
  private long nodes;
  private int aliases;

  private TreeReader(ReadLimits limits, Problems problems) {
    this.limits = limits;
    this.problems = problems;
  }

  /**
   * Parses a whole document.
   *
   * @return the top-level value
   * @throws DocumentException at a syntax error or a broken limit, listing also what was found before it
   */
  static Node read(String text, Format format, ReadLimits limits, Problems problems) {
    return new TreeReader(limits, problems).parse(text, format);
  }

  /**
   * The entries of the maps and the items of the lists being read, each open map's or list's above those of the
   * one it sits in: a value is complete, and its own entries or items copied out, before the map or list it sits
   * in takes it. So each map and list is made as one array of exactly its size, with no list of its own to grow.
   */
  /** What {@link Frame#find} answers for a key not yet in the map: no packed place is this, as no line is. */
  private static final long ABSENT = Long.MIN_VALUE;
  private String[] openKeys = new String[64];
  private long[] openKeyPlaces = new long[64];
  private Node[] openValues = new Node[64];
  private int entryCount;
  private Node[] openItems = new Node[64];
  private int itemCount;

  /**
   * A map or list being read, with the key whose value comes next. Its path is made only when a problem needs
   * it: reading a valid document builds no path strings at all.
   */
  private final class Frame {
    Frame parent;
    /** The key under which this map or list sits in its parent map, or null in a list or at the top. */
    String keyInParent;
    int indexInParent;
    private String path;
    int line;
    int column;
    String anchor;
    boolean map;
    /** Where this map's entries, or this list's items, start in {@link #openKeys} or {@link #openItems}. */
    int start;
    /** A map's entries' positions by key, once it has more than {@link Node.MapNode#INDEXED}; null before. */
    Map<String, Integer> index;
    long size;
    String key;
    int keyLine;
    int keyColumn;

    /** Makes this frame the map or list opened now, inside {@code parent}; every field is set afresh. */
    Frame open(Frame parent, int line, int column, String anchor, boolean map) {
      this.parent = parent;
      this.keyInParent = parent != null && parent.map ? parent.key : null;
      this.indexInParent = parent != null && !parent.map ? parent.count() : -1;
      this.path = null;
      this.line = line;
      this.column = column;
      this.anchor = anchor;
      this.map = map;
      this.start = map ? entryCount : itemCount;
      this.index = null;
      this.size = 1;
      this.key = null;
      this.keyLine = 0;
      this.keyColumn = 0;
      return this;
    }

    /** {@return the entries or items read so far} */
    int count() {
      return (map ? entryCount : itemCount) - start;
    }

    /** {@return this map's or list's own path} */
    String path() {
      if (path == null) {
        path = parent == null ? "" : keyInParent != null ? Values.child(parent.path(), keyInParent)
            : Values.item(parent.path(), indexInParent);
      }
      return path;
    }

    /** {@return the path of the value read next} */
    String next() {
      return map ? Values.child(path(), key) : Values.item(path(), count());
    }

    /** {@return where a map's key is written, packed, or {@link #ABSENT} when it has no entry of the key yet} */
    long find(String k) {
      if (index != null) {
        Integer i = index.get(k);
        return i == null ? ABSENT : openKeyPlaces[start + i];
      }
      for (int i = start; i < entryCount; i++) {
        if (openKeys[i].equals(k)) {
          return openKeyPlaces[i];
        }
      }
      return ABSENT;
    }

    /** Adds an entry of a new key to a map. */
    void add(String k, long place, Node value) {
      if (entryCount == openKeys.length) {
        openKeys = Arrays.copyOf(openKeys, entryCount * 2);
        openKeyPlaces = Arrays.copyOf(openKeyPlaces, entryCount * 2);
        openValues = Arrays.copyOf(openValues, entryCount * 2);
      }
      openKeys[entryCount] = k;
      openKeyPlaces[entryCount] = place;
      openValues[entryCount] = value;
      entryCount++;
      if (index != null) {
        index.put(k, count() - 1);
      } else if (count() > Node.MapNode.INDEXED) {
        index = new HashMap<>();
        for (int i = start; i < entryCount; i++) {
          index.put(openKeys[i], i - start);
        }
      }
    }

    /** Adds an item to a list. */
    void add(Node item) {
      if (itemCount == openItems.length) {
        openItems = Arrays.copyOf(openItems, itemCount * 2);
      }
      openItems[itemCount++] = item;
    }

    /** {@return the map or list, its entries or items taken out of the open ones} */
    Node build() {
      if (map) {
        String[] keys = Arrays.copyOfRange(openKeys, start, entryCount);
        long[] places = Arrays.copyOfRange(openKeyPlaces, start, entryCount);
        Node[] values = Arrays.copyOfRange(openValues, start, entryCount);
        entryCount = start;
        return new Node.MapNode(line, column, keys, places, values, index);
      }
      Node[] items = Arrays.copyOfRange(openItems, start, itemCount);
      itemCount = start;
      return new Node.ListNode(line, column, Collections.unmodifiableList(Arrays.asList(items)));
    }
  }

  /** A value that carries a YAML anchor, with the number of values it holds, which each alias to it repeats. */
  private record Anchored(Node node, long size) {}

  private Node parse(String text, Format format) {
    try (JsonParser p = Notations.parser(format, text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int line = 0;
        int column = 0;
        // The end of a map or list needs no place (the map or list has its start's), and the parser makes a new
        // location object for each token asked.
        if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          if (t != JsonToken.PROPERTY_NAME && p instanceof ReaderBasedJsonParser json) {
            line = json.getTokenLineNr();
            column = valueColumn(json.getTokenColumnNr());
          } else {
            TokenStreamLocation at = p.currentTokenLocation();
            line = at.getLineNr();
            column = at.getColumnNr();
          }
        }
        if (t == JsonToken.PROPERTY_NAME) {
          Frame f = top();
          f.key = p.currentName();
          if (f.key.length() > limits.maxStringLength()) {
            throw problems.fatal(f.path(), line, column, "a key of " + f.key.length() + " characters is longer than"
                + " the limit of " + limits.maxStringLength() + " (ReadLimits.maxStringLength)");
          }
          f.keyLine = line;
          f.keyColumn = column;
          continue;
        }
        Node done = value(p, t, line, column);
        if (done == null) {
          continue; // a map or list has begun
        }
        if (depth == 0) {
          if (p.nextToken() != null) {
            TokenStreamLocation more = p.currentTokenLocation();
            throw problems.fatal("", more.getLineNr(), more.getColumnNr(),
                "a document holds one scorecard; remove what follows it (or split the file at ---)");
          }
          return done;
        }
        attach(top(), done);
      }
    } catch (JacksonException e) {
      throw syntaxError(e);
    }
    throw problems.fatal("", 1, 1, "the document is empty; it must start with `bsc: 1`");
  }

  /**
   * {@return a JSON value token's column as its location gives it, from the parser's token column}: read
   * without making a location object (one per token was the largest allocation of the tree reader). Jackson 3.3's
   * {@code getTokenColumnNr()} counts one further than {@code currentTokenLocation().getColumnNr()} for a value
   * token; {@code JsonTokenPlaceTest} holds the two equal, so a Jackson that changes either is caught there.
   */
  static int valueColumn(int tokenColumnNr) {
    return tokenColumnNr > 0 ? tokenColumnNr - 1 : tokenColumnNr;
  }

  /** {@return the value a token completes, or null when it begins a map or list} */
  private Node value(JsonParser p, JsonToken t, int line, int column) {
    if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
      checkTag(p, line, column);
    }
    switch (t) {
      case START_OBJECT, START_ARRAY -> {
        if (depth + 1 > limits.maxNestingDepth()) {
          throw problems.fatal(here(), line, column, "maps and lists nest deeper than the limit of "
              + limits.maxNestingDepth() + " (ReadLimits.maxNestingDepth)");
        }
        count(1, line, column, false);
        push(line, column, Notations.anchor(p), t == JsonToken.START_OBJECT);
        return null;
      }
      case END_OBJECT, END_ARRAY -> {
        Frame f = frames[--depth];
        Node done = f.build();
        doneSize = f.size;
        if (f.anchor != null) {
          anchors.put(f.anchor, new Anchored(done, f.size));
        }
        return done;
      }
      default -> {
        if (Notations.isAlias(p)) {
          return alias(p.getString(), line, column);
        }
        Node done = scalar(p, t, line, column);
        count(1, line, column, false);
        doneSize = 1;
        String anchor = Notations.anchor(p);
        if (anchor != null) {
          anchors.put(anchor, new Anchored(done, 1));
        }
        return done;
      }
    }
  }

  private String here() {
    return depth == 0 ? "" : top().next();
  }

  /** {@return the innermost map or list being read; only while one is} */
  private Frame top() {
    return frames[depth - 1];
  }

  /** Opens a map or list inside the innermost one, reusing the frame last used at this depth. */
  private void push(int line, int column, String anchor, boolean map) {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    Frame parent = depth == 0 ? null : frames[depth - 1];
    Frame f = frames[depth];
    if (f == null) {
      f = new Frame();
      frames[depth] = f;
    }
    f.open(parent, line, column, anchor, map);
    depth++;
  }

  private void attach(Frame f, Node value) {
    f.size += doneSize;
    if (!f.map) {
      f.add(value);
      return;
    }
    long first = f.find(f.key);
    if (first != ABSENT) {
      problems.addAside(f.next(), f.keyLine, f.keyColumn, "duplicate key `" + f.key + "` (first at "
          + Node.MapNode.lineOf(first) + ":" + Node.MapNode.columnOf(first) + "); the first value is used");
      return;
    }
    f.add(f.key, Node.MapNode.place(f.keyLine, f.keyColumn), value);
  }

  private Node alias(String name, int line, int column) {
    if (++aliases > limits.maxAliases()) {
      throw problems.fatal(here(), line, column, limits.maxAliases() == 0
          ? "YAML aliases (*" + name + ") are not allowed (ReadLimits.maxAliases is 0)"
          : "more YAML aliases than the limit of " + limits.maxAliases() + " (ReadLimits.maxAliases)");
    }
    Anchored target = anchors.get(name);
    if (target == null) {
      throw problems.fatal(here(), line, column, "alias *" + name + " refers to no anchor &" + name
          + " before it (an alias may not refer to a map or list that contains it)");
    }
    count(target.size(), line, column, true);
    doneSize = target.size();
    return target.node();
  }

  private void count(long added, int line, int column, boolean byAlias) {
    nodes += added;
    if (nodes > limits.maxNodes()) {
      throw problems.fatal(here(), line, column, (byAlias ? "YAML aliases expand the document" : "the document has")
          + " to more than " + limits.maxNodes() + " values, the limit (ReadLimits.maxNodes)");
    }
  }

  private Node scalar(JsonParser p, JsonToken t, int line, int column) {
    return switch (t) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        String text = p.getString();
        if (text.length() > limits.maxNumberLength()) {
          throw problems.fatal(here(), line, column, "a number of " + text.length() + " characters is longer than "
              + "the limit of " + limits.maxNumberLength() + " (ReadLimits.maxNumberLength)");
        }
        yield new Node.Scalar(line, column, Node.Type.NUMBER, text, p.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(line, column, Node.Type.BOOLEAN,
          Boolean.toString(t == JsonToken.VALUE_TRUE), 0);
      case VALUE_NULL -> new Node.Scalar(line, column, Node.Type.NULL, "null", 0);
      // A string, or a YAML !!binary value: its tag is reported and the text read as it stands.
      default -> new Node.Scalar(line, column, Node.Type.STRING, checkedText(p.getString(), line, column), 0);
    };
  }

  /**
   * Checks a string's length (fatal: the limit guards memory) and that it is valid Unicode; a lone surrogate is
   * reported where it stands and replaced, so that the model does not report it a second time.
   */
  private String checkedText(String s, int line, int column) {
    if (s.length() > limits.maxStringLength()) {
      throw problems.fatal(here(), line, column, "a string of " + s.length() + " characters is longer than the"
          + " limit of " + limits.maxStringLength() + " (ReadLimits.maxStringLength)");
    }
    String problem = Unicode.problem(s);
    if (problem == null) {
      return s;
    }
    problems.add(here(), line, column, problem);
    return Unicode.repaired(s);
  }

  private void checkTag(JsonParser p, int line, int column) {
    String tag = Notations.foreignTag(p);
    if (tag != null) {
      problems.addAside(here(), line, column, "YAML tag " + tag + " is not allowed: a document holds plain data"
          + " only");
    }
  }

  /** Turns a parser's complaint into a located problem in bsc-kit's words, or a limit problem if it is one. */
  private DocumentException syntaxError(JacksonException e) {
    if (e.getCause() instanceof MarkedYamlEngineException y) {
      Mark m = y.getProblemMark().or(y::getContextMark).orElse(null);
      String context = y.getContext() == null ? "" : y.getContext() + y.getContextMark()
          .map(c -> " (started at " + (c.getLine() + 1) + ":" + (c.getColumn() + 1) + ")").orElse("") + ": ";
      return problems.fatal("", m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
          "YAML syntax error: " + context + y.getProblem());
    }
    // No path: at a syntax error the parser's idea of where it is cannot be trusted, its line and column can.
    return Notations.fatal(e, "", problems);
  }
}
