package io.github.bsckit.core.diff;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.Keyed;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of a scorecard: an element added or removed, or one field of an element
 * that both versions hold changed, with the field's text before and after. Immutable and thread-safe.
 *
 * <pre>{@code
 * Change c = diff.changes().get(0);
 * c.element();   // OBJECTIVE
 * c.subject();   // "C1"
 * c.field();     // Optional[name]
 * c.toString();  // objective C1 name: "Increase Customer Retention" -> "Keep Our Customers"
 * }</pre>
 *
 * @param element what kind of element changed
 * @param subject the element's id ({@code C1}, {@code retention}), a link's {@code FROM -> TO}, or the
 *     scorecard's name
 * @param kind added, removed or changed
 * @param field for a change, the field that changed ({@code name}, {@code target}, {@code perspective}); empty
 *     for an element added or removed
 * @param before the field's text before (for a removed element, its name); empty when it had none
 * @param after the field's text after (for an added element, its name); empty when it has none
 */
public record Change(Element element, String subject, Kind kind, Optional<String> field, Optional<String> before,
    Optional<String> after) {

  /** The kinds of element a scorecard holds, in the order a diff lists them. */
  public enum Element implements Keyed {
    /** The scorecard itself: its name, vision, mission, stage, fiscal year, scoring policy and orders. */
    SCORECARD,
    /** A perspective (a row of the map). */
    PERSPECTIVE,
    /** A strategic theme. */
    THEME,
    /** An objective. */
    OBJECTIVE,
    /** A KPI, wherever it sits. */
    KPI,
    /** A causal link, named {@code FROM -> TO}. */
    LINK,
    /** An initiative. */
    INITIATIVE;

    /** {@return the {@linkplain #key() key}, the canonical text form} */
    @Override
    public String toString() {
      return key();
    }
  }

  /** What happened to the element. */
  public enum Kind implements Keyed {
    /** Only the later version holds it. */
    ADDED,
    /** Only the earlier version holds it. */
    REMOVED,
    /** Both hold it, and one of its fields differs. */
    CHANGED;

    /** {@return the {@linkplain #key() key}, the canonical text form} */
    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * Rejects nulls, a change without a field and an addition or removal with one.
   *
   * @param element what kind of element changed
   * @param subject the element's id, or a link's {@code FROM -> TO}
   * @param kind added, removed or changed
   * @param field the field that changed, for a change only
   * @param before the field's text before
   * @param after the field's text after
   * @throws io.github.bsckit.core.ValidationException if the field is missing for a change or present for an
   *     addition or removal
   */
  public Change {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Checks.require(field.isPresent() == (kind == Kind.CHANGED), "field",
        "must be present exactly for a change but was " + field + " for " + kind.key());
  }

  /** {@return for example {@code added kpi nps "Net promoter score"} or {@code kpi retention target: 90 @ 2026-12-31 -> 92 @ 2026-12-31}} */
  @Override
  public String toString() {
    String what = element.key() + " " + subject;
    return switch (kind) {
      case ADDED -> "added " + what + after.map(a -> " " + a).orElse("");
      case REMOVED -> "removed " + what + before.map(b -> " " + b).orElse("");
      case CHANGED -> what + " " + field.orElseThrow() + ": " + before.orElse("(none)") + " -> "
          + after.orElse("(none)");
    };
  }
}
