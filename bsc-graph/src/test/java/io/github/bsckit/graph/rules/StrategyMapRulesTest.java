package io.github.bsckit.graph.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.Rule;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.core.rules.Violation;
import io.github.bsckit.graph.Fixtures;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class StrategyMapRulesTest {

  private static ValidationReport validate(Scorecard s) {
    return StrategyMapRules.all().validate(s);
  }

  private static List<String> messages(ValidationReport report, String ruleId) {
    return report.ofRule(ruleId).stream().map(Violation::message).toList();
  }

  @Test
  void theSeedsCrmChainIsClean() {
    assertThat(validate(Fixtures.crmChain()).violations()).isEmpty();
  }

  @Test
  void listsEveryRuleWithItsDefaultSeverity() {
    Map<String, Severity> severities = new LinkedHashMap<>();
    StrategyMapRules.all().rules().forEach(r -> severities.put(r.id(), r.defaultSeverity()));

    assertThat(severities).containsExactly(
        Map.entry("cycle", Severity.ERROR), Map.entry("self-link", Severity.ERROR),
        Map.entry("duplicate-link", Severity.WARNING), Map.entry("downward-link", Severity.WARNING),
        Map.entry("within-perspective-link", Severity.INFO), Map.entry("skipped-perspective", Severity.INFO),
        Map.entry("no-links", Severity.WARNING), Map.entry("isolated-objective", Severity.WARNING),
        Map.entry("no-path-to-outcome", Severity.WARNING), Map.entry("unsupported-outcome", Severity.WARNING),
        Map.entry("redundant-link", Severity.INFO), Map.entry("theme-crossing", Severity.INFO));
  }

  @Test
  void composesWithTheCoreRules() {
    RuleSet both = RuleSet.core().and(StrategyMapRules.all());
    ValidationReport report = both.validate(Fixtures.crmBuilder().link("C1", "L1").build());

    assertThat(both.rules()).extracting(Rule::id).contains("objective-without-kpi", "cycle", "theme-crossing");
    assertThat(report.ruleIds()).contains("objective-without-kpi", "cycle", "downward-link");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void buildsTheMapOncePerValidation() {
    List<StrategyMap> seen = new ArrayList<>();
    Rule first = Rule.of("first-peek", Severity.INFO, "peeks", (s, ctx) -> seen.add(StrategyMapRules.map(ctx)));
    Rule second = Rule.of("second-peek", Severity.INFO, "peeks", (s, ctx) -> seen.add(StrategyMapRules.map(ctx)));
    RuleSet set = StrategyMapRules.all().with(first).with(second);

    set.validate(Fixtures.crmChain());
    set.validate(Fixtures.crmChain());

    assertThat(seen).hasSize(4);
    assertThat(seen.get(1)).isSameAs(seen.get(0));
    assertThat(seen.get(2)).isNotSameAs(seen.get(0));
  }

  @Test
  void namesTheObjectivesOfACycleOfThreeInArrowOrder() {
    ValidationReport report = validate(Fixtures.crmBuilder().link("C1", "L1").build());

    assertThat(report.ofRule("cycle")).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.subjectIds()).containsExactly("C1", "L1", "P1");
      assertThat(v.message()).isEqualTo("objectives C1 -> L1 -> P1 -> C1 form a cycle; a chain of causes must not"
          + " lead back to where it started");
    });
  }

  @Test
  void reportsEachCycleOnce() {
    ValidationReport report = validate(Fixtures.crmBuilder().link("C1", "L1").link("F1", "C1").build());

    assertThat(report.ofRule("cycle")).extracting(Violation::subjectIds)
        .containsExactly(List.of("F1", "C1"), List.of("C1", "L1", "P1"));
  }

  @Test
  void namesTheKnotInsteadOfListingMoreCyclesThanTheLimit() {
    RuleSet set = RuleSet.of(StrategyMapRules.cycle(1));
    ValidationReport report = set.validate(Fixtures.crmBuilder().link("C1", "L1").link("F1", "C1").build());

    assertThat(messages(report, "cycle")).hasSize(2).last().asString()
        .isEqualTo("the map has more than 1 cycles, among objectives [F1, C1, P1, L1]; only the first 1 are listed");
    assertThatThrownBy(() -> StrategyMapRules.cycle(0)).hasMessageContaining("maxReported: must be >= 1 but was 0");
  }

  @Test
  void reportsSelfLinksAsErrorsOncePerObjectiveAndNotAsCycles() {
    ValidationReport report = validate(Fixtures.crmBuilder().link("P1", "P1").link("P1", "P1").build());

    assertThat(report.ofRule("self-link")).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("objective P1 links to itself 2 times; an objective cannot be its own cause");
    });
    assertThat(report.ruleIds()).containsExactly("self-link");
  }

  @Test
  void reportsADuplicateLinkOnceAndSaysWhenTheCopiesDiffer() {
    ValidationReport same = validate(Fixtures.crmBuilder().link("C1", "F1", l -> l.strong()).build());
    ValidationReport differ = validate(Fixtures.crmBuilder().link("L1", "P1", l -> l.weak().inverse()).build());

    assertThat(messages(same, "duplicate-link")).containsExactly("link C1 -> F1 is drawn 2 times");
    assertThat(messages(differ, "duplicate-link")).containsExactly("link L1 -> P1 is drawn 2 times, and the copies"
        + " differ (L1 -> P1 (strong); L1 -> P1 (weak, inverse)); analyses use the first");
    assertThat(same.ruleIds()).containsExactly("duplicate-link");
  }

  @Test
  void warnsAboutADownwardArrow() {
    Scorecard s = Fixtures.crmBuilder().objective("P2", "Manage Supplier Contracts", "internal-process")
        .link("P2", "L1").link("P2", "C1").build();

    assertThat(validate(s).ofRule("downward-link")).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.subjectIds()).containsExactly("P2", "L1");
      assertThat(v.message()).isEqualTo("link P2 -> L1 points down from Internal Process to Learning & Growth;"
          + " causes usually sit below their effects");
    });
  }

  @Test
  void notesAnArrowWithinAPerspective() {
    Scorecard s = Fixtures.crmBuilder().objective("P2", "Qualify Leads Faster", "internal-process")
        .objective("L2", "Buy a Lead-Scoring Tool", "learning-growth").link("P2", "P1").link("L2", "P2").build();
    ValidationReport report = validate(s);

    assertThat(report.ofRule("within-perspective-link")).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.message()).isEqualTo("link P2 -> P1 stays within Internal Process");
    });
    assertThat(report.ruleIds()).containsExactly("within-perspective-link");
  }

  @Test
  void notesSkippedPerspectivesByName() {
    Scorecard s = Fixtures.crmBuilder().objective("L2", "Hire Data Analysts", "learning-growth")
        .link("L2", "F1").build();

    assertThat(messages(validate(s), "skipped-perspective")).containsExactly("link L2 -> F1 skips Internal Process,"
        + " Customer; say how the intermediate perspectives carry the effect, or draw the chain");
  }

  @Test
  void warnsAboutAnIsolatedObjectiveOnlyOnce() {
    Scorecard s = Fixtures.crmBuilder().objective("C2", "Delight Walk-in Shoppers", "customer").build();
    ValidationReport report = validate(s);

    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("isolated-objective");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message()).isEqualTo("objective C2 \"Delight Walk-in Shoppers\" has no link to or from another"
          + " objective");
    });
  }

  @Test
  void warnsAboutObjectivesWhoseChainsDeadEndBelowTheTop() {
    Scorecard s = Fixtures.crmBuilder().objective("P2", "Map Store Processes", "internal-process")
        .objective("L2", "Teach Process Mapping", "learning-growth").link("L2", "P2").build();

    assertThat(validate(s).ofRule("no-path-to-outcome")).extracting(Violation::subjectIds)
        .containsExactly(List.of("P2"), List.of("L2"));
    assertThat(messages(validate(s), "no-path-to-outcome")).first().asString()
        .isEqualTo("objective P2 \"Map Store Processes\" leads to no objective of Financial");
  }

  @Test
  void warnsAboutAnOutcomeNothingBelowDrives() {
    Scorecard s = Fixtures.crmBuilder().objective("F2", "Cut Operating Costs", "financial").link("F2", "F1").build();

    assertThat(validate(s).ofRule("unsupported-outcome")).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message()).isEqualTo("outcome F2 \"Cut Operating Costs\" is driven by no objective of a lower"
          + " perspective");
    });
  }

  @Test
  void warnsOnceWhenTheTopPerspectiveIsEmpty() {
    Scorecard s = Scorecard.builder("Agency").perspective("mission", "Mission").perspective("process", "Process")
        .perspective("people", "People").objective("P1", "Answer Calls Fast", "process")
        .objective("L1", "Train Call Agents", "people").link("L1", "P1").build();

    assertThat(messages(validate(s), "no-path-to-outcome")).containsExactly("the top perspective Mission has no"
        + " objective, so no chain of links reaches an outcome");
  }

  @Test
  void notesARedundantLinkWithTheChainThatImpliesIt() {
    Scorecard s = Fixtures.crmBuilder().link("L1", "C1").build();

    assertThat(validate(s).ofRule("redundant-link")).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.subjectIds()).containsExactly("L1", "C1");
      assertThat(v.message()).isEqualTo("link L1 -> C1 is implied by the chain L1 -> P1 -> C1");
    });
  }

  @Test
  void staysQuietAboutRedundancyOnACyclicMap() {
    assertThat(validate(Fixtures.crmBuilder().link("L1", "C1").link("F1", "L1").build()).ofRule("redundant-link"))
        .isEmpty();
  }

  @Test
  void notesLinksBetweenObjectivesWithNoThemeInCommon() {
    Scorecard s = Scorecard.builder("Themed").theme("T1", "Efficiency").theme("T2", "Growth")
        .objective("F1", "Raise Margin", "financial", o -> o.theme("T1"))
        .objective("C1", "Win New Segments", "customer", o -> o.theme("T2"))
        .objective("C2", "Keep Prices Low", "customer", o -> o.theme("T1", "T2"))
        .objective("P1", "Automate Billing", "internal-process")
        .objective("L1", "Upskill Engineers", "learning-growth", o -> o.theme("T1"))
        .link("C1", "F1").link("C2", "F1").link("P1", "C1").link("L1", "P1").build();

    assertThat(validate(s).ofRule("theme-crossing")).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.message()).isEqualTo("link C1 -> F1 crosses from theme T2 (Growth) to theme T1 (Efficiency)");
    });
  }

  @Test
  void warnsOnceAboutAMapWithoutLinksInsteadOfOncePerObjective() {
    Scorecard s = Scorecard.builder("Unlinked").objective("F1", "Grow Revenue", "financial")
        .objective("C1", "Delight Customers", "customer").objective("P1", "Ship Faster", "internal-process")
        .objective("L1", "Hire Well", "learning-growth").link("P1", "P1").build();
    ValidationReport report = validate(s);

    assertThat(report.ruleIds()).containsExactly("self-link", "no-links");
    assertThat(messages(report, "no-links")).containsExactly("the map has 4 objectives but no links between them;"
        + " draw the cause-and-effect arrows from the enablers at the bottom to the outcomes at the top");
    assertThat(validate(Scorecard.builder("Single").objective("F1", "Grow", "financial").build()).isClean()).isTrue();
  }

  @Test
  void letsUsersRetuneSeverities() {
    RuleSet strict = StrategyMapRules.all().withSeverity("downward-link", Severity.ERROR);
    Scorecard s = Fixtures.crmBuilder().objective("P2", "Manage Suppliers", "internal-process").link("P2", "L1")
        .link("P2", "C1").build();

    assertThat(strict.validate(s).hasErrors()).isTrue();
  }

  @Test
  void rejectsANullContext() {
    assertThatThrownBy(() -> StrategyMapRules.map(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("context");
  }
}
