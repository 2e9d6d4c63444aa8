package io.github.bsckit.graph.export;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.Fixtures;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layered layout behind the SVG map, checked on its own numbers: the crossings it counts are the crossings
 * there are, its ordering never does worse than declaration order, rows keep their order and gaps, boxes grow
 * with their names, and arrows spread over a box's edge evenly in the order of where they go.
 */
class LayoutTest {
  private static final double EPS = 1e-6;

  /** Crossings between adjacent rows, counted pair by pair, for a given order of each row. */
  private static long bruteForceCrossings(Layout l, List<List<Integer>> order) {
    int[] at = new int[l.layerOf.size()];
    for (List<Integer> row : order) {
      for (int i = 0; i < row.size(); i++) {
        at[row.get(i)] = i;
      }
    }
    long crossings = 0;
    for (int r = 0; r + 1 < order.size(); r++) {
      List<int[]> segments = new ArrayList<>();
      for (int a : order.get(r)) {
        for (int b : l.up.get(a)) {
          segments.add(new int[] {a, b});
        }
      }
      for (int i = 0; i < segments.size(); i++) {
        for (int j = i + 1; j < segments.size(); j++) {
          int[] s = segments.get(i);
          int[] t = segments.get(j);
          if ((long) Integer.signum(at[s[0]] - at[t[0]]) * Integer.signum(at[s[1]] - at[t[1]]) < 0) {
            crossings++;
          }
        }
      }
    }
    return crossings;
  }

