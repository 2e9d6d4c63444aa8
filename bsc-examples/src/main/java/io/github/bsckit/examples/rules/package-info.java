/**
 * A custom strategy rule written the way a team would write its own, and tested with bsc-testkit's generators
 * (see {@code docs/property-testing.md}).
 */
package io.github.bsckit.examples.rules;
