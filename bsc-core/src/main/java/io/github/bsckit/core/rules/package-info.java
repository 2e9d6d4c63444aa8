/**
 * The validation rules framework: a {@link io.github.bsckit.core.rules.Rule} reports
 * {@link io.github.bsckit.core.rules.Violation}s; rules compose into
 * {@link io.github.bsckit.core.rules.RuleSet}s with per-rule severity overrides; the built-in ones are in
 * {@link io.github.bsckit.core.rules.CoreRules}. Rule ids are stable kebab-case strings.
 */
package io.github.bsckit.core.rules;
