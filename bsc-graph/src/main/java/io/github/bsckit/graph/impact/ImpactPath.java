package io.github.bsckit.graph.impact;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chain of links from a driver to an objective it affects. Immutable and thread-safe.
 *
 * @param links the links in order, at least one, each starting where the one before ends
 */
public record ImpactPath(List<CausalLink> links) {

  /**
   * Validates and copies the links.
   *
   * @param links the links in order, at least one, each starting where the one before ends
   * @throws io.github.bsckit.core.ValidationException if there are none or they do not join up
   */
  public ImpactPath {
    links = List.copyOf(links);
    if (links.isEmpty()) {
      throw Checks.invalid("links", "must name at least one link but was empty");
    }
    for (int i = 1; i < links.size(); i++) {
      if (!links.get(i - 1).to().equals(links.get(i).from())) {
        throw Checks.invalid("links[" + i + "]", "must start at " + links.get(i - 1).to() + " but was "
            + links.get(i));
      }
    }
  }

  /** {@return the driver where the path starts} */
  public ObjectiveId from() {
    return links.get(0).from();
  }

  /** {@return the objective where the path ends} */
  public ObjectiveId to() {
    return links.get(links.size() - 1).to();
  }

  /** {@return the objectives along the path, both ends included} */
  public List<ObjectiveId> objectives() {
    List<ObjectiveId> out = new ArrayList<>(links.size() + 1);
    out.add(from());
    for (CausalLink l : links) {
      out.add(l.to());
    }
    return List.copyOf(out);
  }

  /** {@return the number of links} */
  public int length() {
    return links.size();
  }

  /**
   * {@return the product of the links' strengths, a link of unstated strength counting as
   * {@link io.github.bsckit.core.model.Strength#UNSTATED moderate}; in (0, 1]}
   */
  public double strength() {
    double s = 1;
    for (CausalLink l : links) {
      s *= l.effectiveStrength();
    }
    return s;
  }

  /** {@return how many of the links state no strength, and so count as moderate in {@link #strength()}} */
  public int unstatedLinks() {
    int n = 0;
    for (CausalLink l : links) {
      n += l.strength().isEmpty() ? 1 : 0;
    }
    return n;
  }

  /**
   * {@return for example {@code strength 0.324, inverse, 1 link unstated, counted moderate}: the strength and
   * how much of it is assumed}
   */
  public String strengthText() {
    int unstated = unstatedLinks();
    return "strength " + Numbers.significant(strength(), 4) + (sign() < 0 ? ", inverse" : "")
        + (unstated == 0 ? "" : ", " + unstated + (unstated == 1 ? " link" : " links") + " unstated, counted moderate");
  }

  /** {@return +1 when a rise at the start raises the end, -1 when it lowers it: the product of polarities} */
  public int sign() {
    int sign = 1;
    for (CausalLink l : links) {
      sign *= l.polarity().sign();
    }
    return sign;
  }

  /**
   * {@return true if the path passes through an objective}
   *
   * @param id the objective
   */
  public boolean passesThrough(ObjectiveId id) {
    Objects.requireNonNull(id, "id");
    return objectives().contains(id);
  }

  /**
   * {@return for example {@code L1 -> P1 -> C1 (strength 0.54)}, with {@code inverse} when the sign is -1 and the
   * number of links of unstated strength when there are any}
   */
  @Override
  public String toString() {
    return StrategyMap.arrows(objectives()) + " (" + strengthText() + ")";
  }
}
