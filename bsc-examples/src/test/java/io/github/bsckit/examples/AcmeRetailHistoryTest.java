package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.analytics.evidence.EvidenceAnalysis;
import io.github.bsckit.analytics.evidence.EvidenceReport;
import io.github.bsckit.analytics.evidence.LinkEvidence;
import io.github.bsckit.analytics.evidence.Verdict;
import io.github.bsckit.core.model.ObjectiveId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Acme Retail's history: the committed CSV is what the program writes, and the evidence tells its story. */
class AcmeRetailHistoryTest {
  private static final EvidenceReport EVIDENCE = EvidenceAnalysis.defaults()
      .analyse(AcmeRetail.scorecard(), AcmeRetail.actuals().merge(AcmeRetailHistory.actuals()));

  private static LinkEvidence link(String from, String to) {
    return EVIDENCE.link(ObjectiveId.of(from), ObjectiveId.of(to)).orElseThrow();
  }

  @Test
  void theCommittedHistoryIsWhatTheProgramWrites() throws Exception {
    assertThat(Files.readString(Path.of("documents", "acme-retail-history.csv"), StandardCharsets.UTF_8))
        .isEqualTo(AcmeRetailHistory.csv());
  }

  @Test
  void mostLinksHoldOneIsContradictedAndOneLacksData() {
    assertThat(EVIDENCE.counts()).containsEntry(Verdict.SUPPORTED, 9).containsEntry(Verdict.CONTRADICTED, 1)
        .containsEntry(Verdict.INCONCLUSIVE, 2).containsEntry(Verdict.INSUFFICIENT_DATA, 1);
    assertThat(link("C2", "F1").verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(link("L4", "P4").verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(link("L1", "P1").lagMatches()).isTrue();
    assertThat(link("P2", "C2").testedLag()).isEqualTo(6);
  }

  @Test
  void theLinkNobodyDrewIsSuggestedNotAdded() {
    assertThat(EVIDENCE.suggestions()).extracting(s -> s.cause() + " -> " + s.effect())
        .containsExactly("P4 -> F1", "P4 -> C1");
    assertThat(AcmeRetail.scorecard().links()).noneMatch(l -> l.from().value().equals("P4")
        && l.to().value().equals("C1"));
  }
}
