package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.ReportJson;
import io.github.bsckit.core.rules.Severity;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * The violations a {@link PortfolioRuleSet} found in a portfolio: first the portfolio rules' in rule order, then
 * each unit's own in unit order. Immutable and thread-safe.
 *
 * @param violations every violation found
 */
public record PortfolioValidationReport(List<PortfolioViolation> violations) {

  /**
   * Copies the violations.
   *
   * @param violations every violation found
   */
  public PortfolioValidationReport {
    violations = List.copyOf(violations);
  }

  /** {@return true if any violation is an ERROR} */
  public boolean hasErrors() {
    return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
  }

  /** {@return true if nothing was found} */
  public boolean isClean() {
    return violations.isEmpty();
  }

  /**
   * {@return the violations of one severity}
   *
   * @param severity the severity
   */
  public List<PortfolioViolation> ofSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return violations.stream().filter(v -> v.severity() == severity).toList();
  }

  /**
   * {@return the violations found by one rule}
   *
   * @param ruleId the rule's id
   */
  public List<PortfolioViolation> ofRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
  }

  /**
   * {@return the violations about one unit or its elements}
   *
   * @param unit the unit's id
   */
  public List<PortfolioViolation> ofUnit(UnitId unit) {
    Objects.requireNonNull(unit, "unit");
    return violations.stream().filter(v -> v.subjects().stream().anyMatch(s -> s.unit().equals(unit))).toList();
  }

  /** {@return the ids of the rules that found something, in order, without repeats} */
  public List<String> ruleIds() {
    return violations.stream().map(PortfolioViolation::ruleId).distinct().toList();
  }

  /**
   * {@return the report as JSON} The shape of {@link io.github.bsckit.core.rules.ValidationReport#toJson()}, with
   * qualified subjects:
   *
   * <pre>{@code
   * {"violations": [{"rule": "unaligned-objective", "severity": "warning", "subjects": ["retail/C2"],
   *   "message": "…"}], "errors": 0}
   * }</pre>
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
    for (PortfolioViolation v : violations) {
      ReportJson.violation(g, v.ruleId(), v.severity().key(), v.subjectIds(), v.message());
    }
    g.writeEndArray();
    g.writeNumberProperty("errors", ofSeverity(Severity.ERROR).size());
    g.writeEndObject();
  }

  /** {@return one line per violation, or {@code no violations}} */
  @Override
  public String toString() {
    return violations.isEmpty() ? "no violations"
        : violations.stream().map(PortfolioViolation::toString).collect(Collectors.joining("\n"));
  }
}
