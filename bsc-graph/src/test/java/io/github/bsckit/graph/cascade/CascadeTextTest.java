package io.github.bsckit.graph.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitObjective;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The combined map as DOT and Mermaid: a cluster per unit in the portfolio's order, every objective a node
 * named by unit and id, the units' links in the order the units are declared, then the alignments as declared,
 * dashed; names quoted or coded so that no character breaks the text. Also the small values of the cascade
 * analysis and how they print.
 */
@Tag("text")
class CascadeTextTest {

  /**
   * Units declared out of alphabetical order (corp, zeta, alpha), each with one link, and two alignments; names
   * with a quote, a backslash and a line break.
   */
  private static Portfolio portfolio() {
    return Portfolio.builder("Group")
        .unit(Unit.root("corp", "Group \"HQ\"", Scorecard.builder("Group")
            .objective("F1", "Grow", "financial").objective("C1", "Keep \\ Win", "customer")
            .link("C1", "F1").build()))
        .unit(Unit.of("zeta", "Zeta Unit", "corp", Scorecard.builder("Z")
            .objective("F1", "Zeta grows", "financial").objective("C1", "Zeta keeps", "customer")
            .link("C1", "F1").build()))
        .unit(Unit.of("alpha", "Alpha\nUnit", "corp", Scorecard.builder("A")
            .objective("F1", "Alpha grows", "financial").objective("C1", "Alpha \"keeps\"", "customer")
            .link("C1", "F1").build()))
        .align("zeta", "F1", "corp", "F1").align("alpha", "C1", "corp", "C1")
        .build();
  }

  @Test
  void dotDrawsAClusterPerUnitThenTheLinksUnitByUnitAsDeclaredThenTheAlignmentsDashed() {
    assertThat(CascadeText.dot(CascadeMap.of(portfolio()))).isEqualTo("""
        digraph cascade {
          rankdir=BT;
          node [shape=box, style=rounded];
          subgraph cluster_0 {
            label="Group \\"HQ\\"";
            "corp/F1" [label="F1 Grow"];
            "corp/C1" [label="C1 Keep \\\\ Win"];
          }
          subgraph cluster_1 {
            label="Zeta Unit";
            "zeta/F1" [label="F1 Zeta grows"];
            "zeta/C1" [label="C1 Zeta keeps"];
          }
          subgraph cluster_2 {
            label="Alpha Unit";
            "alpha/F1" [label="F1 Alpha grows"];
            "alpha/C1" [label="C1 Alpha \\"keeps\\""];
          }
          "corp/C1" -> "corp/F1";
          "zeta/C1" -> "zeta/F1";
          "alpha/C1" -> "alpha/F1";
          "zeta/F1" -> "corp/F1" [style=dashed];
          "alpha/C1" -> "corp/C1" [style=dashed];
        }
        """);
  }

  @Test
  void mermaidCodesEveryCharacterOutsideLettersAndDigitsInNodeIdsAndDashesAlignments() {
    assertThat(CascadeText.mermaid(CascadeMap.of(portfolio()))).isEqualTo("""
        flowchart BT
          subgraph n_corp_unit["Group #quot;HQ#quot;"]
            n_corp_47_F1["F1 Grow"]
            n_corp_47_C1["C1 Keep \\ Win"]
          end
          subgraph n_zeta_unit["Zeta Unit"]
            n_zeta_47_F1["F1 Zeta grows"]
            n_zeta_47_C1["C1 Zeta keeps"]
          end
          subgraph n_alpha_unit["Alpha Unit"]
            n_alpha_47_F1["F1 Alpha grows"]
            n_alpha_47_C1["C1 Alpha #quot;keeps#quot;"]
          end
          n_corp_47_C1 --> n_corp_47_F1
          n_zeta_47_C1 --> n_zeta_47_F1
          n_alpha_47_C1 --> n_alpha_47_F1
          n_zeta_47_F1 -.-> n_corp_47_F1
          n_alpha_47_C1 -.-> n_corp_47_C1
        """);
  }

  @Test
  void theCombinedMapKnowsItsObjectivesAndRefusesOnesItLacks() {
    Portfolio p = portfolio();
    CascadeMap map = CascadeMap.of(p);
    UnitObjective alphaC1 = UnitObjective.parse("alpha/C1");

    assertThat(map.portfolio()).isSameAs(p);
    assertThat(map.contains(alphaC1)).isTrue();
    assertThat(map.contains(UnitObjective.parse("alpha/P9"))).isFalse();
    assertThat(map.indexOf(alphaC1)).isEqualTo(5);
    assertThat(map.indexOf(UnitObjective.parse("corp/F1"))).isZero();
    assertThatThrownBy(() -> map.indexOf(UnitObjective.parse("beta/F1"))).hasMessageContaining("beta/F1");
    assertThat(map.graph().edgeSet()).extracting(CascadeLink::toString).contains("corp/C1 -> corp/F1",
        "zeta/F1 => corp/F1");
    assertThat(CascadeLink.Kind.ALIGNMENT).hasToString("alignment");
  }

  @Test
  void theAnalysisPrintsWhatItCountedAndSaysWhenAListWasCut() {
    CascadeImpact impact = CascadeImpact.of(CascadeMap.of(portfolio()));
    UnitObjective from = UnitObjective.parse("alpha/C1");
    UnitObjective to = UnitObjective.parse("corp/F1");

    assertThat(impact.map().portfolio().name()).isEqualTo("Group");
    assertThat(impact.toString()).startsWith("CascadeImpact of ");
    CascadePaths one = impact.paths(from, to, 5);
    assertThat(one.truncated()).isFalse();
    assertThat(one).hasToString("alpha/C1 to corp/F1: 1 path\n  alpha/C1 -> corp/C1 -> corp/F1");
    CascadePaths cut = new CascadePaths(from, to, BigInteger.valueOf(3),
        List.of(List.of(from, UnitObjective.parse("corp/C1"), to)));
    assertThat(cut.truncated()).isTrue();
    assertThat(cut).hasToString("alpha/C1 to corp/F1: 3 paths\n  alpha/C1 -> corp/C1 -> corp/F1\n  … and 2 more");
    assertThat(new CascadePaths(from, to, BigInteger.ONE, List.of(List.of(from, to))).truncated()).isFalse();
    assertThat(impact.toOutcomes(from, 1)).singleElement().satisfies(p -> assertThat(p.to()).isEqualTo(to));
    assertThat(new CascadeKeystone(from, 2, 1)).hasToString("alpha/C1: betweenness 2, reaches 1 outcome");
  }
}
