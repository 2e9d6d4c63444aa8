package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * An arrow of the strategy map: the hypothesis that achieving {@code from} drives {@code to}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CausalLink link = CausalLink.of("L1", "P1").withStrength(Strength.STRONG)
 *     .withRationale("Trained staff convert more demos");
 * }</pre>
 *
 * @param from the cause
 * @param to the effect
 * @param strength how strongly the cause drives the effect, if estimated
 * @param polarity whether the effect moves with the cause or against it
 * @param lag how long the effect takes to show, if estimated; never negative
 * @param rationale the hypothesis in words, if written down
 * @param basis whether the link is a hypothesis to test ({@link LinkBasis#EMPIRICAL}, the default) or holds by
 *     definition
 */
public record CausalLink(
    ObjectiveId from,
    ObjectiveId to,
    Optional<Strength> strength,
    Polarity polarity,
    Optional<Period> lag,
    Optional<String> rationale,
    LinkBasis basis) {

  /**
   * The longest lag, in years: strategies play out over years, not eons, and a bound keeps date arithmetic
   * on lags (a lag of {@code P999999999W} overflows) well inside what {@link java.time.LocalDate} can hold.
   */
  public static final int MAX_LAG_YEARS = 100;

  /**
   * Validates the components.
   *
   * @param from the cause
   * @param to the effect
   * @param strength how strongly the cause drives the effect, if estimated
   * @param polarity whether the effect moves with the cause or against it
   * @param lag how long the effect takes to show, if estimated; never negative
   * @param rationale the hypothesis in words, if written down
   * @param basis whether the link is a hypothesis or a definition
   * @throws io.github.bsckit.core.ValidationException if the lag is negative or longer than
   *     {@value #MAX_LAG_YEARS} years, or the rationale blank
   */
  public CausalLink {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(lag, "lag");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(basis, "basis");
    Checks c = new Checks();
    lag.ifPresent(p -> {
      if (p.isNegative()) {
        c.add("lag", "must not be negative but was " + p);
      } else if (p.toTotalMonths() * (365.2425 / 12) + p.getDays() > MAX_LAG_YEARS * 365.2425) {
        c.add("lag", "must be at most " + MAX_LAG_YEARS + " years (P" + MAX_LAG_YEARS + "Y) but was " + p);
      }
    });
    c.text("rationale", rationale);
    c.throwIfAny();
  }

  /**
   * An {@link LinkBasis#EMPIRICAL empirical} link: the constructor links had before they carried a basis.
   *
   * @param from the cause
   * @param to the effect
   * @param strength how strongly the cause drives the effect, if estimated
   * @param polarity whether the effect moves with the cause or against it
   * @param lag how long the effect takes to show, if estimated; never negative
   * @param rationale the hypothesis in words, if written down
   * @throws io.github.bsckit.core.ValidationException as the canonical constructor
   */
  public CausalLink(ObjectiveId from, ObjectiveId to, Optional<Strength> strength, Polarity polarity,
      Optional<Period> lag, Optional<String> rationale) {
    this(from, to, strength, polarity, lag, rationale, LinkBasis.EMPIRICAL);
  }

  /**
   * A direct link of unspecified strength, lag and rationale.
   *
   * @param from the cause
   * @param to the effect
   * @return the link
   */
  public static CausalLink of(ObjectiveId from, ObjectiveId to) {
    return new CausalLink(from, to, Optional.empty(), Polarity.DIRECT, Optional.empty(), Optional.empty(),
        LinkBasis.EMPIRICAL);
  }

  /**
   * A direct link of unspecified strength, lag and rationale.
   *
   * @param from the cause's id
   * @param to the effect's id
   * @return the link
   */
  public static CausalLink of(String from, String to) {
    return of(ObjectiveId.of(from), ObjectiveId.of(to));
  }

  /**
   * The strength used by analyses: the estimate when there is one, else {@link Strength#UNSTATED} (moderate,
   * 0.6), so that an arrow nobody weighed neither outranks one marked strong nor passes a change on in full.
   *
   * @return a number in (0, 1]
   */
  public double effectiveStrength() {
    return strength.isPresent() ? strength.get().value() : Strength.UNSTATED.value();
  }

  /** {@return true if the link starts and ends at the same objective} */
  public boolean isSelfLink() {
    return from.equals(to);
  }

  /**
   * {@return this link with a strength}
   *
   * @param strength the strength
   */
  public CausalLink withStrength(Strength strength) {
    return new CausalLink(from, to, Optional.of(strength), polarity, lag, rationale, basis);
  }

  /**
   * {@return this link with a polarity}
   *
   * @param polarity the polarity
   */
  public CausalLink withPolarity(Polarity polarity) {
    return new CausalLink(from, to, strength, polarity, lag, rationale, basis);
  }

  /**
   * {@return this link with an expected lag}
   *
   * @param lag the lag, not negative
   */
  public CausalLink withLag(Period lag) {
    return new CausalLink(from, to, strength, polarity, Optional.of(lag), rationale, basis);
  }

  /**
   * {@return this link with a rationale}
   *
   * @param rationale the hypothesis in words
   */
  public CausalLink withRationale(String rationale) {
    return new CausalLink(from, to, strength, polarity, lag, Optional.of(rationale), basis);
  }

  /**
   * {@return this link with a basis}
   *
   * @param basis {@link LinkBasis#DEFINITIONAL} for a link that holds by definition
   */
  public CausalLink withBasis(LinkBasis basis) {
    return new CausalLink(from, to, strength, polarity, lag, rationale, basis);
  }

  /** {@return true if the link is a hypothesis the actuals can test, not a definition} */
  public boolean isEmpirical() {
    return basis == LinkBasis.EMPIRICAL;
  }

  /** {@return for example {@code L1 -> P1 (strong)}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(from).append(" -> ").append(to);
    StringBuilder extra = new StringBuilder();
    strength.ifPresent(s -> extra.append(s));
    if (polarity == Polarity.INVERSE) {
      extra.append(extra.length() > 0 ? ", " : "").append("inverse");
    }
    lag.ifPresent(l -> extra.append(extra.length() > 0 ? ", " : "").append("lag ").append(l));
    if (basis == LinkBasis.DEFINITIONAL) {
      extra.append(extra.length() > 0 ? ", " : "").append("definitional");
    }
    return extra.length() > 0 ? sb.append(" (").append(extra).append(')').toString() : sb.toString();
  }

  /** Sets the optional fields of a link in the scorecard builder. Not thread-safe. */
  public static final class Builder {
    private Strength strength;
    private Polarity polarity = Polarity.DIRECT;
    private Period lag;
    private String rationale;
    private LinkBasis basis = LinkBasis.EMPIRICAL;

    Builder() {}

    /**
     * {@return this builder}
     *
     * @param strength the strength
     */
    public Builder strength(Strength strength) {
      this.strength = Objects.requireNonNull(strength, "strength");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value a strength in (0, 1]
     */
    public Builder strength(double value) {
      return strength(Strength.of(value));
    }

    /** {@return this builder, weak} */
    public Builder weak() {
      return strength(Strength.WEAK);
    }

    /** {@return this builder, moderate} */
    public Builder moderate() {
      return strength(Strength.MODERATE);
    }

    /** {@return this builder, strong} */
    public Builder strong() {
      return strength(Strength.STRONG);
    }

    /** {@return this builder, inverse polarity} */
    public Builder inverse() {
      this.polarity = Polarity.INVERSE;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param polarity the polarity
     */
    public Builder polarity(Polarity polarity) {
      this.polarity = Objects.requireNonNull(polarity, "polarity");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param lag the expected lag
     */
    public Builder lag(Period lag) {
      this.lag = Objects.requireNonNull(lag, "lag");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param rationale the hypothesis in words
     */
    public Builder rationale(String rationale) {
      this.rationale = Objects.requireNonNull(rationale, "rationale");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param basis whether the link is a hypothesis or a definition
     */
    public Builder basis(LinkBasis basis) {
      this.basis = Objects.requireNonNull(basis, "basis");
      return this;
    }

    /** {@return this builder, marking a link that holds by definition and is not tested} */
    public Builder definitional() {
      return basis(LinkBasis.DEFINITIONAL);
    }

    CausalLink build(ObjectiveId from, ObjectiveId to) {
      return new CausalLink(from, to, Optional.ofNullable(strength), polarity, Optional.ofNullable(lag),
          Optional.ofNullable(rationale), basis);
    }
  }
}
