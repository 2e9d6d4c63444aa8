package io.github.bsckit.core.model;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A strategic objective in one perspective, with the KPIs that measure it. Immutable and thread-safe; build
 * one with {@link #builder(String, String, String)} or inside {@link Scorecard.Builder#objective}.
 *
 * @param id the id, unique within the scorecard
 * @param name the display name, not blank
 * @param perspective the perspective (row) it belongs to
 * @param themes the themes it serves, without duplicates
 * @param owner who is accountable, if named
 * @param description a longer description, if any
 * @param weight its weight in its perspective's score, finite and not negative
 * @param category its Kaplan–Norton category, if given
 * @param kpis its measures, ids unique
 */
public record Objective(
    ObjectiveId id,
    String name,
    PerspectiveId perspective,
    List<ThemeId> themes,
    Optional<String> owner,
    Optional<String> description,
    double weight,
    Optional<ObjectiveCategory> category,
    List<Kpi> kpis) {

  /**
   * Validates every component and reports all problems at once.
   *
   * @param id the id, unique within the scorecard
   * @param name the display name, not blank
   * @param perspective the perspective (row) it belongs to
   * @param themes the themes it serves, without duplicates
   * @param owner who is accountable, if named
   * @param description a longer description, if any
   * @param weight its weight in its perspective's score, finite and not negative
   * @param category its Kaplan–Norton category, if given
   * @param kpis its measures, ids unique
   * @throws io.github.bsckit.core.ValidationException listing each broken invariant
   */
  public Objective {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(perspective, "perspective");
    themes = List.copyOf(themes);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    kpis = List.copyOf(kpis);
    Checks c = new Checks();
    c.text("name", name);
    c.text("owner", owner);
    c.text("description", description);
    c.weight("weight", weight);
    for (int i : duplicates(themes, t -> t)) {
      c.add("themes[" + i + "]", "duplicate theme \"" + themes.get(i) + "\"");
    }
    for (int i : duplicates(kpis, Kpi::id)) {
      c.add("kpis[" + i + "].id", "duplicate KPI id \"" + kpis.get(i).id() + "\"");
    }
    c.throwIfAny();
  }

  private static final int[] NONE = {};

  /**
   * {@return the positions, in order, of each item whose key equals that of an item before it}: by comparison
   * for the few themes and KPIs an objective has, where a hash set apiece cost more than it saved, and by hashing
   * for many. Nothing is allocated when there is none, the usual case: this runs for every objective built.
   */
  private static <T, K> int[] duplicates(List<T> items, Function<T, K> key) {
    int[] found = NONE;
    int count = 0;
    Set<K> seen = items.size() <= 16 ? null : new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      K k = key.apply(items.get(i));
      boolean again = false;
      if (seen != null) {
        again = !seen.add(k);
      } else {
        for (int j = 0; j < i && !again; j++) {
          again = key.apply(items.get(j)).equals(k);
        }
      }
      if (again) {
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(4, count * 2));
        }
        found[count++] = i;
      }
    }
    return count == found.length ? found : Arrays.copyOf(found, count);
  }

  /**
   * Starts a builder with weight 1 and no themes, owner, category or KPIs.
   *
   * @param id the id
   * @param name the display name
   * @param perspective the perspective id, such as {@code customer}
   * @return a new builder
   */
  public static Builder builder(String id, String name, String perspective) {
    return new Builder(id, name, perspective);
  }

  /** {@return a builder holding every field of this objective, to derive a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder(id.value(), name, perspective.value()).weight(weight);
    themes.forEach(t -> b.theme(t.value()));
    owner.ifPresent(b::owner);
    description.ifPresent(b::description);
    category.ifPresent(b::category);
    kpis.forEach(b::kpi);
    return b;
  }

  /**
   * Finds a KPI of this objective.
   *
   * @param kpiId the KPI's id
   * @return the KPI, or empty when this objective has none with that id
   */
  public Optional<Kpi> kpi(KpiId kpiId) {
    for (Kpi k : kpis) {
      if (k.id().equals(kpiId)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns this objective with a KPI added at the end, or replacing the one with the same id in place.
   *
   * @param kpi the KPI
   * @return a new objective
   */
  public Objective withKpi(Kpi kpi) {
    Objects.requireNonNull(kpi, "kpi");
    List<Kpi> copy = new ArrayList<>(kpis);
    int at = indexOf(kpi.id());
    if (at >= 0) {
      copy.set(at, kpi);
    } else {
      copy.add(kpi);
    }
    return withKpis(copy);
  }

  /**
   * Returns this objective without a KPI; unchanged when it has no KPI with that id.
   *
   * @param kpiId the KPI's id
   * @return a new objective
   */
  public Objective withoutKpi(KpiId kpiId) {
    Objects.requireNonNull(kpiId, "kpiId");
    List<Kpi> copy = new ArrayList<>(kpis);
    copy.removeIf(k -> k.id().equals(kpiId));
    return withKpis(copy);
  }

  /**
   * {@return this objective with its KPIs replaced}
   *
   * @param kpis the new KPIs
   */
  public Objective withKpis(List<Kpi> kpis) {
    return new Objective(id, name, perspective, themes, owner, description, weight, category, kpis);
  }

  /**
   * {@return this objective with another name}
   *
   * @param name the name, not blank
   */
  public Objective withName(String name) {
    return new Objective(id, name, perspective, themes, owner, description, weight, category, kpis);
  }

  /**
   * {@return this objective moved to another perspective}
   *
   * @param perspective the perspective's id
   */
  public Objective withPerspective(PerspectiveId perspective) {
    return new Objective(id, name, perspective, themes, owner, description, weight, category, kpis);
  }

  /**
   * {@return this objective serving these themes instead}
   *
   * @param themes the themes
   */
  public Objective withThemes(List<ThemeId> themes) {
    return new Objective(id, name, perspective, themes, owner, description, weight, category, kpis);
  }

  /**
   * {@return this objective with another weight}
   *
   * @param weight finite and not negative
   */
  public Objective withWeight(double weight) {
    return new Objective(id, name, perspective, themes, owner, description, weight, category, kpis);
  }

  private int indexOf(KpiId kpiId) {
    for (int i = 0; i < kpis.size(); i++) {
      if (kpis.get(i).id().equals(kpiId)) {
        return i;
      }
    }
    return -1;
  }

  /** {@return for example {@code C1 "Increase Customer Retention" [customer] kpis: retention}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(id).append(" \"").append(name).append("\" [")
        .append(perspective).append(']');
    if (!themes.isEmpty()) {
      sb.append(" themes: ").append(themes);
    }
    if (!kpis.isEmpty()) {
      sb.append(" kpis: ").append(kpis.stream().map(k -> k.id().value()).toList());
    }
    return sb.toString();
  }

  /**
   * Builds an {@link Objective}. Setters return this builder; {@link #build()} validates everything and
   * reports all problems at once, with paths relative to the objective ({@code kpis[0].name}). Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final String name;
    private final String perspective;
    private final List<String> themes = new ArrayList<>();
    private String owner;
    private String description;
    private double weight = 1;
    private ObjectiveCategory category;
    private final List<Object> kpis = new ArrayList<>();

    private Builder(String id, String name, String perspective) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
      this.perspective = Objects.requireNonNull(perspective, "perspective");
    }

    /**
     * Adds themes this objective serves.
     *
     * @param themeIds theme ids
     * @return this builder
     */
    public Builder theme(String... themeIds) {
      for (String t : themeIds) {
        themes.add(Objects.requireNonNull(t, "theme"));
      }
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param owner who is accountable
     */
    public Builder owner(String owner) {
      this.owner = Objects.requireNonNull(owner, "owner");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param description a longer description
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param weight the weight in the perspective's score
     */
    public Builder weight(double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param category the Kaplan–Norton category
     */
    public Builder category(ObjectiveCategory category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * Adds a KPI, configured by a function of its builder.
     *
     * @param kpiId the KPI's id
     * @param kpiName the KPI's name
     * @param spec sets the KPI's fields
     * @return this builder
     */
    public Builder kpi(String kpiId, String kpiName, Consumer<Kpi.Builder> spec) {
      Kpi.Builder b = Kpi.builder(kpiId, kpiName);
      Objects.requireNonNull(spec, "spec").accept(b);
      kpis.add(b);
      return this;
    }

    /**
     * Adds a KPI built elsewhere.
     *
     * @param kpi the KPI
     * @return this builder
     */
    public Builder kpi(Kpi kpi) {
      kpis.add(Objects.requireNonNull(kpi, "kpi"));
      return this;
    }

    String id() {
      return id;
    }

    String perspective() {
      return perspective;
    }

    List<String> themes() {
      return themes;
    }

    List<String> kpiIds() {
      List<String> ids = new ArrayList<>(kpis.size());
      for (Object k : kpis) {
        ids.add(k instanceof Kpi kpi ? kpi.id().value() : ((Kpi.Builder) k).id());
      }
      return ids;
    }

    /**
     * Builds the objective.
     *
     * @return the objective
     * @throws io.github.bsckit.core.ValidationException listing every problem, relative to the objective
     */
    public Objective build() {
      Checks c = new Checks();
      ObjectiveId objectiveId = c.id("id", id, ObjectiveId::of);
      PerspectiveId perspectiveId = c.id("perspective", perspective, PerspectiveId::of);
      List<ThemeId> themeIds = new ArrayList<>(themes.size());
      for (int i = 0; i < themes.size(); i++) {
        ThemeId t = c.id("themes", i, "", themes.get(i), ThemeId::of);
        if (t != null) {
          themeIds.add(t);
        }
      }
      List<Kpi> built = new ArrayList<>(kpis.size());
      for (int i = 0; i < kpis.size(); i++) {
        Object k = kpis.get(i);
        Kpi kpi = k instanceof Kpi done ? done : c.attempt("kpis", i, "", ((Kpi.Builder) k)::build);
        if (kpi != null) {
          built.add(kpi);
        }
      }
      Objective o;
      try {
        o = new Objective(objectiveId == null ? ObjectiveId.of("x") : objectiveId,
            name, perspectiveId == null ? PerspectiveId.of("x") : perspectiveId, themeIds,
            Optional.ofNullable(owner), Optional.ofNullable(description), weight, Optional.ofNullable(category),
            built);
      } catch (ValidationException e) {
        c.addAll("", e.problems());
        o = null;
      }
      c.throwIfAny();
      return o;
    }
  }
}
