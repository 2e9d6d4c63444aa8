package io.github.bsckit.graph.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.portfolio.Alignment;
import io.github.bsckit.core.portfolio.Consolidation;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.PortfolioReport;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitObjective;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The combined map of a portfolio: its graph, paths and exact counts across units, keystones, and its picture. */
class CascadeTest {
  private static UnitObjective at(String text) {
    return UnitObjective.parse(text);
  }

  private static Scorecard twoRows(String name) {
    return Scorecard.builder(name)
        .objective("F1", name + " grows", "financial", o -> o.kpi("revenue", "Revenue", k -> k.unit("$")
            .baseline(0, "2026-01-01").target(100, "2026-12-31")))
        .objective("C1", name + " keeps customers", "customer", o -> o.kpi("retention", "Retention", k -> k.unit("%")
            .baseline(80, "2026-01-01").target(90, "2026-12-31")))
        .link("C1", "F1").build();
  }

  /** corp, two business units a and b, and a team t under a whose one objective supports a/C1. */
  private static Portfolio portfolio() {
    return Portfolio.builder("Group")
        .unit(Unit.root("corp", "Group", twoRows("Group")))
        .unit(Unit.of("a", "Unit A", "corp", twoRows("A")))
        .unit(Unit.of("b", "Unit B", "corp", twoRows("B")))
        .unit(Unit.of("t", "Team T", "a", Scorecard.builder("T").objective("T1", "Answer fast", "customer", o -> o
            .kpi("speed", "Answer time", k -> k.decrease().unit("h").baseline(10, "2026-01-01")
                .target(2, "2026-12-31"))).build()))
        .align("a", "F1", "corp", "F1").align("a", "C1", "corp", "C1").align("b", "C1", "corp", "C1")
        .align("b", "F1", "corp", "F1").align("t", "T1", "a", "C1")
        .build();
  }

  @Test
  void joinsEveryUnitsObjectivesLinksAndAlignmentsInOneGraph() {
    CascadeMap map = CascadeMap.of(portfolio());
    assertThat(map.graph().vertexSet()).hasSize(7);
    assertThat(map.graph().edgeSet()).filteredOn(e -> e.kind() == CascadeLink.Kind.LINK).hasSize(3);
    assertThat(map.graph().edgeSet()).filteredOn(e -> e.kind() == CascadeLink.Kind.ALIGNMENT).hasSize(5);
    assertThat(map.outcomes()).containsExactly(at("corp/F1"));
    assertThat(map.toString()).contains("4 units, 7 objectives, 3 links, 5 alignments");
  }

  @Test
  void countsEveryPathFromATeamObjectiveToTheCorporateOutcomesExactlyAndListsThem() {
    CascadeImpact impact = CascadeImpact.of(CascadeMap.of(portfolio()));
    assertThat(impact.countPaths(at("t/T1"), at("corp/F1"))).isEqualTo(BigInteger.TWO);
    CascadePaths paths = impact.toOutcomes(at("t/T1"), 10).get(0);
    assertThat(paths.listed()).containsExactlyInAnyOrder(
        List.of(at("t/T1"), at("a/C1"), at("a/F1"), at("corp/F1")),
        List.of(at("t/T1"), at("a/C1"), at("corp/C1"), at("corp/F1")));
    assertThat(impact.paths(at("t/T1"), at("corp/F1"), 1).truncated()).isTrue();
    assertThat(impact.countPaths(at("b/F1"), at("t/T1"))).isZero();
  }

  @Test
  void pathCountsGrowByMultiplicationAcrossTheCascadeWithoutListingThem() {
    Portfolio.Builder b = Portfolio.builder("Deep").unit(Unit.root("u0", "U0", twoRows("U0")));
    for (int i = 1; i <= 40; i++) {
      b.unit(Unit.of("u" + i, "U" + i, "u" + (i - 1), twoRows("U" + i)))
          .align("u" + i, "F1", "u" + (i - 1), "F1").align("u" + i, "F1", "u" + (i - 1), "C1")
          .align("u" + i, "C1", "u" + (i - 1), "C1");
    }
    CascadeImpact impact = CascadeImpact.of(CascadeMap.of(b.build()));
    // from u_i/C1, each level offers C1 -> C1 or C1 -> F1 (the link) then F1 -> F1 or F1 -> C1 ...: Fibonacci-like
    BigInteger count = impact.countPaths(at("u40/C1"), at("u0/F1"));
    assertThat(count.bitLength()).isGreaterThan(40);
    assertThat(impact.paths(at("u40/C1"), at("u0/F1"), 3).listed()).hasSize(3);
  }

  @Test
  void refusesToCountPathsRoundAnAlignmentCycleAndNamesIt() {
    Portfolio looped = portfolio().withAlignment(Alignment.of(at("corp/C1"), at("t/T1")));
    assertThatThrownBy(() -> CascadeImpact.of(CascadeMap.of(looped)).countPaths(at("t/T1"), at("corp/F1")))
        .isInstanceOf(BscException.class).hasMessageContaining("go round").hasMessageContaining("t/T1");
  }

  @Test
  void theKeystoneIsTheObjectiveMostRoutesPassThrough() {
    List<CascadeKeystone> keystones = CascadeImpact.of(CascadeMap.of(portfolio())).keystones();
    assertThat(keystones.get(0).objective()).isIn(at("a/C1"), at("corp/C1"));
    assertThat(keystones).filteredOn(k -> k.objective().equals(at("t/T1"))).singleElement()
        .extracting(CascadeKeystone::outcomesReached).isEqualTo(1);
  }

  @Test
  void drawsOneBoxPerUnitOneChipPerObjectiveAndOneArrowPerAlignment() throws Exception {
    Portfolio p = portfolio();
    PortfolioReport report = Consolidation.defaults().score(p, Map.of(UnitId.of("a"), Actuals.builder()
        .add("retention", "2026-06-30", 89).build()), LocalDate.parse("2026-06-30"));
    String svg = CascadeSvg.draw(p, Optional.of(report));
    Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(dom.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.split("class=\"unit\"", -1)).hasSize(5);
    assertThat(svg.split("class=\"objective\"", -1)).hasSize(8);
    assertThat(svg.split("marker-end=", -1)).hasSize(6);
    assertThat(svg).contains("#d4edda").contains("a/C1 supports corp/C1").contains("alignment as of 2026-06-30");
    assertThat(CascadeSvg.draw(p, Optional.empty())).isEqualTo(CascadeSvg.draw(p, Optional.empty()))
        .doesNotContain("#d4edda");
  }
}
