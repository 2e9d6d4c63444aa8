package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import java.util.ArrayList;
import java.util.List;

/** Scorecards the benchmarks share: realistic shapes, built once per trial. */
final class Fixtures {
  private Fixtures() {}

  /**
   * A clean scorecard of {@code perRow × 4} objectives in the classic perspectives, each with two KPIs (one
   * leading), linked row to row upward, passing every core rule.
   */
  static Scorecard layered(int perRow) {
    String[] rows = {"learning-growth", "internal-process", "customer", "financial"};
    Scorecard.Builder b = Scorecard.builder("Benchmark " + perRow * 4);
    for (int r = 0; r < rows.length; r++) {
      for (int i = 0; i < perRow; i++) {
        String id = "O" + r + "-" + i;
        b.objective(id, "Objective " + id, rows[r], o -> o
            .kpi(id + "-lead", "Leading " + id, k -> k.leading().baseline(10, "2026-01-01").target(20, "2026-12-31"))
            .kpi(id + "-lag", "Lagging " + id, k -> k.lagging().decrease().baseline(9, "2026-01-01")
                .target(5, "2026-12-31")));
        if (r > 0) {
          b.link("O" + (r - 1) + "-" + i, id);
        }
      }
    }
    return b.build();
  }

  /**
   * A complete layered map: {@code rows} perspectives of {@code width} objectives, every objective linked to
   * every objective of the row above. From one bottom objective there are {@code width^(rows-2)} paths to each
   * top objective.
   */
  static Scorecard completeLayers(int rows, int width) {
    Scorecard.Builder b = Scorecard.builder("Layered " + rows + "x" + width);
    for (int r = rows - 1; r >= 0; r--) {
      b.perspective("r" + r, "Row " + r);
    }
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < width; i++) {
        b.objective(id(r, i), "Objective " + r + "." + i, "r" + r);
      }
    }
    List<CausalLink> links = new ArrayList<>();
    for (int r = 0; r + 1 < rows; r++) {
      for (int i = 0; i < width; i++) {
        for (int j = 0; j < width; j++) {
          links.add(CausalLink.of(ObjectiveId.of(id(r, i)), ObjectiveId.of(id(r + 1, j))));
        }
      }
    }
    links.forEach(b::link);
    return b.build();
  }

  static String id(int row, int i) {
    return "o" + row + "-" + i;
  }
}
