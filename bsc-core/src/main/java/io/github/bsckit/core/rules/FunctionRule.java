package io.github.bsckit.core.rules;

import io.github.bsckit.core.model.Scorecard;
import java.util.function.BiConsumer;

/** A rule made of a function, by {@link Rule#of}. */
record FunctionRule(String id, Severity defaultSeverity, String description,
    BiConsumer<Scorecard, RuleContext> function) implements Rule {

  @Override
  public void check(Scorecard scorecard, RuleContext context) {
    function.accept(scorecard, context);
  }

  @Override
  public String toString() {
    return id;
  }
}
