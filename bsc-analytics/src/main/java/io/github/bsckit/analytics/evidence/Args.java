package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.List;

/** The exception bsc-kit throws for a bad argument, from this package. */
final class Args {
  private Args() {}

  static ValidationException invalid(String path, String message) {
    return new ValidationException(List.of(Problem.at(path, message)));
  }
}
