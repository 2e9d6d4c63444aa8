package io.github.bsckit.examples;

import io.github.bsckit.core.io.ActualsCsv;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Forty months of Acme Retail's history (June 2023 to September 2026), for testing its strategy map's links
 * against data ({@code bsc evidence acme-retail.yaml --actuals acme-retail-history.csv}). Each objective's
 * primary KPI moves by its causes' moves some months earlier plus noise, so that the evidence has something to
 * find: most links hold; brand trust turns out to pull customer lifetime value <em>down</em> (the campaigns drew
 * bargain hunters), which contradicts the link C2 -&gt; F1; engagement does nothing for first-contact
 * resolution (L2 -&gt; P2); the analytics team was only hired in October 2025, so L4 -&gt; P4 lacks data; and
 * relevant offers also keep customers (P4 -&gt; C1), a link nobody drew. Deterministic: a fixed seed.
 */
public final class AcmeRetailHistory {
  /** The first month of the history. */
  public static final YearMonth FIRST = YearMonth.of(2023, 6);
  /** The last month, the last of the document's own actuals, which the history replaces for these KPIs. */
  public static final YearMonth LAST = YearMonth.of(2026, 9);
  /** Where the CSV is kept, relative to the repository root. */
  public static final String FILE = "bsc-examples/documents/acme-retail-history.csv";

  /** One driver of a KPI: its cause's move {@code lag} months earlier, times {@code beta}. */
  private record Driver(String cause, int lag, double beta) {}

  private AcmeRetailHistory() {}

  /** Each primary KPI's drivers, in an order where causes come before their effects. */
  private static Map<String, List<Driver>> drivers() {
    Map<String, List<Driver>> d = new LinkedHashMap<>();
    d.put("crm-certified", List.of());
    d.put("engagement", List.of());
    d.put("stores-on-new-pos", List.of());
    d.put("offer-uptake", List.of());
    d.put("demo-conversion", List.of(new Driver("crm-certified", 3, 0.9)));
    d.put("first-contact-resolution", List.of()); // engagement does not move it: L2 -> P2 finds nothing
    d.put("replenishment-lead-time", List.of(new Driver("stores-on-new-pos", 2, 0.9)));
    d.put("retention", List.of(new Driver("demo-conversion", 1, 0.8), new Driver("first-contact-resolution", 1, 0.6),
        new Driver("offer-uptake", 1, 1.1))); // the last one nobody drew
    d.put("brand-trust", List.of(new Driver("first-contact-resolution", 6, 0.9)));
    d.put("on-shelf-availability", List.of(new Driver("replenishment-lead-time", 1, 0.8)));
    d.put("online-active-customers", List.of(new Driver("offer-uptake", 1, 0.8)));
    d.put("clv", List.of(new Driver("retention", 1, 0.8), new Driver("brand-trust", 1, -0.8)));
    d.put("operating-margin", List.of(new Driver("on-shelf-availability", 1, 0.8)));
    d.put("online-revenue-share", List.of(new Driver("online-active-customers", 1, 0.8)));
    return d;
  }

  /** {@return the history: monthly values of every primary KPI but the new analysts-hired} */
  public static Actuals actuals() {
    Scorecard acme = AcmeRetail.scorecard();
    Random random = new Random(2026_13L);
    int months = (int) FIRST.until(LAST, ChronoUnit.MONTHS) + 1;
    Map<String, double[]> moves = new LinkedHashMap<>();
    for (Map.Entry<String, List<Driver>> e : drivers().entrySet()) {
      double[] m = new double[months];
      for (int t = 0; t < months; t++) {
        m[t] = random.nextGaussian();
        for (Driver d : e.getValue()) {
          m[t] += t >= d.lag() ? d.beta() * moves.get(d.cause())[t - d.lag()] : 0;
        }
      }
      moves.put(e.getKey(), m);
    }
    Actuals.Builder b = Actuals.builder();
    for (Map.Entry<String, double[]> e : moves.entrySet()) {
      Kpi kpi = acme.kpi(KpiId.of(e.getKey())).orElseThrow();
      double base = kpi.baseline().orElseThrow().value();
      double gap = kpi.target().orElseThrow().value() - base;
      // Oriented moves become values: better is up for INCREASE KPIs, down for DECREASE ones.
      double sign = kpi.direction() == Direction.DECREASE ? -1 : 1;
      double scale = Math.abs(gap) / 10;
      double level = base - gap * 0.6;
      for (int t = 0; t < months; t++) {
        level += gap / 30 + sign * scale * e.getValue()[t];
        b.add(kpi.id(), FIRST.plusMonths(t).atEndOfMonth(),
            BigDecimal.valueOf(level).setScale(kpi.precision() + 1, RoundingMode.HALF_EVEN).doubleValue());
      }
    }
    return b.build();
  }

  /** {@return the history as CSV, {@code kpi,date,value}} */
  public static String csv() {
    return ActualsCsv.write(actuals(), AcmeRetail.scorecard());
  }

  /**
   * Writes {@value #FILE}.
   *
   * @param args optional target file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : FILE);
    Files.writeString(file, csv(), StandardCharsets.UTF_8);
    System.out.println("wrote " + file);
  }
}
