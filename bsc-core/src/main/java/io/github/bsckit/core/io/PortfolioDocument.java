package io.github.bsckit.core.io;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.UnitId;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a portfolio document holds: the {@link Portfolio}, each unit's actuals (from its scorecard document), and
 * for each unit whose scorecard lives in a file of its own, the path of that file relative to the portfolio
 * document's folder. Immutable and thread-safe.
 *
 * @param portfolio the portfolio
 * @param actuals each unit's actuals by unit id; units without actuals are left out
 * @param references the relative path of each unit's scorecard document (with {@code /} between folders); a unit
 *     left out has its scorecard inline
 */
public record PortfolioDocument(Portfolio portfolio, Map<UnitId, Actuals> actuals, Map<UnitId, String> references) {

  /**
   * Validates that every key names a unit of the portfolio and every reference is a relative path inside the
   * portfolio's folder.
   *
   * @param portfolio the portfolio
   * @param actuals each unit's actuals
   * @param references each referenced unit's relative path
   * @throws io.github.bsckit.core.ValidationException naming the key or the path
   */
  public PortfolioDocument {
    Objects.requireNonNull(portfolio, "portfolio");
    actuals = Collections.unmodifiableMap(new TreeMap<>(actuals));
    references = Collections.unmodifiableMap(new TreeMap<>(references));
    Checks c = new Checks();
    for (UnitId id : actuals.keySet()) {
      c.check(portfolio.unit(id).isPresent(), "actuals", "must be keyed by units of the portfolio but names \"" + id
          + "\"");
    }
    references.forEach((id, path) -> {
      c.check(portfolio.unit(id).isPresent(), "references", "must be keyed by units of the portfolio but names \""
          + id + "\"");
      String problem = References.problem(path);
      if (problem != null) {
        c.add("references." + id, problem);
      }
    });
    actuals.values().forEach(a -> Objects.requireNonNull(a, "actuals"));
    c.throwIfAny();
  }

  /**
   * {@return a document with every scorecard inline and no actuals}
   *
   * @param portfolio the portfolio
   */
  public static PortfolioDocument of(Portfolio portfolio) {
    return new PortfolioDocument(portfolio, Map.of(), Map.of());
  }

  /**
   * {@return this document with a unit's scorecard kept in a file of its own}
   *
   * @param unit the unit
   * @param relativePath the file's path relative to the portfolio document's folder, such as
   *     {@code units/retail.yaml}
   */
  public PortfolioDocument withReference(UnitId unit, String relativePath) {
    Map<UnitId, String> copy = new TreeMap<>(references);
    copy.put(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(relativePath, "relativePath"));
    return new PortfolioDocument(portfolio, actuals, copy);
  }

  /**
   * {@return this document with a unit's actuals}
   *
   * @param unit the unit
   * @param unitActuals its actuals
   */
  public PortfolioDocument withActuals(UnitId unit, Actuals unitActuals) {
    Map<UnitId, Actuals> copy = new TreeMap<>(actuals);
    copy.put(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(unitActuals, "unitActuals"));
    return new PortfolioDocument(portfolio, copy, references);
  }

  /**
   * {@return a unit's actuals, empty when it has none}
   *
   * @param unit the unit
   */
  public Actuals actualsOf(UnitId unit) {
    return actuals.getOrDefault(Objects.requireNonNull(unit, "unit"), Actuals.empty());
  }

  /** Where references may point: below a folder, never above it or at an absolute path. */
  static final class References {
    private References() {}

    /** {@return why a reference is not acceptable, or null when it is} */
    static String problem(String path) {
      if (path.isBlank()) {
        return "must be a relative file path but was blank";
      }
      Path p;
      try {
        p = Path.of(path);
      } catch (InvalidPathException e) {
        return "must be a file path but was \"" + path + "\" (" + e.getReason() + ")";
      }
      if (p.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) {
        return "must be a path relative to the portfolio's folder but was the absolute path \"" + path + "\"";
      }
      Path n = p.normalize();
      if (n.toString().isEmpty() || n.startsWith("..")) {
        return "must stay inside the portfolio's folder but \"" + path + "\" leaves it";
      }
      return null;
    }
  }
}
