package io.github.bsckit.analytics.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The analysis on simulated maps whose truth is known, in seeded loops. The default run is small; the full study
 * of docs/evidence.md runs with {@code -Danalytics.simulation.maps=1000} (the Maven property of the same name).
 */
class SimulationTest {
  private static final int MAPS = Integer.getInteger("analytics.simulation.maps", 60);

  @Test
  void aDrivenLinkWithEnoughDataIsSupportedAtItsLagInAtLeastNineTenthsOfSeeds() {
    int lag = 2;
    Scorecard chain = Simulated.chain(lag);
    int tested = 0;
    int supportedAtLag = 0;
    for (long seed = 1; seed <= MAPS; seed++) {
      // 48 months: 45 pairs at lag 2, above the 30 the defaults need; beta 0.6 against noise 1 (r = 0.51).
      EvidenceReport report = EvidenceAnalysis.defaults().analyse(chain, Simulated.driven(seed, 48, lag, 0.6, 1));
      for (LinkEvidence e : report.links()) {
        tested++;
        if (e.verdict() == Verdict.SUPPORTED && e.testedLag() == lag && e.lagMatches()) {
          supportedAtLag++;
        }
      }
    }
    System.out.printf("simulation: driven links supported at their lag: %d of %d (%.1f%%)%n", supportedAtLag,
        tested, 100.0 * supportedAtLag / tested);
    assertThat((double) supportedAtLag / tested).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void independentSeriesAreCalledSupportedOrContradictedInAtMostOneLinkInTwenty() {
    Scorecard wide = Simulated.wide();
    int links = 0;
    int discoveries = 0;
    int mapsWithAny = 0;
    for (long seed = 1; seed <= MAPS; seed++) {
      EvidenceReport report = EvidenceAnalysis.defaults()
          .analyse(wide, Simulated.independent(seed, 40, Simulated.wideKpis()));
      int here = 0;
      for (LinkEvidence e : report.links()) {
        links++;
        here += e.verdict() == Verdict.SUPPORTED || e.verdict() == Verdict.CONTRADICTED ? 1 : 0;
      }
      discoveries += here;
      mapsWithAny += here > 0 ? 1 : 0;
    }
    System.out.printf("simulation: %d maps of independent series: %d of %d links called (%.2f%%), "
        + "%d maps with any%n", MAPS, discoveries, links, 100.0 * discoveries / links, mapsWithAny);
    assertThat((double) discoveries / links).isLessThanOrEqualTo(0.05);
  }

  @Test
  void belowTheFloorEveryLinkIsInsufficientDataWhateverTheSeed() {
    Scorecard chain = Simulated.chain(1);
    for (long seed = 1; seed <= MAPS; seed++) {
      // 25 months: 23 pairs at lag 1, below the 30 pairs the defaults need, however strong the link.
      EvidenceReport report = EvidenceAnalysis.defaults().analyse(chain, Simulated.driven(seed, 25, 1, 3, 0.5));
      assertThat(report.links()).allSatisfy(e -> {
        assertThat(e.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(e.dataNeeded()).isPresent();
      });
    }
  }
}
