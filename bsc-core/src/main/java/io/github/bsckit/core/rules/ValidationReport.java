package io.github.bsckit.core.rules;

import io.github.bsckit.core.internal.ReportJson;
import io.github.bsckit.core.model.ElementId;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * The violations a {@link RuleSet} found in a scorecard, in rule order. Immutable and thread-safe.
 *
 * @param violations every violation found
 */
public record ValidationReport(List<Violation> violations) {

  /**
   * Copies the violations.
   *
   * @param violations every violation found
   */
  public ValidationReport {
    violations = List.copyOf(violations);
  }

  /** {@return true if any violation is an ERROR} */
  public boolean hasErrors() {
    for (int i = 0; i < violations.size(); i++) {
      if (violations.get(i).severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** {@return true if nothing was found} */
  public boolean isClean() {
    return violations.isEmpty();
  }

  /**
   * {@return the violations of one severity, in rule order}
   *
   * @param severity the severity
   */
  public List<Violation> ofSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return violations.stream().filter(v -> v.severity() == severity).toList();
  }

  /**
   * {@return the violations found by one rule}
   *
   * @param ruleId the rule's id
   */
  public List<Violation> ofRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
  }

  /** {@return the ids of the rules that found something, in order, without repeats} */
  public List<String> ruleIds() {
    return violations.stream().map(Violation::ruleId).distinct().toList();
  }

  /**
   * Groups the findings that say the same thing about different elements, so that a rule firing on fourteen
   * objectives reads as one finding naming all fourteen. Two violations are alike when they share rule and
   * severity and their messages are the same once their own subjects' ids and quoted names are taken out;
   * "objective F1 has 5 KPIs" and "objective F2 has 7 KPIs" stay apart. Groups come in the order of their
   * first finding; every violation is in exactly one group.
   *
   * @return the groups, one per finding that has no like
   */
  public List<ViolationGroup> grouped() {
    Map<List<Object>, List<Violation>> groups = new LinkedHashMap<>();
    for (Violation v : violations) {
      groups.computeIfAbsent(List.of(v.ruleId(), v.severity(), ViolationGroup.skeleton(v)), k -> new ArrayList<>())
          .add(v);
    }
    return groups.values().stream().map(ViolationGroup::new).toList();
  }

  /**
   * {@return the report as JSON} The shape, pretty-printed with two-space indentation:
   *
   * <pre>{@code
   * {"violations": [{"rule": "cycle", "severity": "error", "subjects": ["P1", "C1"], "message": "…"}],
   *  "errors": 1}
   * }</pre>
   *
   * <p>{@code violations} in rule order; {@code rule} the rule's id; {@code severity} the severity's
   * {@linkplain io.github.bsckit.core.model.Keyed#key() key}, {@code error}, {@code warning} or {@code info}; {@code subjects} the ids of the elements concerned; {@code errors} the
   * number of ERROR violations, an integer.
   */
  public String toJson() {
    return ReportJson.write(this::write);
  }

  /**
   * Writes {@link #toJson()} to a writer.
   *
   * @param out where to write; flushed, not closed
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public void writeJson(Writer out) {
    ReportJson.write(out, this::write);
  }

  private void write(JsonGenerator g) {
    g.writeStartObject();
    g.writeArrayPropertyStart("violations");
    for (Violation v : violations) {
      ReportJson.violation(g, v.ruleId(), v.severity().key(), v.subjects().stream().map(ElementId::value).toList(), v.message());
    }
    g.writeEndArray();
    g.writeNumberProperty("errors", ofSeverity(Severity.ERROR).size());
    g.writeEndObject();
  }

  /** {@return one line per violation, or {@code no violations}} */
  @Override
  public String toString() {
    return violations.isEmpty() ? "no violations"
        : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
