package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A strategic initiative: a funded project that serves one or more objectives. Immutable and thread-safe.
 *
 * @param id the id, unique within the scorecard
 * @param name the display name, not blank
 * @param owner who runs it, if named
 * @param objectives the objectives it serves, without duplicates
 * @param budget its budget, if known
 * @param start when it starts, if scheduled
 * @param end when it ends, if scheduled; not before the start
 * @param status where it stands
 */
public record Initiative(
    InitiativeId id,
    String name,
    Optional<String> owner,
    List<ObjectiveId> objectives,
    Optional<Money> budget,
    Optional<LocalDate> start,
    Optional<LocalDate> end,
    InitiativeStatus status) {

  /**
   * Validates every component and reports all problems at once.
   *
   * @param id the id, unique within the scorecard
   * @param name the display name, not blank
   * @param owner who runs it, if named
   * @param objectives the objectives it serves, without duplicates
   * @param budget its budget, if known
   * @param start when it starts, if scheduled
   * @param end when it ends, if scheduled; not before the start
   * @param status where it stands
   * @throws io.github.bsckit.core.ValidationException listing each broken invariant
   */
  public Initiative {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    objectives = List.copyOf(objectives);
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(status, "status");
    Checks c = new Checks();
    c.text("name", name);
    c.text("owner", owner);
    Set<ObjectiveId> seen = new HashSet<>();
    for (int i = 0; i < objectives.size(); i++) {
      if (!seen.add(objectives.get(i))) {
        c.add("objectives[" + i + "]", "duplicate objective \"" + objectives.get(i) + "\"");
      }
    }
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      c.add("end", "must not be before the start " + start.get() + " but was " + end.get());
    }
    c.throwIfAny();
  }

  /**
   * Starts a builder: status PLANNED, no owner, objectives, budget or dates.
   *
   * @param id the id
   * @param name the display name
   * @return a new builder
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * {@return this initiative with another status}
   *
   * @param status the status
   */
  public Initiative withStatus(InitiativeStatus status) {
    return new Initiative(id, name, owner, objectives, budget, start, end, status);
  }

  /**
   * {@return this initiative serving these objectives instead}
   *
   * @param objectives the objectives
   */
  public Initiative withObjectives(List<ObjectiveId> objectives) {
    return new Initiative(id, name, owner, objectives, budget, start, end, status);
  }

  /** {@return for example {@code I1 "CRM roll-out" serves [L1] USD 250000 2026-02-01..2026-09-30 planned}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(id).append(" \"").append(name).append("\" serves ")
        .append(objectives);
    budget.ifPresent(b -> sb.append(' ').append(b));
    if (start.isPresent() || end.isPresent()) {
      sb.append(' ').append(start.map(Object::toString).orElse("")).append("..")
          .append(end.map(Object::toString).orElse(""));
    }
    return sb.append(' ').append(status.key()).toString();
  }

  /** Builds an {@link Initiative}; {@link #build()} reports all problems at once. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String name;
    private String owner;
    private final List<String> objectives = new ArrayList<>();
    private Money budget;
    private Object start;
    private Object end;
    private InitiativeStatus status = InitiativeStatus.PLANNED;

    private Builder(String id, String name) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * {@return this builder}
     *
     * @param owner who runs it
     */
    public Builder owner(String owner) {
      this.owner = Objects.requireNonNull(owner, "owner");
      return this;
    }

    /**
     * Adds objectives this initiative serves.
     *
     * @param objectiveIds objective ids
     * @return this builder
     */
    public Builder serves(String... objectiveIds) {
      for (String o : objectiveIds) {
        objectives.add(Objects.requireNonNull(o, "objective"));
      }
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param budget the budget
     */
    public Builder budget(Money budget) {
      this.budget = Objects.requireNonNull(budget, "budget");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param amount the budget amount
     * @param currency the ISO 4217 currency code
     */
    public Builder budget(double amount, String currency) {
      return budget(Money.of(amount, currency));
    }

    /**
     * {@return this builder}
     *
     * @param start the start date
     */
    public Builder start(LocalDate start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param isoDate the start date as {@code yyyy-mm-dd}
     */
    public Builder start(String isoDate) {
      this.start = Objects.requireNonNull(isoDate, "isoDate");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param end the end date
     */
    public Builder end(LocalDate end) {
      this.end = Objects.requireNonNull(end, "end");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param isoDate the end date as {@code yyyy-mm-dd}
     */
    public Builder end(String isoDate) {
      this.end = Objects.requireNonNull(isoDate, "isoDate");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param status the status
     */
    public Builder status(InitiativeStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    String id() {
      return id;
    }

    List<String> objectives() {
      return objectives;
    }

    /**
     * Builds the initiative.
     *
     * @return the initiative
     * @throws io.github.bsckit.core.ValidationException listing every problem, relative to the initiative
     */
    public Initiative build() {
      Checks c = new Checks();
      InitiativeId initiativeId = c.id("id", id, InitiativeId::of);
      List<ObjectiveId> served = new ArrayList<>();
      for (int i = 0; i < objectives.size(); i++) {
        ObjectiveId o = c.id("objectives", i, "", objectives.get(i), ObjectiveId::of);
        if (o != null) {
          served.add(o);
        }
      }
      LocalDate s = start == null ? null : c.date("start", start);
      LocalDate e = end == null ? null : c.date("end", end);
      Initiative built = c.attempt("", () -> new Initiative(initiativeId == null ? InitiativeId.of("x") : initiativeId,
          name, Optional.ofNullable(owner), served, Optional.ofNullable(budget), Optional.ofNullable(s),
          Optional.ofNullable(e), status));
      c.throwIfAny();
      return built;
    }
  }
}
