package io.github.bsckit.graph.export;

import io.github.bsckit.core.BscException;
import java.util.Locale;
import java.util.Objects;

/**
 * The status an SVG map colours an objective by. bsc-graph does not score; it takes statuses from whoever does,
 * so any scorer's status (bsc-core's scoring report among them) adapts with {@link #parse(String)} on its
 * name:
 *
 * <pre>{@code
 * Map<ObjectiveId, ObjectiveStatus> statuses = new HashMap<>();
 * report.objectives().forEach(o -> statuses.put(o.id(), ObjectiveStatus.parse(o.status().name())));
 * String svg = MapExport.svg(map, SvgOptions.defaults().withStatuses(statuses));
 * }</pre>
 */
public enum ObjectiveStatus {
  /** On track: green. */
  ON_TRACK("on track"),
  /** At risk: amber. */
  AT_RISK("at risk"),
  /** Off track: red. */
  OFF_TRACK("off track"),
  /** No data to judge by: grey. */
  NO_DATA("no data");

  private final String label;

  ObjectiveStatus(String label) {
    this.label = label;
  }

  /** {@return how the legend names it, for example {@code on track}} */
  public String label() {
    return label;
  }

  /**
   * Reads a status name as a scorer writes it: {@code ON_TRACK}, {@code on-track}, {@code on track}, any case.
   *
   * @param name the name
   * @return the status
   * @throws BscException if the name is none of the four
   */
  public static ObjectiveStatus parse(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (ObjectiveStatus s : values()) {
      if (s.name().equals(key)) {
        return s;
      }
    }
    throw new BscException("status must be ON_TRACK, AT_RISK, OFF_TRACK or NO_DATA but was \"" + name
        + "\"");
  }
}
