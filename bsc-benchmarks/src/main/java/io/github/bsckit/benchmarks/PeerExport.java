package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.map.StrategyMap;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmarks' mesh maps as plain text for the peer scripts in {@code bsc-benchmarks/peers/}, so
 * that networkx works on exactly the graphs bsc-kit and JGraphT are measured on. One file per size,
 * {@code mesh-N.tsv}: a line {@code node<TAB>id<TAB>rank} per objective (rank 0 is the bottom row), then
 * {@code edge<TAB>from<TAB>to} per link.
 *
 * <p>Usage: {@code java -cp bsc-benchmarks/target/benchmarks.jar io.github.bsckit.benchmarks.PeerExport DIR
 * SIZE...}
 */
public final class PeerExport {
  private PeerExport() {}

  /**
   * Writes one file per size.
   *
   * @param args the output directory, then one or more sizes (multiples of 4)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: PeerExport DIR SIZE...");
      System.exit(64);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      int size = Integer.parseInt(args[i]);
      Scorecard s = Fixtures.mesh(size / 4);
      StrategyMap map = StrategyMap.of(s);
      Path out = dir.resolve("mesh-" + size + ".tsv");
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (Objective o : s.objectives()) {
          w.write("node\t" + o.id() + "\t" + map.rankOf(o.id()) + "\n");
        }
        for (CausalLink l : s.links()) {
          w.write("edge\t" + l.from() + "\t" + l.to() + "\n");
        }
      }
      System.out.println(out + ": " + s.objectives().size() + " objectives, " + s.links().size()
          + " links, JGraphT baseline finds " + MapValidationBenchmark.structuralProblems(s) + " problems");
    }
  }
}
