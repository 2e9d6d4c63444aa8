package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.io.ActualsCsv;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.ReadLimits;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Range;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.core.rules.CoreRules;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.impact.ImpactPath;
import io.github.bsckit.graph.impact.Keystone;
import io.github.bsckit.graph.impact.PathCounts;
import io.github.bsckit.graph.impact.PathSet;
import io.github.bsckit.graph.map.Cycles;
import io.github.bsckit.graph.map.ImpliedLink;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.rules.StrategyMapRules;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.okr.grading.Grade;
import io.github.bsckit.okr.plan.Commitment;
import io.github.bsckit.okr.plan.OkrPlanner;
import io.github.bsckit.okr.wording.KeyResultWording;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public entry point that takes a value rejects a bad one (negative counts, empty ids, malformed dates,
 * NaN, unknown names) with the documented exception family, {@link BscException}; an argument problem is a
 * {@link ValidationException} whose problems name the field. Nulls are outside this sweep: they are rejected with
 * {@link NullPointerException}, as documented.
 */
class BadArgumentsTest {
  private static final ObjectiveId NOWHERE = ObjectiveId.of("nowhere");

  @TestFactory
  Stream<DynamicTest> everyFactoryRejectsABadValueWithTheDocumentedFamily() {
    Map<String, ThrowingCallable> misuse = new LinkedHashMap<>();
    // ids and simple values
    misuse.put("an empty objective id", () -> ObjectiveId.of(""));
    misuse.put("a KPI id with a space", () -> KpiId.of("customer retention"));
    misuse.put("a blank perspective name", () -> Perspective.of("financial", " "));
    misuse.put("a blank theme name", () -> Theme.of("T1", ""));
    misuse.put("a NaN range bound", () -> Range.of(Double.NaN, 1));
    misuse.put("a range whose low is above its high", () -> Range.of(2, 1));
    misuse.put("thresholds above 1", () -> Thresholds.of(1.5, 0.5));
    misuse.put("thresholds in the wrong order", () -> Thresholds.of(0.5, 0.9));
    misuse.put("a strength of zero", () -> Strength.of(0));
    misuse.put("a strength above one", () -> Strength.of(1.5));
    misuse.put("an unknown strength name", () -> Strength.parse("mighty"));
    misuse.put("a negative amount of money", () -> Money.of(-1, "USD"));
    misuse.put("an unknown currency", () -> Money.of(1, "XYZW"));
    misuse.put("an infinite dated value", () -> DatedValue.of(Double.POSITIVE_INFINITY, LocalDate.EPOCH));
    misuse.put("a dated value with a malformed date", () -> DatedValue.of(1, "2026-02-30"));
    misuse.put("a scoring parameter of NaN", () -> ScoringSpec.of("performance", Map.of("min", Double.NaN)));
    misuse.put("a blank scoring method", () -> ScoringSpec.of(" "));
    misuse.put("a file that is neither YAML nor JSON", () -> DocumentReader.forFile(Path.of("scorecard.txt")));
    misuse.put("an unknown roll-up key", () -> Keyed.fromKey(RollUp.class, "median"));
    misuse.put("an unknown direction key", () -> Keyed.fromKey(Direction.class, "sideways"));
    misuse.put("a problem at a negative line", () -> new Problem("a.yaml", -1, 0, "name", "is wrong"));
    misuse.put("a validation exception without problems", () -> new ValidationException(List.of()));
    misuse.put("a status for a score above 1", () -> Status.of(1.5, Thresholds.of(0.9, 0.6)));
    // actuals
    misuse.put("an actual on 2026-13-01", () -> Actuals.builder().add("retention", "2026-13-01", 1));
    misuse.put("an actual with an empty KPI id", () -> Actuals.builder().add("", "2026-01-01", 1));
    misuse.put("a NaN actual", () -> Actuals.builder().add("retention", "2026-01-01", Double.NaN).build());
    misuse.put("the same actual twice with different values",
        () -> Actuals.builder().add("k", "2026-01-01", 1).add("k", "2026-01-01", 2).build());
    misuse.put("actuals CSV with a malformed date", () -> ActualsCsv.reader().read("kpi,date,value\nk,2026-02-30,1\n", "a.csv"));
    // builders
    misuse.put("a scorecard with a blank name", () -> Scorecard.builder(" ").build());
    misuse.put("a KPI with 11 decimals", () -> Scorecard.builder("S")
        .objective("F1", "Grow", "financial", o -> o.kpi("k", "K", k -> k.precision(11))).build());
    misuse.put("a KPI with a negative weight", () -> Scorecard.builder("S")
        .objective("F1", "Grow", "financial", o -> o.kpi("k", "K", k -> k.weight(-1))).build());
    misuse.put("a KPI target on a malformed date", () -> Scorecard.builder("S")
        .objective("F1", "Grow", "financial", o -> o.kpi("k", "K", k -> k.target(1, "2026-02-30"))).build());
    misuse.put("a link to an unknown objective", () -> Scorecard.builder("S")
        .objective("F1", "Grow", "financial").link("F1", "F2").build());
    misuse.put("an objective in an unknown perspective", () -> Scorecard.builder("S")
        .objective("F1", "Grow", "finance").build());
    misuse.put("an initiative ending before it starts", () -> Scorecard.builder("S")
        .objective("F1", "Grow", "financial")
        .initiative("I1", "Do", i -> i.serves("F1").start("2026-05-01").end("2026-01-01")).build());
    // documents
    misuse.put("a document with an unknown version", () -> DocumentReader.of(Format.YAML).read("bsc: 7\nname: x\n", "a.yaml"));
    misuse.put("read limits of zero characters", () -> ReadLimits.defaults().withMaxDocumentLength(0));
    misuse.put("read limits with negative aliases", () -> ReadLimits.defaults().withMaxAliases(-1));
    // rules
    misuse.put("too-many-kpis with a maximum of 0", () -> CoreRules.tooManyKpis(0));
    misuse.put("too-many-objectives with a negative maximum", () -> CoreRules.tooManyObjectives(-3));
    misuse.put("theme-count with min above max", () -> CoreRules.themeCount(5, 3));
    misuse.put("the cycle rule listing 0 cycles", () -> StrategyMapRules.cycle(0));
    misuse.put("a rule set's severity for an unknown rule", () -> RuleSet.core().withSeverity("no-such-rule", Severity.INFO));
    // scoring
    misuse.put("a scorer with 0 trend points", () -> Scorer.defaults().withTrendPoints(0));
    // graph values
    CausalLink ab = CausalLink.of("A", "B");
    CausalLink cd = CausalLink.of("C", "D");
    misuse.put("an impact path with no links", () -> new ImpactPath(List.of()));
    misuse.put("an impact path whose links do not join", () -> new ImpactPath(List.of(ab, cd)));
    misuse.put("a keystone with negative betweenness", () -> new Keystone(ObjectiveId.of("A"), -1, 0));
    misuse.put("a keystone with NaN betweenness", () -> new Keystone(ObjectiveId.of("A"), Double.NaN, 0));
    misuse.put("a path set with a limit of 0", () -> new PathSet(ObjectiveId.of("A"), Optional.empty(), List.of(), 0, false));
    misuse.put("path counts with a zero count", () -> new PathCounts(ObjectiveId.of("A"), Map.of(ObjectiveId.of("B"), BigInteger.ZERO)));
    misuse.put("an implied link whose chain is too short", () -> new ImpliedLink(ab, List.of(ObjectiveId.of("A"), ObjectiveId.of("B"))));
    // okr
    misuse.put("fiscal quarter 5", () -> FiscalQuarter.of(2026, 5));
    misuse.put("fiscal year 0", () -> FiscalQuarter.of(0, 1));
    misuse.put("a fiscal quarter in words", () -> FiscalQuarter.parse("the third quarter"));
    misuse.put("a grade of NaN", () -> Grade.of(Double.NaN));
    misuse.put("a grade above 1", () -> Grade.of(1.5));
    misuse.put("an unknown pacing", () -> Pacing.parse("whenever"));
    misuse.put("pacing weights that are all zero", () -> Pacing.custom(0, 0, 0));
    misuse.put("negative seasonal weights", () -> Pacing.seasonal(-1, 1, 1, 1));
    misuse.put("an unknown commitment key", () -> Keyed.fromKey(Commitment.class, "maybe"));
    misuse.put("a wording of a NaN value", () -> KeyResultWording.english().value(Double.NaN, "%", 1));
    misuse.put("a wording with 11 decimals", () -> KeyResultWording.english().value(1, "%", 11));
    misuse.put("a quarter Long.MAX_VALUE quarters on", () -> FiscalQuarter.of(2026, 1).plusQuarters(Long.MAX_VALUE));
    misuse.put("a quarter Long.MIN_VALUE quarters back", () -> FiscalQuarter.of(2026, 1).minusQuarters(Long.MIN_VALUE));
    misuse.put("the first day of fiscal year Integer.MAX_VALUE",
        () -> FiscalCalendar.calendarYear().firstDayOfYear(Integer.MAX_VALUE));
    misuse.put("the fiscal quarter of the last representable day",
        () -> FiscalCalendar.of(Month.APRIL).quarterOf(LocalDate.MAX));
    misuse.put("a last day of fiscal year 0", () -> FiscalCalendar.calendarYear().lastDayOfYear(0));
    misuse.put("a calendar's quarters between reversed dates",
        () -> FiscalCalendar.of(Month.APRIL).quartersBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1)));
    return misuse.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> assertFamily(e.getKey(), e.getValue())));
  }

  @TestFactory
  Stream<DynamicTest> generatedScorecardsRejectMisuseWithTheDocumentedFamily() {
    List<Scorecard> scorecards = Samples.of(ScorecardGenerators.valid(), 12, 8);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < scorecards.size(); i++) {
      Scorecard s = scorecards.get(i);
      ObjectiveId some = s.objectives().get(0).id();
      Map<String, ThrowingCallable> misuse = new LinkedHashMap<>();
      Map<String, ThrowingCallable> edge = new LinkedHashMap<>();
      misuse.put("the rank of an undeclared perspective", () -> s.rankFromBottom(PerspectiveId.of("nowhere")));
      misuse.put("a link to an unknown objective", () -> s.withLink(CausalLink.of(some, NOWHERE)));
      misuse.put("an objective in an undeclared perspective",
          () -> s.withObjective(Objective.builder("zz-9", "Stray", "nowhere").build()));
      misuse.put("the map's index of an unknown objective", () -> StrategyMap.of(s).indexOf(NOWHERE));
      misuse.put("the map's rank of an unknown objective", () -> StrategyMap.of(s).rankOf(NOWHERE));
      misuse.put("the map's rank of an unknown perspective", () -> StrategyMap.of(s).rankOf(PerspectiveId.of("nowhere")));
      misuse.put("the map's perspective at rank -1", () -> StrategyMap.of(s).perspectiveAt(-1));
      misuse.put("the map's cycles with a limit of 0", () -> Cycles.of(StrategyMap.of(s)).list(0));
      misuse.put("the drivers of an unknown objective", () -> ImpactAnalysis.of(s).drivers(NOWHERE));
      misuse.put("paths with a limit of 0", () -> ImpactAnalysis.of(s).paths(some, some, 0));
      misuse.put("paths from an objective to itself", () -> ImpactAnalysis.of(s).paths(some, some, 5));
      misuse.put("the strongest -1 paths", () -> ImpactAnalysis.of(s).strongestPaths(some, some, -1));
      misuse.put("a what-if of NaN", () -> ImpactAnalysis.of(s).whatIf(some, Double.NaN, 0.5));
      misuse.put("a what-if with damping 2", () -> ImpactAnalysis.of(s).whatIf(some, 0.1, 2));
      misuse.put("the map's row -1", () -> StrategyMap.of(s).row(-1));
      misuse.put("a plan with pacing for an unknown KPI",
          () -> OkrPlanner.builder().pacing("no-such-kpi", Pacing.linear()).build().plan(s));
      misuse.put("a plan with a commitment for an unknown objective",
          () -> OkrPlanner.builder().commitment("nowhere", Commitment.COMMITTED).build().plan(s));
      edge.put("a score of actuals for an unknown KPI",
          () -> Scorer.defaults().score(s, Actuals.builder().add("no-such-kpi", "2026-01-01", 1).build(), LocalDate.EPOCH));
      edge.put("a score as of the last representable day", () -> Scorer.defaults().score(s, Actuals.empty(), LocalDate.MAX));
      edge.put("a score as of the first representable day", () -> Scorer.defaults().score(s, Actuals.empty(), LocalDate.MIN));
      edge.put("a what-if of 1e308 with full damping", () -> ImpactAnalysis.of(s).whatIf(some, 1e308, 1));
      edge.put("a plan as of the last representable day",
          () -> OkrPlanner.defaults().plan(s, Actuals.empty(), LocalDate.MAX));
      int n = i;
      misuse.forEach((what, call) -> tests.add(DynamicTest.dynamicTest("scorecard " + n + ": " + what, () -> assertFamily(what, call))));
      edge.forEach((what, call) -> tests.add(DynamicTest.dynamicTest("scorecard " + n + ": " + what, () -> assertFamilyOrFine(call))));
    }
    return tests.stream();
  }

  /** The call must fail, and only with the family: an argument problem names its field. */
  private static void assertFamily(String what, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as(what).isInstanceOf(BscException.class);
    if (thrown instanceof ValidationException v) {
      assertThat(v.problems()).as(what).isNotEmpty();
    }
  }

  /** Edge values that may be legal (actuals of an unknown KPI are ignored); when they fail, only the family escapes. */
  private static void assertFamilyOrFine(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(BscException.class);
    }
  }
}
