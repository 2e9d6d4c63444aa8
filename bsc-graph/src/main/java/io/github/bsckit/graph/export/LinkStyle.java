package io.github.bsckit.graph.export;

import io.github.bsckit.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the SVG map draws one link when the caller has something to say about it (an analysis's verdict, a
 * review's comment): a line colour, a dash pattern, the label its legend entry carries, and an optional note
 * added to the arrow's tooltip. Immutable and thread-safe. The export knows nothing of where a style comes from;
 * links without one are drawn as usual.
 *
 * <pre>{@code
 * LinkStyle refuted = LinkStyle.of("#c62828", "", "contradicted").withNote("r = -0.41, q = 0.01");
 * SvgOptions options = SvgOptions.defaults().withLinkStyle(ObjectiveId.of("C1"), ObjectiveId.of("F1"), refuted);
 * }</pre>
 */
public final class LinkStyle {
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern DASH = Pattern.compile("([0-9]{1,3}( [0-9]{1,3})*)?");

  private final String colour;
  private final String dash;
  private final String label;
  private final Optional<String> note;

  private LinkStyle(String colour, String dash, String label, Optional<String> note) {
    this.colour = colour;
    this.dash = dash;
    this.label = label;
    this.note = note;
  }

  /**
   * {@return a style}
   *
   * @param colour the line and arrowhead colour, {@code #rrggbb}
   * @param dash an SVG dash pattern of whole numbers separated by single spaces ({@code "7 4"}), or empty for a
   *     solid line
   * @param label what the legend calls links drawn this way, not blank
   * @throws io.github.bsckit.core.ValidationException naming the field and value if one is malformed
   */
  public static LinkStyle of(String colour, String dash, String label) {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(dash, "dash");
    Objects.requireNonNull(label, "label");
    Checks c = new Checks();
    if (!COLOUR.matcher(colour).matches()) {
      c.add("colour", "must be #rrggbb but was \"" + colour + "\"");
    }
    if (!DASH.matcher(dash).matches()) {
      c.add("dash", "must be whole numbers separated by single spaces, or empty, but was \"" + dash + "\"");
    }
    if (label.isBlank()) {
      c.add("label", "must not be blank but was \"" + label + "\"");
    }
    c.throwIfAny();
    return new LinkStyle(colour, dash, label, Optional.empty());
  }

  /**
   * {@return this style with a note appended to the arrow's tooltip}
   *
   * @param note the note, not blank
   * @throws io.github.bsckit.core.ValidationException if the note is blank
   */
  public LinkStyle withNote(String note) {
    Objects.requireNonNull(note, "note");
    Checks c = new Checks();
    if (note.isBlank()) {
      c.add("note", "must not be blank but was \"" + note + "\"");
    }
    c.throwIfAny();
    return new LinkStyle(colour, dash, label, Optional.of(note));
  }

  /** {@return the colour, {@code #rrggbb}} */
  public String colour() {
    return colour;
  }

  /** {@return the dash pattern, empty for a solid line} */
  public String dash() {
    return dash;
  }

  /** {@return the legend's label for links drawn this way} */
  public String label() {
    return label;
  }

  /** {@return the tooltip note, if any} */
  public Optional<String> note() {
    return note;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinkStyle other && colour.equals(other.colour) && dash.equals(other.dash)
        && label.equals(other.label) && note.equals(other.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(colour, dash, label, note);
  }

  /** {@return for example {@code LinkStyle[contradicted #c62828 solid]}} */
  @Override
  public String toString() {
    return "LinkStyle[" + label + " " + colour + " " + (dash.isEmpty() ? "solid" : "dash " + dash)
        + note.map(n -> ", " + n).orElse("") + "]";
  }
}
