package io.github.bsckit.graph.export;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The paths of links between objectives of one row, checked on generated two-row maps with many such links:
 * neighbours joined by one S-curve across the gap, others climbing into a lane above the row and back down
 * beside the effect, each box side spreading its links evenly over its height with the farthest-reaching on
 * top, legs stepping out into the gap, and links whose spans overlap kept in different lanes.
 */
class SideRoutesTest {
  /** Paths are written with one decimal. */
  private static final double EPS = 0.11;
  private static final double TOP = 100;
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** A within-row link as drawn: route index, both ends, its span, its path's points and commands. */
  record Drawn(int k, int from, int to, int side, double span, String commands, double[] p) {
    double lo(Layout l) {
      return Math.min(l.cx(from), l.cx(to));
    }

    double hi(Layout l) {
      return Math.max(l.cx(from), l.cx(to));
    }
  }

  private static List<Drawn> drawn(Layout l) {
    Map<Integer, String> paths = SideRoutes.paths(l, TOP);
    List<Drawn> out = new ArrayList<>();
    for (int k = 0; k < l.routes.size(); k++) {
      int[] n = l.routes.get(k).nodes();
      int a = n[0];
      int b = n[n.length - 1];
      boolean within = l.layerOf.get(a).equals(l.layerOf.get(b)) && a != b;
      assertThat(paths.containsKey(k)).as("route %d is drawn here only if within a row", k).isEqualTo(within);
      if (within) {
        String d = paths.get(k);
        out.add(new Drawn(k, a, b, l.cx(b) > l.cx(a) ? 1 : -1, Math.abs(l.cx(b) - l.cx(a)),
            d.replaceAll("[^A-Z]", ""), NUMBER.matcher(d).results().mapToDouble(m -> Double.parseDouble(m.group()))
                .toArray()));
      }
    }
    return out;
  }

