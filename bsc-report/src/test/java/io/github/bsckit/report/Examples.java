package io.github.bsckit.report;

import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Indicator;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The example documents, a large generated scorecard, and their reports, for the report's tests. */
final class Examples {
  static final Path DOCUMENTS = Path.of("..", "bsc-examples", "documents");
  static final LocalDate AS_OF = LocalDate.parse("2026-09-30");

  private Examples() {}

  /** {@return every example document, by file name} */
  static List<Path> documents() {
    try (Stream<Path> files = Files.list(DOCUMENTS)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<Path, ScorecardReport> REPORTS = new ConcurrentHashMap<>();

  /** {@return the report of an example document as of {@link #AS_OF}, made once: reports are immutable} */
  static ScorecardReport report(Path document) {
    return REPORTS.computeIfAbsent(document, d -> {
      ScorecardDocument doc = DocumentReader.readFile(d);
      return ScorecardReport.builder(doc.scorecard()).actuals(doc.actuals()).asOf(AS_OF).build();
    });
  }

  /**
   * A scorecard of {@code objectives} objectives over the four classic perspectives, each with three KPIs with a
   * year of monthly actuals and a link to an objective in the row above: the size of a large organisation's
   * cascaded scorecard.
   */
  static ScorecardReport large(int objectives) {
    Random random = new Random(42);
    List<Perspective> rows = Perspective.classic();
    Scorecard.Builder b = Scorecard.builder("Generated scorecard of " + objectives + " objectives")
        .vision("A generated strategy large enough to measure the report on");
    for (int t = 1; t <= 4; t++) {
      b.theme(Theme.of("T" + t, "Theme number " + t));
    }
    Actuals.Builder actuals = Actuals.builder();
    List<List<String>> idsByRow = new ArrayList<>();
    rows.forEach(r -> idsByRow.add(new ArrayList<>()));
    for (int i = 0; i < objectives; i++) {
      int row = i % rows.size();
      String id = "O" + (i + 1);
      Objective.Builder o = Objective.builder(id, "Objective " + (i + 1) + " improving something measurable",
          rows.get(row).id().value()).theme("T" + (1 + i % 4)).owner("Owner " + (i % 17));
      for (int k = 0; k < 3; k++) {
        String kpi = id + "-k" + k;
        double base = 40 + random.nextInt(20);
        o.kpi(Kpi.builder(kpi, "Measure " + k + " of objective " + (i + 1)).unit("%")
            .indicator(k == 0 ? Indicator.LEADING : Indicator.LAGGING).direction(Direction.INCREASE)
            .kind(KpiKind.LEVEL).baseline(base, "2026-01-01").target(base + 30, "2026-12-31").build());
        for (int m = 1; m <= 9; m++) {
          actuals.add(KpiId.of(kpi), LocalDate.of(2026, m, 1).plusMonths(1).minusDays(1),
              base + m * (1 + random.nextDouble() * 3));
        }
      }
      b.objective(o.build());
      idsByRow.get(row).add(id);
    }
    // Perspectives are listed top to bottom: each objective below the top row drives one in the row above.
    for (int row = 1; row < rows.size(); row++) {
      List<String> above = idsByRow.get(row - 1);
      for (String id : idsByRow.get(row)) {
        b.link(CausalLink.of(id, above.get(random.nextInt(above.size()))));
      }
    }
    return ScorecardReport.builder(b.build()).actuals(actuals.build()).asOf(AS_OF).build();
  }
}
