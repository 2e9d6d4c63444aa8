package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.export.LinkStyle;
import io.github.bsckit.graph.export.SvgOptions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence for every link of a scorecard: one {@link LinkEvidence} per empirical link (in the scorecard's
 * order), the definitional links left untested, and the {@linkplain SuggestedLink links nobody drew}. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * EvidenceReport report = EvidenceAnalysis.defaults().analyse(scorecard, actuals);
 * String svg = MapExport.svg(StrategyMap.of(scorecard), report.svgOptions(SvgOptions.defaults()));
 * }</pre>
 *
 * @param options the settings the analysis ran with
 * @param links the evidence per empirical link
 * @param untested the links marked definitional, which are not hypotheses
 * @param suggestions candidate links, most significant first
 */
public record EvidenceReport(EvidenceOptions options, List<LinkEvidence> links, List<CausalLink> untested,
    List<SuggestedLink> suggestions) {

  /**
   * Copies the lists.
   *
   * @param options the settings
   * @param links the evidence per empirical link
   * @param untested the definitional links
   * @param suggestions candidate links
   */
  public EvidenceReport {
    Objects.requireNonNull(options, "options");
    links = List.copyOf(links);
    untested = List.copyOf(untested);
    suggestions = List.copyOf(suggestions);
  }

  /**
   * {@return the evidence for the link from cause to effect, if it was tested}
   *
   * @param cause the cause
   * @param effect the effect
   */
  public Optional<LinkEvidence> link(ObjectiveId cause, ObjectiveId effect) {
    return links.stream().filter(l -> l.link().from().equals(cause) && l.link().to().equals(effect)).findFirst();
  }

  /** {@return how many links got each verdict, every verdict present (zero when none)} */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    links.forEach(l -> counts.merge(l.verdict(), 1, Integer::sum));
    return counts;
  }

  /**
   * {@return how the map draws links with a verdict: supported solid green, contradicted solid red,
   * inconclusive grey dashed, insufficient data grey dotted}
   *
   * @param verdict the verdict
   */
  public static LinkStyle style(Verdict verdict) {
    return switch (verdict) {
      case SUPPORTED -> LinkStyle.of("#2e7d32", "", "supported");
      case CONTRADICTED -> LinkStyle.of("#c62828", "", "contradicted");
      case INCONCLUSIVE -> LinkStyle.of("#90a4ae", "7 4", "inconclusive");
      case INSUFFICIENT_DATA -> LinkStyle.of("#78909c", "2 3", "insufficient data");
    };
  }

  /**
   * {@return the given SVG options with every tested link styled by its verdict, its tooltip carrying r, lag and
   * q or the data needed}
   *
   * @param base the options to add the styles to
   */
  public SvgOptions svgOptions(SvgOptions base) {
    Objects.requireNonNull(base, "base");
    SvgOptions options = base;
    for (LinkEvidence e : links) {
      options = options.withLinkStyle(e.link().from(), e.link().to(), style(e.verdict()).withNote(e.figures()));
    }
    return options;
  }

  /** {@return for example {@code EvidenceReport[12 links: 7 supported, 1 contradicted, ...; 2 suggestions]}} */
  @Override
  public String toString() {
    Map<Verdict, Integer> c = counts();
    return "EvidenceReport[" + links.size() + " links: " + c.get(Verdict.SUPPORTED) + " supported, "
        + c.get(Verdict.CONTRADICTED) + " contradicted, " + c.get(Verdict.INCONCLUSIVE) + " inconclusive, "
        + c.get(Verdict.INSUFFICIENT_DATA) + " insufficient data; " + untested.size() + " definitional; "
        + suggestions.size() + " suggestions]";
  }
}