  /** Whether an objective stands strictly between the two ends of a link in its row. */
  private static boolean boxBetween(Layout l, Drawn d) {
    for (int node : l.order.get(l.layerOf.get(d.from()))) {
      if (l.isObjective(node) && l.cx(node) > d.lo(l) + 1e-9 && l.cx(node) < d.hi(l) - 1e-9) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameRow(Layout l, Drawn a, Drawn b) {
    return l.layerOf.get(a.from()).equals(l.layerOf.get(b.from()));
  }

  private static void forMaps(java.util.function.Consumer<Layout> check) {
    qt().withExamples(80).forAll(gen(StrategyMapGenerators.any().layers(2).objectivesPerPerspective(2, 6)
        .linksPerObjective(3))).checkAssert(s -> check.accept(new Layout(StrategyMap.of(s))));
  }

  @Test
  void neighboursAreJoinedByOneSCurveAcrossTheGapAndOthersClimbToALaneAboveTheRow() {
    forMaps(l -> {
      for (Drawn d : drawn(l)) {
        double x0 = l.cx(d.from()) + d.side() * Layout.BOX_W / 2;
        double x1 = l.cx(d.to()) - d.side() * Layout.BOX_W / 2;
        double boxTop = l.boxTop(TOP, d.from());
        double[] p = d.p();
        assertThat(p[0]).as("leaves the side facing the effect").isCloseTo(x0, within(EPS));
        assertThat(p[p.length - 2]).as("enters the side facing the cause").isCloseTo(x1, within(EPS));
        if (!boxBetween(l, d)) {
          assertThat(d.commands()).isEqualTo("MC");
          assertThat(p[2]).as("first control point mid-gap").isCloseTo((x0 + x1) / 2, within(EPS));
          assertThat(p[3]).as("level with the start").isEqualTo(p[1]);
          assertThat(p[4]).as("second control point mid-gap").isCloseTo((x0 + x1) / 2, within(EPS));
          assertThat(p[5]).as("level with the end").isEqualTo(p[7]);
        } else {
          assertThat(d.commands()).isEqualTo("MLLLLL");
          // Out along the start's height, up, across, down, and in along the end's height.
          assertThat(p[3]).isEqualTo(p[1]);
          assertThat(p[4]).isEqualTo(p[2]);
          assertThat(p[7]).as("the lane is level").isEqualTo(p[5]);
          assertThat(p[8]).isEqualTo(p[6]);
          assertThat(p[11]).isEqualTo(p[9]);
          assertThat(d.side() * (p[2] - x0)).as("leg out into the gap").isBetween(6 - EPS, 14 + EPS);
          assertThat(d.side() * (x1 - p[6])).as("leg down in the gap").isBetween(6 - EPS, 14 + EPS);
          assertThat(p[5]).as("lane above the boxes").isLessThanOrEqualTo(boxTop - 7 + EPS)
              .isGreaterThanOrEqualTo(boxTop - Layout.BAND_PAD + 3 - EPS);
        }
      }
    });
  }

  @Test
  void eachBoxSideSpreadsItsLinksEvenlyOverItsHeightTheFarthestReachingOnTop() {
    forMaps(l -> {
      // Per box and side: {y where the link meets it, the link's span}.
      Map<String, List<double[]>> sides = new HashMap<>();
      for (Drawn d : drawn(l)) {
        double[] p = d.p();
        sides.computeIfAbsent(d.from() + ":" + d.side(), x -> new ArrayList<>()).add(new double[] {p[1], d.span()});
        sides.computeIfAbsent(d.to() + ":" + -d.side(), x -> new ArrayList<>())
            .add(new double[] {p[p.length - 1], d.span()});
      }
      sides.forEach((key, at) -> {
        int box = Integer.parseInt(key.split(":")[0]);
        at.sort(Comparator.comparingDouble(x -> x[0]));
        for (int j = 0; j < at.size(); j++) {
          assertThat(at.get(j)[0]).as("port %d of %d on %s", j, at.size(), key)
              .isCloseTo(l.boxTop(TOP, box) + l.boxHeight * (j + 1) / (at.size() + 1), within(EPS));
          if (j > 0) {
            assertThat(at.get(j)[1]).as("reach of port %d on %s", j, key).isLessThanOrEqualTo(at.get(j - 1)[1]);
          }
        }
      });
    });
  }

  @Test
  void legsAtOneBoxSideStepOut6Then11PxAndTheRestStopShortOfTheGapsMiddle() {
    forMaps(l -> {
      Map<String, List<Double>> legs = new HashMap<>();
      for (Drawn d : drawn(l)) {
        if (d.commands().equals("MLLLLL")) {
          double[] p = d.p();
          legs.computeIfAbsent(d.from() + ":" + d.side(), x -> new ArrayList<>()).add(Math.abs(p[2] - p[0]));
          legs.computeIfAbsent(d.to() + ":" + -d.side(), x -> new ArrayList<>()).add(Math.abs(p[10] - p[6]));
        }
      }
      legs.values().forEach(distances -> {
        List<Double> sorted = distances.stream().sorted().toList();
        for (int j = 0; j < sorted.size(); j++) {
          assertThat(sorted.get(j)).isCloseTo(Math.min(6 + 5 * j, Layout.GAP / 2 - 1), within(EPS));
        }
      });
    });
  }

  @Test
  void linksWhoseSpansOverlapRunInDifferentLanesEachInTheLowestFreeOne() {
    forMaps(l -> {
      List<Drawn> climbing = drawn(l).stream().filter(d -> d.commands().equals("MLLLLL")).toList();
      Map<Integer, Integer> lane = new HashMap<>();
      for (Drawn d : climbing) {
        double yl = d.p()[5];
        double steps = (l.boxTop(TOP, d.from()) - 7 - yl) / 6;
        if (yl > l.boxTop(TOP, d.from()) - Layout.BAND_PAD + 3 + EPS) {
          assertThat(steps).isCloseTo(Math.rint(steps), within(0.05));
          lane.put(d.k(), (int) Math.rint(steps));
        }
      }
      for (Drawn a : climbing) {
        for (Drawn b : climbing) {
          boolean overlap = sameRow(l, a, b) && a.lo(l) < b.hi(l) && b.lo(l) < a.hi(l);
          if (a != b && overlap && lane.containsKey(a.k()) && lane.containsKey(b.k())) {
            assertThat(lane.get(a.k())).as("routes %d and %d overlap", a.k(), b.k()).isNotEqualTo(lane.get(b.k()));
          }
        }
        Integer mine = lane.get(a.k());
        for (int below = 0; mine != null && below < mine; below++) {
          int j = below;
          assertThat(climbing).as("lane %d is taken where route %d runs", j, a.k()).anySatisfy(b -> {
            assertThat(lane.get(b.k())).isEqualTo(j);
            assertThat(sameRow(l, a, b) && b.lo(l) < a.hi(l) && a.lo(l) < b.hi(l)).isTrue();
            assertThat(b.span() < a.span() || (b.span() == a.span() && b.k() < a.k())).isTrue();
          });
        }
      }
    });
  }

  @Test
  void ofFiveLinksIntoOneBoxTheTwoFromItsNeighboursCrossTheGapAndTheRestClimb() {
    Scorecard.Builder b = Scorecard.builder("Row");
    for (int i = 1; i <= 6; i++) {
      b.objective("C" + i, "Customer objective " + i, "customer");
    }
    Layout l = new Layout(StrategyMap.of(b.link("C1", "C2").link("C3", "C2").link("C4", "C2").link("C5", "C2")
        .link("C6", "C2").build()));

    List<Drawn> into = drawn(l);
    assertThat(into).hasSize(5);
    assertThat(into.stream().filter(d -> d.commands().equals("MC"))).as("the two neighbours").hasSize(2);
    assertThat(into.stream().filter(d -> d.commands().equals("MLLLLL"))).hasSize(3);
  }
}
