package io.github.bsckit.graph;

import io.github.bsckit.core.model.ObjectiveId;
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
 * retail-25.svg and their DOT and Mermaid forms, to render with rsvg-convert and look at.
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
  }

  private static void write(Path dir, String name, StrategyMap map) throws IOException {
    Files.writeString(dir.resolve(name + ".svg"), MapExport.svg(map), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".dot"), MapExport.dot(map), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".mmd"), MapExport.mermaid(map), StandardCharsets.UTF_8);
  }
}
