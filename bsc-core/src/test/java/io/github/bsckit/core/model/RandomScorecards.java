package io.github.bsckit.core.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds varied, valid scorecards from a seed, exercising every field of the model. bsc-core's own tests use
 * it; bsc-testkit (which depends on bsc-core) offers shrinking generators to everyone else.
 */
public final class RandomScorecards {
  private RandomScorecards() {}

  public static Scorecard of(long seed) {
    Random r = new Random(seed);
    Scorecard.Builder b = Scorecard.builder(name(r, "Scorecard"));
    if (r.nextBoolean()) {
      b.vision(name(r, "Vision"));
    }
    if (r.nextBoolean()) {
      b.mission(name(r, "Mission"));
    }
    if (r.nextBoolean()) {
      b.stage(LifecycleStage.values()[r.nextInt(3)]);
    }
    b.fiscalYearStart(Month.of(1 + r.nextInt(12)));
    List<String> perspectives = new ArrayList<>();
    if (r.nextInt(4) == 0) {
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        perspectives.add("p" + i);
        b.perspective("p" + i, name(r, "Perspective " + i));
      }
    } else {
      Perspective.classic().forEach(p -> perspectives.add(p.id().value()));
    }
    int themes = r.nextInt(4);
    for (int i = 0; i < themes; i++) {
      if (r.nextBoolean()) {
        b.theme("T" + i, name(r, "Theme " + i), name(r, "About"));
      } else {
        b.theme("T" + i, name(r, "Theme " + i));
      }
    }
    int objectives = r.nextInt(8);
    int kpiCount = 0;
    for (int i = 0; i < objectives; i++) {
      String perspective = perspectives.get(r.nextInt(perspectives.size()));
      int kpis = r.nextInt(3);
      int firstKpi = kpiCount;
      kpiCount += kpis;
      b.objective("O" + i, name(r, "Objective " + i), perspective, o -> {
        if (themes > 0 && r.nextBoolean()) {
          o.theme("T" + r.nextInt(themes));
        }
        if (r.nextBoolean()) {
          o.owner(name(r, "Owner"));
        }
        if (r.nextBoolean()) {
          o.description(name(r, "Description"));
        }
        if (r.nextBoolean()) {
          o.weight(r.nextInt(5) * 0.5);
        }
        if (r.nextBoolean()) {
          List<ObjectiveCategory> all = ObjectiveCategory.all().toList();
          o.category(all.get(r.nextInt(all.size())));
        }
        for (int k = 0; k < kpis; k++) {
          o.kpi(kpi(r, "k" + (firstKpi + k)));
        }
      });
    }
    int links = objectives == 0 ? 0 : r.nextInt(objectives * 2);
    for (int i = 0; i < links; i++) {
      String from = "O" + r.nextInt(objectives);
      String to = "O" + r.nextInt(objectives);
      b.link(from, to, l -> {
        switch (r.nextInt(3)) {
          case 0 -> l.strength(Strength.of(Strength.Level.values()[r.nextInt(3)]));
          case 1 -> l.strength((1 + r.nextInt(100)) / 100.0);
          default -> { }
        }
        if (r.nextBoolean()) {
          l.inverse();
        }
        if (r.nextBoolean()) {
          l.lag(Period.ofMonths(r.nextInt(12)));
        }
        if (r.nextBoolean()) {
          l.rationale(name(r, "Because"));
        }
      });
    }
    int initiatives = r.nextInt(3);
    for (int i = 0; i < initiatives; i++) {
      b.initiative("I" + i, name(r, "Initiative " + i), in -> {
        if (objectives > 0) {
          in.serves("O" + r.nextInt(objectives));
        }
        if (r.nextBoolean()) {
          in.budget(r.nextInt(1_000_000), "USD");
        }
        if (r.nextBoolean()) {
          in.owner(name(r, "Owner"));
          in.start("2026-01-01").end("2026-12-31");
        }
        in.status(InitiativeStatus.values()[r.nextInt(InitiativeStatus.values().length)]);
      });
    }
    if (r.nextBoolean()) {
      b.scoring(ScoringPolicy.DEFAULT.withRollUp(RollUp.values()[r.nextInt(4)])
          .withThresholds(Thresholds.of(0.9, 0.5)));
    }
    return b.build();
  }

  static Kpi kpi(Random r, String id) {
    Kpi.Builder k = Kpi.builder(id, name(r, "KPI " + id)).unit(List.of("%", "$", "days", "").get(r.nextInt(4)))
        .indicator(r.nextBoolean() ? Indicator.LEADING : Indicator.LAGGING)
        .kind(r.nextBoolean() ? KpiKind.LEVEL : KpiKind.FLOW)
        .frequency(Frequency.values()[r.nextInt(Frequency.values().length)])
        .precision(r.nextInt(11))
        .weight(r.nextInt(4));
    LocalDate start = LocalDate.of(2024 + r.nextInt(3), 1 + r.nextInt(12), 1);
    double base = Math.round(r.nextGaussian() * 1000) / 10.0;
    switch (r.nextInt(3)) {
      case 0 -> k.increase();
      case 1 -> k.decrease();
      default -> k.range(base - 5, base + 5);
    }
    if (r.nextInt(5) > 0) {
      k.baseline(base, start);
    }
    if (r.nextInt(5) > 0) {
      k.target(base + r.nextInt(100), start.plusYears(1));
      if (r.nextBoolean()) {
        k.milestone(base + 1, start.plusMonths(3)).milestone(base + 2, start.plusMonths(6));
      }
    }
    if (r.nextBoolean()) {
      k.thresholds(Thresholds.of(0.8, 0.4));
    }
    if (r.nextBoolean()) {
      k.scoring(ScoringSpec.of("performance").withParameter("min", 0).withParameter("max", 200));
    }
    return k.build();
  }

  private static String name(Random r, String prefix) {
    return r.nextInt(4) == 0 ? prefix + " é✓ 日本 " + r.nextInt(100) : prefix + " " + r.nextInt(1000);
  }
}
