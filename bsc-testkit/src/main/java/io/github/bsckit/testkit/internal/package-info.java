/** Helpers shared by bsc-testkit's packages. Not exported: not part of the API. */
package io.github.bsckit.testkit.internal;
