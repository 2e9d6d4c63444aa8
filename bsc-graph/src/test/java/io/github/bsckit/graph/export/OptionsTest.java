package io.github.bsckit.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.scoring.Status;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** SvgOptions and LinkStyle as values: each setting tells two values apart, prints, and nulls are refused. */
@Tag("text")
class OptionsTest {
  private static final ObjectiveId F1 = ObjectiveId.of("F1");
  private static final ObjectiveId C1 = ObjectiveId.of("C1");

  @Test
  void everySettingMakesADifferentValueAndEqualSettingsAnEqualOne() {
    SvgOptions base = SvgOptions.defaults();
    List<SvgOptions> variants = List.of(base.withStatuses(Map.of(F1, Status.ON_TRACK)),
        base.withAsOf(LocalDate.parse("2026-06-30")), base.withTitle(false), base.withLegend(false),
        base.withLinkStyle(C1, F1, LinkStyle.of("#123456", "", "x")), base.withMark(F1, Mark.ADDED),
        base.withMark(C1, F1, Mark.CHANGED), base.withStale(Map.of(F1, Set.of(KpiId.of("k")))));

    assertThat(new HashSet<>(variants)).hasSize(variants.size()).doesNotContain(base);
    for (SvgOptions v : variants) {
      assertThat(v).isNotEqualTo(base);
    }
    assertThat(base.withTitle(false).withTitle(true)).isEqualTo(base).hasSameHashCodeAs(base);
    assertThat(base.withLegend(false).legend()).isFalse();
    assertThat(base.legend()).isTrue();
    assertThat(base).isNotEqualTo("defaults");
  }

  @Test
  void printsWhatItColoursByAndWhatItAdds() {
    assertThat(SvgOptions.defaults()).hasToString("SvgOptions[colours=themes, title=true, legend=true]");
    assertThat(SvgOptions.defaults().withStatuses(Map.of(F1, Status.ON_TRACK, C1, Status.AT_RISK))
        .withAsOf(LocalDate.parse("2026-06-30")).withTitle(false).withMark(F1, Mark.ADDED)
        .withMark(C1, F1, Mark.REMOVED).withStale(Map.of(F1, Set.of(KpiId.of("k")))))
        .hasToString("SvgOptions[colours=statuses of 2 objectives as of 2026-06-30, title=false, legend=true,"
            + " marks=2, stale=1]");
  }

  @Test
  void refusesNullsInsideTheMapsItTakes() {
    Map<ObjectiveId, Status> nullStatus = new HashMap<>();
    nullStatus.put(F1, null);
    Set<KpiId> nullKpi = new HashSet<>();
    nullKpi.add(null);

    assertThatThrownBy(() -> SvgOptions.defaults().withStatuses(nullStatus)).isInstanceOf(NullPointerException.class)
        .hasMessage("statuses value");
    assertThatThrownBy(() -> SvgOptions.defaults().withStale(Map.of(F1, nullKpi)))
        .isInstanceOf(NullPointerException.class).hasMessage("staleKpis value's KPI");
  }

  @Test
  void aLinkStyleIsAValueThatPrintsItsLabelColourDashAndNote() {
    LinkStyle style = LinkStyle.of("#c62828", "7 4", "contradicted");

    assertThat(style).isEqualTo(LinkStyle.of("#c62828", "7 4", "contradicted"))
        .hasSameHashCodeAs(LinkStyle.of("#c62828", "7 4", "contradicted"))
        .isNotEqualTo(LinkStyle.of("#c62829", "7 4", "contradicted"))
        .isNotEqualTo(LinkStyle.of("#c62828", "", "contradicted"))
        .isNotEqualTo(LinkStyle.of("#c62828", "7 4", "refuted"))
        .isNotEqualTo(style.withNote("why")).isNotEqualTo("#c62828");
    assertThat(style).hasToString("LinkStyle[contradicted #c62828 dash 7 4]");
    assertThat(LinkStyle.of("#c62828", "", "contradicted").withNote("r = -0.4"))
        .hasToString("LinkStyle[contradicted #c62828 solid, r = -0.4]");
  }
}
