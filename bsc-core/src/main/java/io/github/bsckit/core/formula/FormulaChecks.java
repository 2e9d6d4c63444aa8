package io.github.bsckit.core.formula;

import io.github.bsckit.core.internal.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the formulas of one scorecard together: every name must be a KPI of the scorecard, and no formula
 * may reach itself through other formulas. Shared by the model (which reports by path) and the document
 * reader (which points at the character). Stateless.
 */
public final class FormulaChecks {
  private FormulaChecks() {}

  /**
   * A problem of one formula at one of its references.
   *
   * @param kpi the id of the KPI whose formula it is
   * @param position the 0-based index in its formula text
   * @param message what is wrong
   */
  public record Finding(String kpi, int position, String message) {
    /**
     * Validates the components.
     *
     * @param kpi the KPI's id
     * @param position the index in the formula
     * @param message what is wrong
     */
    public Finding {
      Objects.requireNonNull(kpi, "kpi");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Finds unknown KPIs and cycles. A cycle is reported once, at the formula of the first KPI on it (in the
   * order of {@code formulas}), at the reference that closes it. Cost O(F + R) for F formulas with R references.
   *
   * @param formulas each calculated KPI's formula, by KPI id, in scorecard order
   * @param kpis the ids of every KPI of the scorecard
   * @return the findings in order; empty when all is well; unmodifiable
   */
  public static List<Finding> check(Map<String, Formula> formulas, Collection<String> kpis) {
    Objects.requireNonNull(formulas, "formulas");
    Set<String> known = Set.copyOf(kpis);
    List<Finding> out = new ArrayList<>();
    formulas.forEach((kpi, f) -> {
      for (Formula.Reference r : f.references()) {
        if (r.name().equals(kpi)) {
          out.add(new Finding(kpi, r.position(), "refers to its own KPI " + kpi + "; a formula is over other KPIs"));
        } else if (!known.contains(r.name())) {
          out.add(new Finding(kpi, r.position(), "names " + r.name() + ", which is no KPI of the scorecard"
              + DidYouMean.hint(r.name(), known) + (r.name().contains("-") ? " (a - inside a name is part of it:"
              + " write a - b to subtract)" : "")));
        }
      }
    });
    Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
    for (String kpi : formulas.keySet()) {
      List<String> path = new ArrayList<>();
      cycle(kpi, formulas, state, path, out);
    }
    return List.copyOf(out);
  }

  private static void cycle(String kpi, Map<String, Formula> formulas, Map<String, Integer> state, List<String> path,
      List<Finding> out) {
    if (state.getOrDefault(kpi, 0) != 0 || !formulas.containsKey(kpi)) {
      return;
    }
    state.put(kpi, 1);
    path.add(kpi);
    for (Formula.Reference r : formulas.get(kpi).references()) {
      String next = r.name();
      if (next.equals(kpi)) {
        continue; // reported as a self-reference
      }
      if (state.getOrDefault(next, 0) == 1) {
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
        loop.add(next);
        out.add(new Finding(kpi, r.position(), "forms a cycle through other formulas: " + String.join(" -> ", loop)));
      } else {
        cycle(next, formulas, state, path, out);
      }
    }
    path.remove(path.size() - 1);
    state.put(kpi, 2);
  }
}
