package io.github.bsckit.examples;

import io.github.bsckit.core.io.PortfolioDocument;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.portfolio.Aggregation;
import io.github.bsckit.core.portfolio.Consolidation;
import io.github.bsckit.core.portfolio.KpiRollUp;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.PortfolioReport;
import io.github.bsckit.core.portfolio.PortfolioRuleSet;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitKpi;
import io.github.bsckit.core.portfolio.UnitObjective;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cascade: Halden Group, a retailer with three business units (stores, online, services) and two teams under
 * each. The group's revenue is the sum of the units' revenues, its operating margin the ratio of their summed
 * profits to their summed revenues, its retention and net promoter score the units' weighted by revenue share, its on-time rate the weakest unit's, and its digital
 * skills the share of all staff certified. Every unit objective supports the objective one level up. Six months
 * of actuals; one team (customer support) has reported nothing yet, so coverage is below 100%.
 */
public final class HaldenGroup {
  /** The date the example is scored as of. */
  public static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
  private static final String START = "2026-01-01";
  private static final String END = "2026-12-31";
  /** The business units: id, name, revenue share (their weight), revenue target in $M. */
  private static final String[][] UNITS = {
      {"stores", "Halden Stores", "0.5", "240"},
      {"online", "Halden Online", "0.3", "150"},
      {"services", "Halden Services", "0.2", "90"}};
  /** The teams: id, name, business unit, what they work on. */
  private static final String[][] TEAMS = {
      {"stores-north", "Stores North", "stores", "store"},
      {"stores-south", "Stores South", "stores", "store"},
      {"web", "Web Shop", "online", "checkout"},
      {"fulfilment", "Fulfilment", "online", "delivery"},
      {"field-service", "Field Service", "services", "repair"},
      {"support", "Customer Support", "services", "support"}};

  private HaldenGroup() {}

  /** {@return the group's own scorecard: its KPIs are computed from the business units' by the roll-ups} */
  public static Scorecard corporate() {
    return Scorecard.builder("Halden Group")
        .vision("The retailer families trust for everything at home")
        .objective("F1", "Grow group revenue", "financial", o -> o.owner("CEO")
            .kpi("revenue", "Group revenue", k -> k.lagging().flow().unit("$M").precision(1)
                .baseline(0, START).target(480, END)))
        .objective("F2", "Improve operating margin", "financial", o -> o.owner("CFO")
            .kpi("margin", "Operating margin", k -> k.lagging().unit("%").precision(1).baseline(8, START)
                .target(11, END)))
        .objective("C1", "Keep customers loyal", "customer", o -> o.owner("Chief Customer Officer")
            .kpi("retention", "Customer retention", k -> k.lagging().unit("%").precision(1).baseline(82, START)
                .target(86, END))
            .kpi("nps", "Net promoter score", k -> k.leading().unit("points").precision(0).baseline(30, START)
                .target(45, END)))
        .objective("P1", "Deliver on time, every time", "internal-process", o -> o.owner("COO")
            .kpi("on-time", "Orders delivered on time", k -> k.leading().unit("%").precision(1).baseline(90, START)
                .target(96, END)))
        .objective("L1", "Build digital skills", "learning-growth", o -> o.owner("CHRO")
            .kpi("certified-share", "Staff digitally certified", k -> k.leading().unit("%").precision(1)
                .baseline(30, START).target(60, END)))
        .link("L1", "P1").link("P1", "C1").link("C1", "F1").link("P1", "F2")
        .build();
  }

  /**
   * {@return a business unit's scorecard, on the group's template}
   *
   * @param name the unit's name, also its scorecard's
   * @param revenueTarget the unit's revenue for the year, in $M; its profit and staff targets scale with it
   */
  public static Scorecard businessUnit(String name, double revenueTarget) {
    return Scorecard.builder(name)
        .objective("F1", "Grow revenue", "financial", o -> o
            .kpi("revenue", "Revenue", k -> k.lagging().flow().unit("$M").precision(1).baseline(0, START)
                .target(revenueTarget, END)))
        .objective("F2", "Run a profitable business", "financial", o -> o
            .kpi("operating-profit", "Operating profit", k -> k.lagging().flow().unit("$M").precision(1)
                .baseline(0, START).target(revenueTarget * 0.11, END)))
        .objective("C1", "Keep our customers", "customer", o -> o
            .kpi("retention", "Customer retention", k -> k.lagging().unit("%").precision(1).baseline(82, START)
                .target(86, END))
            .kpi("nps", "Net promoter score", k -> k.leading().unit("points").precision(0).baseline(30, START)
                .target(45, END)))
        .objective("P1", "Deliver on time", "internal-process", o -> o
            .kpi("on-time", "Orders delivered on time", k -> k.leading().unit("%").precision(1).baseline(90, START)
                .target(96, END)))
        .objective("L1", "Certify our people", "learning-growth", o -> o
            .kpi("certified", "Staff certified", k -> k.leading().unit("people").precision(0)
                .baseline(revenueTarget * 0.45, START).target(revenueTarget * 0.96, END))
            .kpi("headcount", "Headcount", k -> k.leading().unit("people").precision(0).weight(0)
                .baseline(revenueTarget * 1.5, START).target(revenueTarget * 1.6, END)))
        .link("L1", "P1").link("P1", "C1").link("C1", "F1").link("P1", "F2")
        .build();
  }

