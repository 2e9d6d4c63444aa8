package io.github.bsckit.testkit.model;

import java.util.List;
import java.util.Map;

/**
 * The words generated scorecards are made of: plausible, so that a shrunk counterexample reads like a real
 * scorecard, with non-ASCII and markup characters among them, so that writers and renderers are exercised.
 * Lists, not sets: their order is part of every seed's result.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final List<String> SCORECARD_NAMES = List.of("Acme Retail", "Northwind Health", "City of Springfield",
      "Globex Logistics", "Initech Software", "Société Générale de Café", "株式会社サンプル", "Müller & Söhne <GmbH>");

  static final List<String> VISIONS = List.of("Be the region's most trusted retailer by 2030",
      "Healthy communities, one patient at a time", "Être la référence du café responsable");

  static final List<String> MISSIONS = List.of("We make everyday goods easy to buy",
      "We deliver public services that residents value", "Wir liefern pünktlich, überall");

  static final Map<String, List<String>> OBJECTIVES_BY_PERSPECTIVE = Map.of(
      "financial", List.of("Grow Revenue", "Improve Profitability", "Reduce Operating Cost",
          "Grow Lifetime Customer Value", "Diversify Revenue Streams", "Improve Asset Utilisation"),
      "customer", List.of("Increase Customer Retention", "Improve Customer Satisfaction", "Win New Customers",
          "Deliver On Time", "Be the Trusted Partner", "Offer the Best Price"),
      "internal-process", List.of("Streamline Order Fulfilment", "Improve Product Quality",
          "Shorten Time to Market", "Excel at Customer Service", "Reduce Process Defects", "Comply with Regulation"),
      "learning-growth", List.of("Train Staff on the New CRM", "Build a Culture of Innovation",
          "Retain Key Talent", "Modernise Core Systems", "Improve Data Quality", "Align Goals Across Teams"));

  static final List<String> OBJECTIVES = List.of("Fulfil the Mission", "Serve the Community",
      "Reduce Carbon Footprint", "Engage Stakeholders", "Améliorer la satisfaction client",
      "Kundenbindung erhöhen", "顧客満足度を高める", "Увеличить выручку", "زيادة رضا العملاء", "고객 유지율 향상",
      "Cut \"waste\" & <rework>");

  static final List<String> OWNERS = List.of("CFO", "Head of Sales", "COO", "HR Director", "Chief Data Officer",
      "José Álvarez", "李伟", "Zoë O'Brien", "Ana-Maria Popescu");

  static final List<String> DESCRIPTIONS = List.of("Agreed at the annual strategy retreat.",
      "Measured monthly; reviewed by the board each quarter.", "Voir la note de cadrage du 12 mars.");

  static final List<String> RATIONALES = List.of("Trained staff convert more demos",
      "Fewer defects mean fewer complaints", "Loyal customers buy more over time",
      "Des délais courts fidélisent la clientèle");

  static final List<String> THEMES = List.of("Operational excellence", "Customer intimacy", "Product leadership",
      "Growth", "Sustainability", "Digital transformation", "Cost leadership");

  static final List<String> THEME_DESCRIPTIONS = List.of("Do the basics better than anyone",
      "Know every customer by name", "Be first to market");

  static final List<String> INITIATIVES = List.of("CRM roll-out", "Lean programme", "Leadership academy",
      "Data platform", "Customer loyalty scheme", "ISO 9001 certification", "Nouvelle chaîne logistique");

  static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF");

  /** Custom perspectives as {id, name}; the classic four are in {@code Perspective.classic()}. */
  static final List<List<String>> CUSTOM_PERSPECTIVES = List.of(List.of("mission", "Mission"),
      List.of("stakeholder", "Stakeholder"), List.of("sustainability", "Sustainability"),
      List.of("community", "Community"), List.of("people", "People"), List.of("operations", "Operations"),
      List.of("innovation", "Innovation"), List.of("partners", "Partners"), List.of("resources", "Resources"));

  static final List<String> WORDS = List.of("growth", "quality", "value", "service", "trust", "speed", "cost",
      "talent", "data", "care", "qualité", "Wachstum", "成長", "рост");
}
