package io.github.bsckit.core.io;

import io.github.bsckit.core.internal.Checks;

/**
 * Bounds on what a reader accepts, so that a hostile or broken document fails fast with a message naming the
 * limit instead of exhausting memory or time. Every limit is checked while parsing, before the document is
 * interpreted. Immutable and thread-safe; each {@code with…} returns a changed copy.
 *
 * <p>Short text can still stand for a huge value, so values carry bounds of their own, the same when read and
 * when built in code: a budget such as {@code 1e999999999} is 12 characters but a billion digits when written,
 * so every money amount is below 10^30 with at most 18 decimal places ({@link
 * io.github.bsckit.core.model.Money#MAX_AMOUNT_EXCLUSIVE}, {@link io.github.bsckit.core.model.Money#MAX_DECIMAL_PLACES});
 * every other number is a finite double, which is written in at most 25 characters; a link's lag is at most
 * {@value io.github.bsckit.core.model.CausalLink#MAX_LAG_YEARS} years; weights are at most 1,000,000; and text
 * is valid Unicode (no unpaired surrogate). So whatever a reader accepts, a writer writes within these limits
 * and the reader reads back.
 *
 * <pre>{@code
 * DocumentReader reader = DocumentReader.of(Format.YAML)
 *     .withLimits(ReadLimits.defaults().withMaxDocumentLength(64 * 1024 * 1024));
 * }</pre>
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new ReadLimits(16 * 1024 * 1024, 64, 1024 * 1024, 1000, 1_000_000, 100);

  private final int maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNodes;
  private final int maxAliases;

  private ReadLimits(int maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength,
      int maxNodes, int maxAliases) {
    this.maxDocumentLength = Checks.requireAtLeast("maxDocumentLength", maxDocumentLength, 1);
    this.maxNestingDepth = Checks.requireAtLeast("maxNestingDepth", maxNestingDepth, 1);
    this.maxStringLength = Checks.requireAtLeast("maxStringLength", maxStringLength, 1);
    this.maxNumberLength = Checks.requireAtLeast("maxNumberLength", maxNumberLength, 1);
    this.maxNodes = Checks.requireAtLeast("maxNodes", maxNodes, 1);
    this.maxAliases = Checks.requireAtLeast("maxAliases", maxAliases, 0);
  }

  /**
   * The defaults: documents up to 16 MiB (16,777,216 characters), nesting 64 deep, strings of up to 1 MiB
   * characters, numbers of up to 1000 characters, 1,000,000 values, and 100 YAML aliases.
   *
   * @return the default limits
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** {@return the longest document accepted, in characters (UTF-16 code units)} */
  public int maxDocumentLength() {
    return maxDocumentLength;
  }

  /** {@return how deeply maps and lists may nest, counting the document's top-level map as 1} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the longest string (value or key) accepted, in characters} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return the longest number accepted, in characters as written} */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * {@return the most values (maps, lists, scalars) a document may hold, counting every value a YAML alias
   * repeats; this is what stops a "billion laughs" document from expanding}
   */
  public int maxNodes() {
    return maxNodes;
  }

  /** {@return the most YAML aliases ({@code *name}) a document may use; 0 forbids aliases} */
  public int maxAliases() {
    return maxAliases;
  }

  /**
   * {@return these limits with another maximum document length}
   *
   * @param characters at least 1
   * @throws io.github.bsckit.core.ValidationException if {@code characters} is below 1
   */
  public ReadLimits withMaxDocumentLength(int characters) {
    return new ReadLimits(characters, maxNestingDepth, maxStringLength, maxNumberLength, maxNodes, maxAliases);
  }

  /**
   * {@return these limits with another maximum nesting depth}
   *
   * @param depth at least 1
   * @throws io.github.bsckit.core.ValidationException if {@code depth} is below 1
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentLength, depth, maxStringLength, maxNumberLength, maxNodes, maxAliases);
  }

  /**
   * {@return these limits with another maximum string length}
   *
   * @param characters at least 1
   * @throws io.github.bsckit.core.ValidationException if {@code characters} is below 1
   */
  public ReadLimits withMaxStringLength(int characters) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, characters, maxNumberLength, maxNodes, maxAliases);
  }

  /**
   * {@return these limits with another maximum number length}
   *
   * @param characters at least 1
   * @throws io.github.bsckit.core.ValidationException if {@code characters} is below 1
   */
  public ReadLimits withMaxNumberLength(int characters) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, characters, maxNodes, maxAliases);
  }

  /**
   * {@return these limits with another maximum number of values}
   *
   * @param values at least 1
   * @throws io.github.bsckit.core.ValidationException if {@code values} is below 1
   */
  public ReadLimits withMaxNodes(int values) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, values, maxAliases);
  }

  /**
   * {@return these limits with another maximum number of YAML aliases}
   *
   * @param aliases at least 0; 0 forbids aliases
   * @throws io.github.bsckit.core.ValidationException if {@code aliases} is negative
   */
  public ReadLimits withMaxAliases(int aliases) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNodes, aliases);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits l && maxDocumentLength == l.maxDocumentLength
        && maxNestingDepth == l.maxNestingDepth && maxStringLength == l.maxStringLength
        && maxNumberLength == l.maxNumberLength && maxNodes == l.maxNodes && maxAliases == l.maxAliases;
  }

  @Override
  public int hashCode() {
    int h = maxDocumentLength;
    h = 31 * h + maxNestingDepth;
    h = 31 * h + maxStringLength;
    h = 31 * h + maxNumberLength;
    h = 31 * h + maxNodes;
    return 31 * h + maxAliases;
  }

  /** {@return for example {@code ReadLimits{maxDocumentLength=16777216, maxNestingDepth=64, …}}} */
  @Override
  public String toString() {
    return "ReadLimits{maxDocumentLength=" + maxDocumentLength + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength + ", maxNumberLength=" + maxNumberLength + ", maxNodes="
        + maxNodes + ", maxAliases=" + maxAliases + "}";
  }
}
