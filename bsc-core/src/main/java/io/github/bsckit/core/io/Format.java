package io.github.bsckit.core.io;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.Keyed;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The two notations of a scorecard document. Both carry the same tree, so a document converts from one to the
 * other without loss.
 */
public enum Format implements Keyed {
  /** YAML 1.2 (core schema), the notation people write by hand; files end in {@code .yaml} or {@code .yml}. */
  YAML,
  /** JSON (RFC 8259), the notation programs exchange; files end in {@code .json}. */
  JSON;

  /**
   * Picks the format from a file name's extension.
   *
   * @param file a file such as {@code acme.yaml}
   * @return YAML for {@code .yaml} and {@code .yml}, JSON for {@code .json} (case-insensitive)
   * @throws BscException if the extension is none of these
   */
  public static Format forFile(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return YAML;
    }
    if (n.endsWith(".json")) {
      return JSON;
    }
    throw new BscException("file must end in .yaml, .yml or .json to tell its format but was \"" + file + "\"");
  }

  /** {@return the usual file extension without the dot: {@code yaml} or {@code json}, the format's key} */
  public String extension() {
    return key();
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
