package io.github.bsckit.graph.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A strategy map as a value: built once per scorecard instance, equal for equal scorecards, ranks checked. */
@Tag("text")
class MapValuesTest {

  @Test
  void askedAgainForTheVerySameScorecardItReturnsTheMapAlreadyBuilt() {
    Scorecard s = Fixtures.crmChain();
    StrategyMap map = StrategyMap.of(s);

    assertThat(StrategyMap.of(s)).isSameAs(map);
    StrategyMap equal = StrategyMap.of(Fixtures.crmChain());
    assertThat(equal).isNotSameAs(map).isEqualTo(map).hasSameHashCodeAs(map);
    assertThat(StrategyMap.of(Fixtures.retail25())).isNotEqualTo(map);
  }

  @Test
  void knowsItsObjectivesAndRefusesARankOutsideItsRows() {
    StrategyMap map = StrategyMap.of(Fixtures.crmChain());

    assertThat(map.contains(ObjectiveId.of("P1"))).isTrue();
    assertThat(map.contains(ObjectiveId.of("P9"))).isFalse();
    assertThat(map.perspectiveAt(0).name()).isEqualTo("Learning & Growth");
    assertThatThrownBy(() -> map.perspectiveAt(4)).isInstanceOf(BscException.class);
    assertThatThrownBy(() -> map.perspectiveAt(-1)).isInstanceOf(BscException.class);
    assertThat(Flow.UPSTREAM).hasToString("upstream");
  }
}
