package io.github.bsckit.core.io;

/**
 * Where a value sits in a document, such as {@code objectives[3].kpis[0].target}: a link to the enclosing path
 * and the key or list index under it. The text is made only when a problem is reported or placed, since reading
 * a valid document needs none of it; made once, it is kept. Immutable in what it names; confined to one read,
 * except {@link #ROOT}, which is never located (each read locates its own {@link #root()}).
 */
final class DocPath {
  /** The document itself, whose text is empty. */
  static final DocPath ROOT = new DocPath(null, null, -1, "");

  private final DocPath parent;
  /** The key under the parent, or null for a list item. */
  private final String key;
  private final int index;
  private String text;
  /**
   * The value first located at this very path object in a read, and the path located next: {@link Problems}
   * threads the paths it is told about through these, in the order told, instead of keeping lists of them.
   */
  Node located;
  DocPath nextLocated;

  private DocPath(DocPath parent, String key, int index, String text) {
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.text = text;
  }

  /** {@return a new path of the document itself, for one read to thread through its located paths} */
  static DocPath root() {
    return new DocPath(null, null, -1, "");
  }

  /** {@return the path of a key of the map at this path: {@code a.b} for key {@code b} under {@code a}} */
  DocPath child(String key) {
    return new DocPath(this, key, -1, null);
  }

  /** {@return the path of an item of the list at this path: {@code a[2]} for item 2 under {@code a}} */
  DocPath item(int i) {
    return new DocPath(this, null, i, null);
  }

  /** {@return a top-level key's path} */
  static DocPath of(String key) {
    return ROOT.child(key);
  }

  /**
   * {@return the path as problems show it: keys joined by dots, list items as {@code [i]}; the empty string at
   * the top}
   */
  @Override
  public String toString() {
    if (text == null) {
      String above = parent.toString();
      text = key != null ? Values.child(above, key) : Values.item(above, index);
    }
    return text;
  }
}
