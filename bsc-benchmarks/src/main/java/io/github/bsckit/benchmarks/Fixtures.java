package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.Scorecard;

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
   * A clean scorecard like {@link #layered(int)} whose objectives each also drive a second objective of the row
   * above ({@code (i * 7 + 3) mod perRow}), so the map is a mesh of about 1.5 links per objective rather than
   * parallel chains: the shape of the scale benchmarks (validation, keystones, reading).
   */
  static Scorecard mesh(int perRow) {
    String[] rows = {"learning-growth", "internal-process", "customer", "financial"};
    Scorecard.Builder b = Scorecard.builder("Mesh " + perRow * 4);
    for (int r = 0; r < rows.length; r++) {
      for (int i = 0; i < perRow; i++) {
        String id = "O" + r + "-" + i;
        b.objective(id, "Objective " + id, rows[r], o -> o
            .kpi(id + "-lead", "Leading " + id, k -> k.leading().baseline(10, "2026-01-01").target(20, "2026-12-31"))
            .kpi(id + "-lag", "Lagging " + id, k -> k.lagging().decrease().baseline(9, "2026-01-01")
                .target(5, "2026-12-31")));
      }
    }
    for (int r = 1; r < rows.length; r++) {
      for (int i = 0; i < perRow; i++) {
        b.link("O" + (r - 1) + "-" + i, "O" + r + "-" + i);
        int other = (int) ((i * 7L + 3) % perRow);
        if (other != i) {
          b.link("O" + (r - 1) + "-" + i, "O" + r + "-" + other);
        }
      }
    }
    return b.build();
  }
}
