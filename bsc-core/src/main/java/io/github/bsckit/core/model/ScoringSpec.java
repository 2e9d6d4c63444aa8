package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Names a scoring method and its numeric parameters, for example {@code performance} with {@code min} and
 * {@code max}. The model only names the method; the scoring package resolves the name, so users can plug in
 * their own methods under names of their own. Immutable and thread-safe; parameters are kept sorted by name.
 *
 * <p>The built-in methods have typed factories beside the by-name {@link #of(String, Map)}:
 *
 * <pre>{@code
 * ScoringSpec.performance(0, 200);        // equals ScoringSpec.of("performance", Map.of("min", 0.0, "max", 200.0))
 * ScoringSpec.goalRedFlag(90, 80);
 * }</pre>
 *
 * @param method the method's kebab-case name, such as {@code progress} or {@code goal-red-flag}
 * @param parameters the method's parameters by name, each finite
 */
public record ScoringSpec(String method, SortedMap<String, Double> parameters) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern PARAMETER = Pattern.compile("[a-z][A-Za-z0-9]*");

  /**
   * Validates the components and copies the parameters.
   *
   * @param method the method's kebab-case name, such as {@code progress} or {@code goal-red-flag}
   * @param parameters the method's parameters by name, each finite
   * @throws io.github.bsckit.core.ValidationException if a name is malformed or a parameter not finite
   */
  public ScoringSpec {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(parameters, "parameters");
    Checks c = new Checks();
    if (!NAME.matcher(method).matches()) {
      c.add("method", "must be a kebab-case name such as goal-red-flag but was \"" + method + "\"");
    }
    for (Map.Entry<String, Double> e : parameters.entrySet()) {
      String key = Objects.requireNonNull(e.getKey(), "parameter name");
      Objects.requireNonNull(e.getValue(), "parameter value");
      if (!PARAMETER.matcher(key).matches()) {
        c.add("parameters", "parameter names must be camelCase such as redFlag but one was \"" + key + "\"");
      }
      c.finite("parameters." + key, e.getValue());
    }
    c.throwIfAny();
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }

  /**
   * Names a method that takes no parameters.
   *
   * @param method the method's name
   * @return the spec
   */
  public static ScoringSpec of(String method) {
    return new ScoringSpec(method, new TreeMap<>());
  }

  /**
   * Names a method with parameters.
   *
   * @param method the method's name
   * @param parameters the parameters by name
   * @return the spec
   */
  public static ScoringSpec of(String method, Map<String, Double> parameters) {
    return new ScoringSpec(method, new TreeMap<>(parameters));
  }

  /**
   * {@return {@code progress}: from baseline to target, {@code (v − b)/(t − b)}}
   */
  public static ScoringSpec progress() {
    return of("progress");
  }

  /**
   * {@return {@code performance}: where the value falls between a worst and a best value}
   *
   * @param min the value scoring 0
   * @param max the value scoring 1
   */
  public static ScoringSpec performance(double min, double max) {
    return of("performance", Map.of("min", min, "max", max));
  }

  /**
   * {@return {@code goal-red-flag}: 2/3 at the goal, 1/3 at the red flag, linear between and beyond}
   *
   * @param goal the value to reach
   * @param redFlag the value that raises a red flag
   */
  public static ScoringSpec goalRedFlag(double goal, double redFlag) {
    return of("goal-red-flag", Map.of("goal", goal, "redFlag", redFlag));
  }

  /** {@return {@code expected-to-date}: progress divided by the progress expected by the as-of date} */
  public static ScoringSpec expectedToDate() {
    return of("expected-to-date");
  }

  /** {@return {@code binary}: 1 at or beyond the target, else 0} */
  public static ScoringSpec binary() {
    return of("binary");
  }

  /** {@return {@code range}: full inside a RANGE KPI's band, falling off over the band's width outside it} */
  public static ScoringSpec range() {
    return of("range");
  }

  /**
   * {@return {@code range}: full inside a RANGE KPI's band, falling to 0 at {@code tolerance} outside it}
   *
   * @param tolerance how far outside the band the score reaches 0, at least 0
   */
  public static ScoringSpec range(double tolerance) {
    return of("range", Map.of("tolerance", tolerance));
  }

  /**
   * Returns this spec with one more parameter (or a replaced one).
   *
   * @param name the parameter name
   * @param value the value
   * @return a new spec
   */
  public ScoringSpec withParameter(String name, double value) {
    TreeMap<String, Double> copy = new TreeMap<>(parameters);
    copy.put(Objects.requireNonNull(name, "name"), value);
    return new ScoringSpec(method, copy);
  }

  /**
   * Looks up a parameter.
   *
   * @param name the parameter name
   * @return its value, or empty when the spec does not set it
   */
  public OptionalDouble parameter(String name) {
    Double v = parameters.get(name);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** {@return for example {@code performance(max=200, min=0)}} */
  @Override
  public String toString() {
    if (parameters.isEmpty()) {
      return method;
    }
    StringBuilder sb = new StringBuilder(method).append('(');
    parameters.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ")
        .append(k).append('=').append(Numbers.plain(v)));
    return sb.append(')').toString();
  }
}
