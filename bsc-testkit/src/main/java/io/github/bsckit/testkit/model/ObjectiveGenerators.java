package io.github.bsckit.testkit.model;

import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveCategory;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Generators of objectives with 1 to 3 KPIs that pass every core rule. The name fits the perspective, and so
 * does the Kaplan–Norton category when there is one (a value-proposition attribute for customer objectives, a
 * process group for internal-process ones, an intangible asset for learning &amp; growth ones).
 */
public final class ObjectiveGenerators {
  private ObjectiveGenerators() {}

  /**
   * {@return a generator of objectives with the given id, perspective and themes} KPI ids are the objective's
   * id in lower case followed by {@code -k1}, {@code -k2}, {@code -k3}.
   *
   * @param id the objective's id
   * @param perspective its perspective
   * @param themes the themes it serves, without duplicates
   */
  public static Generator<Objective> objective(ObjectiveId id, Perspective perspective, List<ThemeId> themes) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(perspective, "perspective");
    List<ThemeId> themeList = List.copyOf(themes);
    return source -> make(id, perspective, themeList, source);
  }

  /** {@return a generator of objectives with arbitrary ids in one of the classic perspectives, without themes} */
  public static Generator<Objective> any() {
    return source -> make(IdGenerators.objectiveIds().generate(source),
        Generators.elementOf(Perspective.classic()).generate(source), List.of(), source);
  }

  static Objective make(ObjectiveId id, Perspective perspective, List<ThemeId> themes, Source source) {
    List<String> vocabulary = Vocabulary.OBJECTIVES_BY_PERSPECTIVE.getOrDefault(perspective.id().value(),
        Vocabulary.OBJECTIVES);
    String name = source.chance(10) ? NameGenerators.any().generate(source)
        : vocabulary.get(source.between(0, vocabulary.size() - 1));
    Optional<String> owner = source.chance(60) ? Optional.of(NameGenerators.owners().generate(source))
        : Optional.empty();
    Optional<String> description = source.chance(20)
        ? Optional.of(Vocabulary.DESCRIPTIONS.get(source.between(0, Vocabulary.DESCRIPTIONS.size() - 1)))
        : Optional.empty();
    double weight = source.chance(20) ? source.between(0, 50) / 10.0 : 1.0;
    Optional<ObjectiveCategory> category = source.chance(50) ? category(perspective, source) : Optional.empty();
    int n = source.between(1, 3);
    String kpiPrefix = id.value().toLowerCase(Locale.ROOT);
    kpiPrefix = kpiPrefix.substring(0, Math.min(kpiPrefix.length(), 60));
    List<Kpi> kpis = new ArrayList<>(n);
    for (int j = 1; j <= n; j++) {
      kpis.add(withBaselineForTarget(KpiGenerators.withId(KpiId.of(kpiPrefix + "-k" + j)).generate(source)));
    }
    return new Objective(id, name, perspective.id(), themes, owner, description, weight, category, kpis);
  }

  /**
   * Gives a KPI that has a target but no baseline one at the target's value a year earlier, so that objectives
   * in scorecards meant to pass the core rules do not trip {@code missing-baseline}; draws nothing, so a seed
   * still makes the same scorecard otherwise.
   */
  private static Kpi withBaselineForTarget(Kpi k) {
    if (k.baseline().isPresent() || k.target().isEmpty() || k.direction() == Direction.RANGE) {
      return k;
    }
    DatedValue t = k.target().get();
    return k.withBaseline(DatedValue.of(t.value(), t.date().minusYears(1)));
  }

  private static Optional<ObjectiveCategory> category(Perspective perspective, Source source) {
    ObjectiveCategory[] options = switch (perspective.id().value()) {
      case "customer" -> ObjectiveCategory.ValueProposition.values();
      case "internal-process" -> ObjectiveCategory.ProcessGroup.values();
      case "learning-growth" -> ObjectiveCategory.IntangibleAsset.values();
      default -> new ObjectiveCategory[0];
    };
    return options.length == 0 ? Optional.empty() : Optional.of(options[source.between(0, options.length - 1)]);
  }
}