  /**
   * {@return a team's scorecard: its customers, its process, its people}
   *
   * @param name the team's name, also its scorecard's
   * @param work what the team does, as its objectives name it ("Delight delivery customers")
   */
  public static Scorecard team(String name, String work) {
    return Scorecard.builder(name)
        .perspective(Perspective.CUSTOMER).perspective(Perspective.INTERNAL_PROCESS)
        .perspective(Perspective.LEARNING_GROWTH)
        .objective("C1", "Delight " + work + " customers", "customer", o -> o
            .kpi("nps", "Net promoter score", k -> k.leading().unit("points").precision(0).baseline(30, START)
                .target(45, END)))
        .objective("P1", "Fix " + work + " delays", "internal-process", o -> o
            .kpi("late", "Late " + work + " jobs", k -> k.leading().decrease().unit("%").precision(1)
                .baseline(8, START).target(3, END)))
        .objective("L1", "Train the team", "learning-growth", o -> o
            .kpi("training", "Training hours per person", k -> k.leading().flow().unit("hours").precision(0)
                .baseline(0, START).target(24, END)))
        .link("L1", "P1").link("P1", "C1")
        .build();
  }

  /** {@return the portfolio: the group, its three business units, their six teams, the alignments and roll-ups} */
  public static Portfolio portfolio() {
    Portfolio.Builder b = Portfolio.builder("Halden Group").unit(Unit.root("group", "Halden Group", corporate()));
    for (String[] u : UNITS) {
      b.unit(Unit.of(u[0], u[1], "group", businessUnit(u[1], Double.parseDouble(u[3])))
          .withWeight(Double.parseDouble(u[2])));
      for (String objective : List.of("F1", "F2", "C1", "P1", "L1")) {
        b.align(u[0], objective, "group", objective);
      }
    }
    for (String[] t : TEAMS) {
      b.unit(Unit.of(t[0], t[1], t[2], team(t[1], t[3])));
      b.align(t[0], "C1", t[2], "C1").align(t[0], "P1", t[2], "P1").align(t[0], "L1", t[2], "L1");
    }
    return b
        .rollUp(KpiRollUp.of(UnitKpi.parse("group/revenue"), Aggregation.SUM, each("revenue")))
        .rollUp(KpiRollUp.ratioOfSums(UnitKpi.parse("group/margin"), each("operating-profit"), each("revenue"), 100))
        .rollUp(KpiRollUp.of(UnitKpi.parse("group/retention"), Aggregation.WEIGHTED_MEAN, each("retention")))
        .rollUp(KpiRollUp.of(UnitKpi.parse("group/nps"), Aggregation.WEIGHTED_MEAN, each("nps")))
        .rollUp(KpiRollUp.of(UnitKpi.parse("group/on-time"), Aggregation.MIN, each("on-time")))
        .rollUp(KpiRollUp.ratioOfSums(UnitKpi.parse("group/certified-share"), each("certified"), each("headcount"),
            100))
        .build();
  }

  private static List<UnitKpi> each(String kpi) {
    return List.of(UNITS).stream().map(u -> UnitKpi.of(u[0], kpi)).toList();
  }

  /** {@return each unit's actuals, January to June 2026; customer support has reported nothing yet} */
  public static Map<UnitId, Actuals> actuals() {
    Map<UnitId, Actuals> out = new LinkedHashMap<>();
    YearMonth first = YearMonth.of(2026, 1);
    YearMonth last = YearMonth.of(2026, 6);
    double[][] pace = {{0.95, 0.9, 0.8, 0.7, 0.9}, {1.1, 1.0, 1.2, 0.5, 0.6}, {0.8, 0.6, 0.9, 0.85, 1.1}};
    for (int i = 0; i < UNITS.length; i++) {
      String[] u = UNITS[i];
      Scorecard s = businessUnit(u[1], Double.parseDouble(u[3]));
      Actuals a = ExampleActuals.monthly(s, first, last, Map.of("revenue", pace[i][0], "operating-profit", pace[i][1],
          "retention", pace[i][2], "nps", pace[i][2] + 0.1, "on-time", pace[i][3], "certified", pace[i][4]));
      out.put(UnitId.of(u[0]), a);
    }
    double[] teamPace = {1.0, 0.7, 1.2, 0.5, 0.9};
    for (int i = 0; i < TEAMS.length; i++) {
      String[] t = TEAMS[i];
      if (t[0].equals("support")) {
        continue;
      }
      out.put(UnitId.of(t[0]), ExampleActuals.monthly(team(t[1], t[3]), first, last, Map.of("nps", teamPace[i % 5],
          "late", teamPace[(i + 2) % 5], "training", teamPace[(i + 4) % 5])));
    }
    return out;
  }

  /** {@return the portfolio as a document: each unit's scorecard and actuals in a file of its own under units/} */
  public static PortfolioDocument document() {
    PortfolioDocument doc = PortfolioDocument.of(portfolio());
    for (Unit u : doc.portfolio().units()) {
      doc = doc.withReference(u.id(), "units/" + u.id() + ".yaml");
    }
    for (Map.Entry<UnitId, Actuals> e : actuals().entrySet()) {
      doc = doc.withActuals(e.getKey(), e.getValue());
    }
    return doc;
  }

  /**
   * Validates the portfolio, scores it as of {@link #AS_OF} and explains the group's numbers.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Portfolio group = portfolio();
    System.out.println(group);
    System.out.println();
    System.out.println(PortfolioRuleSet.standard().validate(group));
    System.out.println();
    PortfolioReport report = Consolidation.defaults().score(group, actuals(), AS_OF);
    System.out.println(report);
    System.out.println();
    System.out.println(report.explain(UnitObjective.parse("group/C1")));
    System.out.println(report.explain(UnitKpi.parse("group/margin")));
  }
}
