package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Random;

/**
 * Simulated maps with known truth, for the properties of the analysis: each KPI is a random walk (so its first
 * differences are independent noise), and a driven effect moves by {@code beta} times its cause's move
 * {@code lag} months earlier plus noise of size {@code sigma}.
 */
final class Simulated {
  static final YearMonth START = YearMonth.of(2023, 1);

  private Simulated() {}

  /** Four objectives, one per perspective, in a chain L1 -> P1 -> C1 -> F1, each link declaring the lag. */
  static Scorecard chain(int lag) {
    return Scorecard.builder("Simulated chain")
        .objective("L1", "Train", "learning-growth", o -> o.kpi("l1", "Training", k -> k.unit("h")))
        .objective("P1", "Process", "internal-process", o -> o.kpi("p1", "Process", k -> k.unit("%")))
        .objective("C1", "Customer", "customer", o -> o.kpi("c1", "Customer", k -> k.unit("%")))
        .objective("F1", "Finance", "financial", o -> o.kpi("f1", "Finance", k -> k.unit("$")))
        .link("L1", "P1", l -> l.lag(Period.ofMonths(lag)))
        .link("P1", "C1", l -> l.lag(Period.ofMonths(lag)))
        .link("C1", "F1", l -> l.lag(Period.ofMonths(lag)))
        .build();
  }

  /** Monthly actuals of the chain where every link holds with the given lag, effect and noise. */
  static Actuals driven(long seed, int months, int lag, double beta, double sigma) {
    Random random = new Random(seed);
    String[] ids = {"l1", "p1", "c1", "f1"};
    double[][] moves = new double[ids.length][months];
    for (int t = 0; t < months; t++) {
      moves[0][t] = random.nextGaussian();
    }
    for (int k = 1; k < ids.length; k++) {
      for (int t = 0; t < months; t++) {
        moves[k][t] = (t >= lag ? beta * moves[k - 1][t - lag] : 0) + sigma * random.nextGaussian();
      }
    }
    return walks(ids, moves);
  }

  /** Monthly actuals of the given KPIs, each an independent random walk. */
  static Actuals independent(long seed, int months, String... ids) {
    Random random = new Random(seed);
    double[][] moves = new double[ids.length][months];
    for (int k = 0; k < ids.length; k++) {
      for (int t = 0; t < months; t++) {
        moves[k][t] = random.nextGaussian();
      }
    }
    return walks(ids, moves);
  }

  private static Actuals walks(String[] ids, double[][] moves) {
    Actuals.Builder b = Actuals.builder();
    for (int k = 0; k < ids.length; k++) {
      double level = 100;
      for (int t = 0; t < moves[k].length; t++) {
        level += moves[k][t];
        LocalDate end = START.plusMonths(t).atEndOfMonth();
        b.add(ids[k], end.toString(), level);
      }
    }
    return b.build();
  }

  /** A wider map for the false-discovery property: 12 objectives, 3 per perspective, 12 links upward. */
  static Scorecard wide() {
    Scorecard.Builder b = Scorecard.builder("Simulated wide");
    String[] perspectives = {"learning-growth", "internal-process", "customer", "financial"};
    for (int r = 0; r < 4; r++) {
      for (int i = 0; i < 3; i++) {
        String id = "O" + r + i;
        b.objective(id, "Objective " + id, perspectives[r], o -> o.kpi("k" + id.substring(1), "KPI " + id,
            k -> k.unit("%")));
      }
    }
    for (int r = 0; r < 3; r++) {
      for (int i = 0; i < 3; i++) {
        b.link("O" + r + i, "O" + (r + 1) + i);
        if (i < 1) {
          b.link("O" + r + i, "O" + (r + 1) + (i + 1), l -> l.lag(Period.ofMonths(2)));
        }
      }
    }
    return b.build();
  }

  static String[] wideKpis() {
    String[] ids = new String[12];
    for (int r = 0; r < 4; r++) {
      for (int i = 0; i < 3; i++) {
        ids[r * 3 + i] = "k" + r + i;
      }
    }
    return ids;
  }
}
