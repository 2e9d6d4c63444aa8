package io.github.bsckit.graph;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.export.MapExport;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.export.SvgOptions;
import io.github.bsckit.graph.map.StrategyMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the sample pictures (not a test): {@code java ... RenderSamples OUT_DIR} writes crm-chain.svg,
 * retail-25.svg and their DOT and Mermaid forms, odd-statuses.svg (every kind of arrow, by status),
 * within-perspective.svg (ten links inside one perspective, five into one box) and long-names.svg (a 150-character
 * name, CJK and wide Latin), to render with rsvg-convert and look at. README shows retail-25.svg as
 * docs/strategy-map.svg and within-perspective.svg as docs/within-perspective-links.svg.
 */
public final class RenderSamples {
  private RenderSamples() {}

  /**
   * Writes the samples.
   *
   * @param args the output directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/samples");
    Files.createDirectories(out);
    write(out, "crm-chain", StrategyMap.of(Fixtures.crmChain()));
    write(out, "retail-25", StrategyMap.of(Fixtures.retail25()));
    // Every kind of arrow the rules complain about, coloured by status.
    StrategyMap odd = StrategyMap.of(Fixtures.crmBuilder()
        .objective("P2", "Manage Supplier Contracts & \"Terms\"", "internal-process")
        .objective("L2", "Hire Data Analysts", "learning-growth")
        .link("P2", "L1").link("P2", "P1", l -> l.inverse()).link("P2", "P2").link("L2", "F1", l -> l.weak())
        .link("L2", "P2").build());
    Files.writeString(out.resolve("odd-statuses.svg"), MapExport.svg(odd, SvgOptions.defaults().withStatuses(Map.of(
        ObjectiveId.of("F1"), Status.ON_TRACK, ObjectiveId.of("C1"), Status.AT_RISK,
        ObjectiveId.of("P2"), Status.OFF_TRACK))), StandardCharsets.UTF_8);
    Scorecard.Builder within = Scorecard.builder("Ten links within one perspective")
        .theme("T1", "Growth").theme("T2", "Efficiency")
        .objective("F1", "Grow Revenue", "financial", o -> o.theme("T1", "T2"));
    for (int i = 1; i <= 6; i++) {
      int n = i;
      within.objective("C" + i, "Customer Objective Number " + i, "customer", o -> o.theme(n % 2 == 0 ? "T1" : "T2"));
    }
    within.link("C1", "C3").link("C2", "C3").link("C4", "C3").link("C5", "C3").link("C6", "C3").link("C1", "C2")
        .link("C6", "C5").link("C1", "C6").link("C2", "C5").link("C4", "C5").link("C3", "F1");
    Files.writeString(out.resolve("within-perspective.svg"), MapExport.svg(StrategyMap.of(within.build()),
        SvgOptions.defaults().withStatuses(Map.of(ObjectiveId.of("C3"), Status.AT_RISK, ObjectiveId.of("F1"),
            Status.ON_TRACK, ObjectiveId.of("C5"), Status.OFF_TRACK, ObjectiveId.of("C1"), Status.ON_TRACK))
            .withAsOf(java.time.LocalDate.parse("2026-09-30"))), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("long-names.svg"), MapExport.svg(StrategyMap.of(Scorecard.builder(
            "A scorecard whose name is long enough to need more than one line above a small map")
        .objective("R1", "Ensure that every resident of the municipality, regardless of district, income or "
            + "language, can reach a public service point within fifteen minutes", "customer")
        .objective("R2", "\u9867\u5ba2\u6e80\u8db3\u5ea6\u3092\u9ad8\u3081\u3001\u5730\u57df\u793e\u4f1a\u3068"
            + "\u306e\u4fe1\u983c\u95a2\u4fc2\u3092\u5f37\u5316\u3059\u308b", "customer")
        .objective("R3", "WWWWWWWWWWWWWWWWWWWWWWWW MMMMMMMMMMMMMMMMMM", "financial")
        .objective("R4", "Short", "internal-process")
        .link("R4", "R1").link("R4", "R2").link("R1", "R3").build())), StandardCharsets.UTF_8);
  }

  private static void write(Path dir, String name, StrategyMap map) throws IOException {
    Files.writeString(dir.resolve(name + ".svg"), MapExport.svg(map), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".dot"), MapExport.dot(map), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".mmd"), MapExport.mermaid(map), StandardCharsets.UTF_8);
  }
}
