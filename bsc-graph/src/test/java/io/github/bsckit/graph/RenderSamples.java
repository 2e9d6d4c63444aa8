package io.github.bsckit.graph;

import io.github.bsckit.graph.export.MapExport;
import io.github.bsckit.graph.map.StrategyMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
  }

  private static void write(Path dir, String name, StrategyMap map) throws IOException {
    Files.writeString(dir.resolve(name + ".svg"), MapExport.svg(map), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".dot"), MapExport.dot(map), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".mmd"), MapExport.mermaid(map), StandardCharsets.UTF_8);
  }
}