  /** The rows as first built: each row's objectives in declaration order, then its placeholders as created. */
  private static List<List<Integer>> declarationOrder(Layout l) {
    List<List<Integer>> rows = new ArrayList<>();
    for (int r = 0; r < l.rows(); r++) {
      List<Integer> row = new ArrayList<>();
      for (ObjectiveId id : l.map.row(r)) {
        row.add(l.map.indexOf(id));
      }
      for (int node = l.objectives; node < l.layerOf.size(); node++) {
        if (l.layerOf.get(node) == r) {
          row.add(node);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void theCrossingsCountedAreThePairsOfSegmentsThatCrossAndNeverMoreThanInDeclarationOrder() {
    qt().withExamples(100).forAll(gen(StrategyMapGenerators.any())).checkAssert(s -> {
      Layout l = new Layout(StrategyMap.of(s));

      assertThat(l.crossings()).isEqualTo(bruteForceCrossings(l, l.order));
      assertThat(l.crossings()).isLessThanOrEqualTo(bruteForceCrossings(l, declarationOrder(l)));
    });
  }

  @Test
  void everyRowKeepsItsOrderLeftToRightWithAtLeastAGapBetweenNeighbours() {
    qt().withExamples(100).forAll(gen(StrategyMapGenerators.any())).checkAssert(s -> {
      Layout l = new Layout(StrategyMap.of(s));

      for (List<Integer> row : l.order) {
        for (int i = 0; i + 1 < row.size(); i++) {
          int a = row.get(i);
          int b = row.get(i + 1);
          assertThat(l.x[b] - l.x[a]).isGreaterThanOrEqualTo((l.width(a) + l.width(b)) / 2 + Layout.GAP - EPS);
        }
      }
    });
  }

  @Test
  void objectivesAre172PxWideAndPlaceholdersOfLongArrows12() {
    Layout l = new Layout(StrategyMap.of(Fixtures.crmBuilder().link("L1", "F1").build()));

    assertThat(l.objectives).isEqualTo(4);
    assertThat(l.layerOf).hasSize(6); // L1 -> F1 passes the two rows between
    for (int node = 0; node < l.layerOf.size(); node++) {
      assertThat(l.isObjective(node)).isEqualTo(node < 4);
      assertThat(l.width(node)).isEqualTo(node < 4 ? 172 : 12);
    }
  }

  @Test
  void aMapWithoutLinksPacksEachRowAGapApartCentredOnTheWidestRow() {
    Scorecard s = Scorecard.builder("Unlinked")
        .objective("F1", "One", "financial").objective("F2", "Two", "financial").objective("F3", "Three", "financial")
        .objective("C1", "Four", "customer").objective("C2", "Five", "customer")
        .objective("L1", "Six", "learning-growth").build();
    Layout l = new Layout(StrategyMap.of(s));

    double left = Layout.MARGIN + Layout.LABEL_W + Layout.GAP;
    double widest = 3 * Layout.BOX_W + 2 * Layout.GAP;
    double middle = left + widest / 2;
    assertThat(l.width()).isEqualTo(left + widest + Layout.GAP + Layout.MARGIN);
    assertThat(l.cx(0)).isEqualTo(left + Layout.BOX_W / 2);
    assertThat(l.cx(1)).isEqualTo(middle);
    assertThat(l.cx(2)).isEqualTo(left + widest - Layout.BOX_W / 2);
    assertThat(l.cx(3)).isEqualTo(middle - (Layout.BOX_W + Layout.GAP) / 2);
    assertThat(l.cx(4)).isEqualTo(middle + (Layout.BOX_W + Layout.GAP) / 2);
    assertThat(l.cx(5)).isEqualTo(middle);
    assertThat(l.rows()).isEqualTo(4);
  }

  @Test
  void aChainOfOneObjectivePerRowIsDrawnStraightUp() {
    Layout l = new Layout(StrategyMap.of(Fixtures.crmChain()));

    for (int node = 1; node < 4; node++) {
      assertThat(l.cx(node)).isEqualTo(l.cx(0));
    }
    assertThat(l.width()).as("at least a box and two gaps wide")
        .isEqualTo(Layout.MARGIN + Layout.LABEL_W + Layout.GAP + Layout.BOX_W + 2 * Layout.GAP + Layout.GAP
            + Layout.MARGIN);
  }

  @Test
  void anEffectOfTwoCausesSitsMidwayAboveThem() {
    Scorecard s = Scorecard.builder("Two causes")
        .objective("C1", "Keep Customers", "customer")
        .objective("P1", "Serve Fast", "internal-process").objective("P2", "Serve Well", "internal-process")
        .link("P1", "C1").link("P2", "C1").build();
    Layout l = new Layout(StrategyMap.of(s));

    assertThat(l.cx(0)).isCloseTo((l.cx(1) + l.cx(2)) / 2, within(EPS));
    assertThat(Math.abs(l.cx(2) - l.cx(1))).isEqualTo(Layout.BOX_W + Layout.GAP);
  }

  @Test
  void anObjectiveWithOneCauseMovesStraightAboveItWhenNothingElseHoldsIt() {
    Scorecard s = Scorecard.builder("Offset").objective("C1", "Keep Customers", "customer")
        .objective("P1", "One", "internal-process").objective("P2", "Two", "internal-process")
        .objective("P3", "Three", "internal-process").link("P3", "C1").build();
    Layout l = new Layout(StrategyMap.of(s));

    assertThat(l.cx(3) - l.cx(1)).isEqualTo(2 * (Layout.BOX_W + Layout.GAP));
    assertThat(l.cx(0)).as("C1 over its cause P3, not centred").isEqualTo(l.cx(3));
  }

  @Test
  void theEffectsOfOneCauseAreCentredOverItAGapApart() {
    for (int effects = 2; effects <= 4; effects++) {
      Scorecard.Builder b = Scorecard.builder("Fan").objective("P1", "Serve Well", "internal-process");
      for (int i = 1; i <= effects; i++) {
        b.objective("C" + i, "Effect " + i, "customer").link("P1", "C" + i);
      }
      Layout l = new Layout(StrategyMap.of(b.build()));

      List<Double> xs = new ArrayList<>();
      for (int node = 1; node <= effects; node++) {
        xs.add(l.cx(node));
      }
      xs.sort(Double::compare);
      double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      assertThat(mean).as("%d effects", effects).isCloseTo(l.cx(0), within(EPS));
      for (int i = 0; i + 1 < xs.size(); i++) {
        assertThat(xs.get(i + 1) - xs.get(i)).isCloseTo(Layout.BOX_W + Layout.GAP, within(EPS));
      }
    }
  }

  @Test
  void boxesAreAsTallAsTheLongestNameAndAtLeastTwoLines() {
    Layout oneLine = new Layout(StrategyMap.of(Scorecard.builder("Short").objective("F1", "Grow", "financial")
        .build()));
    assertThat(oneLine.boxHeight).isEqualTo(2 * Layout.PAD + Layout.ID_H + 2 * Layout.LINE_H);
    assertThat(oneLine.bandHeight).isEqualTo(oneLine.boxHeight + 2 * Layout.BAND_PAD);

    String fourLines = fourLineName();
    Layout four = new Layout(StrategyMap.of(Scorecard.builder("Four").objective("F1", "Grow", "financial")
        .objective("C1", fourLines, "customer").build()));
    assertThat(four.names.get(1)).hasSize(4);
    assertThat(four.fonts.get(1)).as("four lines still fit the normal size").isEqualTo(Layout.FONT);
    assertThat(four.fonts.get(0)).isEqualTo(Layout.FONT);
    assertThat(four.boxHeight).isEqualTo(2 * Layout.PAD + Layout.ID_H + 4 * Layout.LINE_H);

    Layout five = new Layout(StrategyMap.of(Scorecard.builder("Five").objective("F1", "Grow", "financial")
        .objective("C1", fourLines + " and then some more words", "customer").build()));
    assertThat(five.fonts.get(1)).as("five lines: the smaller size").isEqualTo(Layout.SMALL_FONT);
    int lines = five.names.get(1).size();
    assertThat(five.boxHeight).isEqualTo(2 * Layout.PAD + Layout.ID_H
        + Math.max(2 * Layout.LINE_H, lines * Layout.SMALL_LINE_H));
    assertThat(Layout.lineHeight(Layout.FONT)).isEqualTo(Layout.LINE_H);
    assertThat(Layout.lineHeight(Layout.SMALL_FONT)).isEqualTo(Layout.SMALL_LINE_H);
  }

  /** A name that wraps to exactly four lines at the normal size. */
  private static String fourLineName() {
    String name = "Increase";
    for (String word : "the share of residents who reach a public service point within fifteen minutes of home by"
        .split(" ")) {
      if (Words.wrap(name + " " + word, Layout.TEXT_W, Layout.FONT, false, Integer.MAX_VALUE).size() > 4) {
        break;
      }
      name += " " + word;
    }
    assertThat(Words.wrap(name, Layout.TEXT_W, Layout.FONT, false, Integer.MAX_VALUE)).hasSize(4);
    return name;
  }

  @Test
  void arrowsMeetingOneEdgeOfABoxSpreadEvenlyAboutItsMiddleInTheOrderOfWhereTheyGo() {
    qt().withExamples(100).forAll(gen(StrategyMapGenerators.any())).checkAssert(s -> {
      Layout l = new Layout(StrategyMap.of(s));
      double[][] ports = l.ports();
      // Per box: the ends on its top edge, then on its bottom edge, each as {x of the port, x of the next point}.
      List<List<List<double[]>>> edges = new ArrayList<>();
      for (int i = 0; i < l.objectives; i++) {
        edges.add(List.of(new ArrayList<>(), new ArrayList<>()));
      }
      for (int k = 0; k < l.routes.size(); k++) {
        int[] nodes = l.routes.get(k).nodes();
        int from = nodes[0];
        int to = nodes[nodes.length - 1];
        boolean up = l.layerOf.get(to) > l.layerOf.get(from);
        if (l.layerOf.get(to).equals(l.layerOf.get(from))) {
          assertThat(ports[k]).containsExactly(0, 0);
          continue;
        }
        edges.get(from).get(up ? 0 : 1).add(new double[] {ports[k][0], l.cx(nodes[1])});
        edges.get(to).get(up ? 1 : 0).add(new double[] {ports[k][1], l.cx(nodes[nodes.length - 2])});
      }
      for (int i = 0; i < l.objectives; i++) {
        for (List<double[]> edge : edges.get(i)) {
          edge.sort((a, b) -> Double.compare(a[0], b[0]));
          int n = edge.size();
          double span = Math.min(Layout.BOX_W * 0.6, (n - 1) * 20.0);
          for (int j = 0; j < n; j++) {
            double expected = n == 1 ? l.cx(i) : l.cx(i) - span / 2 + span * j / (n - 1);
            assertThat(edge.get(j)[0]).as("port %d of %d on box %d", j, n, i).isCloseTo(expected, within(EPS));
            if (j > 0) {
              assertThat(edge.get(j)[1]).as("ports in the order of where they head")
                  .isGreaterThanOrEqualTo(edge.get(j - 1)[1]);
            }
          }
        }
      }
    });
  }
}
