package io.github.bsckit.examples;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.ObjectiveCategory.IntangibleAsset;
import io.github.bsckit.core.model.ObjectiveCategory.ProcessGroup;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.rules.RuleSet;
import java.time.Month;
import java.time.YearMonth;
import java.util.Map;

/**
 * A city government: as in most public-sector scorecards its top row is its residents and mission, with
 * financial stewardship beneath it as a means, not the end. Its fiscal year starts in July. Its targets are
 * written as a city writes them: a floor already met and to be kept (streets rated passable, at least 90%), a
 * ceiling (debt service at or below 2% of revenue), a credit rating to raise from AA to AAA, and a system to
 * have live by a date.
 */
public final class CityOfRiverton {
  private static final String START = "2026-06-30";
  private static final String END = "2027-06-30";

  private CityOfRiverton() {}

  /** {@return the scorecard} */
  public static Scorecard scorecard() {
    return Scorecard.builder("City of Riverton")
        .mission("A safe, clean and connected city where every resident can thrive")
        .fiscalYearStart(Month.JULY)
        .perspective("residents", "Residents & Mission")
        .perspective("stewardship", "Financial Stewardship")
        .perspective("processes", "Internal Processes")
        .perspective("people", "People & Technology")
        .theme("S1", "Safe neighbourhoods")
        .theme("S2", "Reliable services")
        .theme("S3", "Responsive government")
        .objective("R1", "Make Neighbourhoods Safer", "residents", o -> o.theme("S1").owner("Mayor")
            .kpi("residents-feeling-safe", "Residents who feel safe at night", k -> k.lagging().unit("%")
                .precision(0).baseline(58, START).target(65, END)))
        .objective("R2", "Keep Streets Clean and Passable", "residents", o -> o.theme("S2").owner("City Manager")
            .kpi("street-satisfaction", "Satisfaction with streets", k -> k.lagging().unit("%").precision(0)
                .baseline(61, START).target(70, END))
            .kpi("streets-passable", "Streets rated passable", k -> k.lagging().unit("%").precision(0)
                .baseline(93, START).atLeast(90, END)))
        .objective("R3", "Answer Residents Quickly", "residents", o -> o.theme("S3").owner("City Manager")
            .kpi("service-satisfaction", "Satisfaction with city services", k -> k.lagging().unit("%").precision(0)
                .baseline(64, START).target(72, END)))
        .objective("S-1", "Fund Patrols Within Budget", "stewardship", o -> o.theme("S1").owner("Finance Director")
            .kpi("patrol-cost-per-hour", "Patrol cost per hour", k -> k.leading().decrease().unit("$").precision(0)
                .baseline(112, START).target(104, END)))
        .objective("S-2", "Spend Maintenance Money Where It Matters", "stewardship", o -> o.theme("S2")
            .owner("Finance Director")
            .kpi("preventive-share", "Preventive share of maintenance spend", k -> k.leading().unit("%")
                .precision(0).baseline(35, START).target(50, END)))
        .objective("S-3", "Cut the Cost of Serving a Request", "stewardship", o -> o.theme("S3")
            .owner("Finance Director")
            .kpi("cost-per-request", "Cost per service request", k -> k.lagging().decrease().unit("$")
                .precision(2).baseline(38.5, START).target(31, END)))
        .objective("S-4", "Protect the City's Credit", "stewardship", o -> o.theme("S3").owner("Finance Director")
            .kpi("credit-rating", "Credit rating", k -> k.lagging()
                .ordinal("BBB", "A-", "A", "A+", "AA-", "AA", "AA+", "AAA").baseline("AA", START).target("AAA", END))
            .kpi("debt-service", "Debt service to revenue", k -> k.lagging().unit("%").precision(1)
                .baseline(1.6, START).atMost(2, END)))
        .objective("P1", "Deploy Patrols by Data", "processes", o -> o.theme("S1").owner("Police Chief")
            .category(ProcessGroup.OPERATIONS)
            .kpi("response-time", "Emergency response time", k -> k.leading().decrease().unit("minutes")
                .precision(1).baseline(9.5, START).target(7.5, END)))
        .objective("P2", "Repair Potholes Within 48 Hours", "processes", o -> o.theme("S2").owner("Public Works")
            .category(ProcessGroup.OPERATIONS)
            .kpi("potholes-in-48h", "Potholes repaired within 48 hours", k -> k.leading().unit("%").precision(0)
                .baseline(55, START).target(85, END)))
        .objective("P3", "Resolve 311 Requests Online", "processes", o -> o.theme("S3").owner("311 Director")
            .category(ProcessGroup.CUSTOMER_MANAGEMENT)
            .kpi("online-resolution", "311 requests resolved online", k -> k.leading().unit("%").precision(0)
                .baseline(20, START).target(45, END)))
        .objective("T1", "Equip Crews With Mobile Work Orders", "people", o -> o.theme("S2", "S3").owner("CIO")
            .category(IntangibleAsset.INFORMATION_CAPITAL)
            .kpi("crews-mobile", "Crews using mobile work orders", k -> k.leading().unit("%").precision(0)
                .baseline(15, START).target(90, END))
            .kpi("work-order-system", "Mobile work-order system implementation", k -> k.leading()
                .doneBy("2026-12-31")))
        .objective("T2", "Train Officers in Community Policing", "people", o -> o.theme("S1").owner("Police Chief")
            .category(IntangibleAsset.HUMAN_CAPITAL)
            .kpi("officers-trained", "Officers trained", k -> k.leading().unit("%").precision(0)
                .baseline(30, START).target(80, END)))
        .link("T2", "P1", l -> l.strong())
        .link("T1", "P2", l -> l.strong())
        .link("T1", "P3", l -> l.moderate())
        .link("P1", "S-1", l -> l.moderate().rationale("Patrols sent where they are needed waste fewer hours"))
        .link("P2", "S-2", l -> l.strong())
        .link("P3", "S-3", l -> l.strong())
        .link("S-1", "R1", l -> l.moderate())
        .link("S-2", "R2", l -> l.moderate())
        .link("S-3", "R3", l -> l.weak())
        .link("S-4", "R3", l -> l.weak().rationale("A strong credit keeps borrowing cheap, leaving money for services"))
        .scoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("expected-to-date")))
        .build();
  }

  /**
   * {@return monthly actuals for the first quarter of fiscal 2027, with the credit rating as reviewed in
   * September (still AA) and the work-order system not yet live}
   */
  public static Actuals actuals() {
    Scorecard city = scorecard();
    Actuals monthly = ExampleActuals.monthly(city, YearMonth.of(2026, 7), YearMonth.of(2026, 9),
        Map.of("potholes-in-48h", 1.3, "response-time", 0.5));
    Kpi rating = city.kpis().stream().filter(k -> k.id().value().equals("credit-rating")).findFirst().orElseThrow();
    return monthly.merge(Actuals.builder()
        .add("credit-rating", "2026-09-30", rating.scale().indexOf("AA").getAsInt())
        .add("work-order-system", "2026-09-30", 0)
        .build());
  }

  /**
   * Prints the scorecard and what the core rules say about it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Scorecard city = scorecard();
    System.out.println(city);
    System.out.println();
    System.out.println(RuleSet.core().validate(city));
  }
}
