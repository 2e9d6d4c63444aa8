/**
 * Link evidence: tests the strategy map's cause-and-effect links against the actuals, with false-discovery
 * control across links, panel evidence across units, and suggestions of links nobody drew. Start with
 * {@link io.github.bsckit.analytics.evidence.EvidenceAnalysis#defaults()}.
 */
package io.github.bsckit.analytics.evidence;
