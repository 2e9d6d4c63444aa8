package io.github.bsckit.benchmarks;

import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.ScorecardDocument;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reading a scorecard document of {@code objectives} objectives (two KPIs each, 1.5 links per objective) into a
 * validated {@code Scorecard}. Baseline, in the same run: Jackson's tree read of the same text, the parse that
 * bsc-kit's reader cannot avoid; the ratio is what locating, checking and building cost on top of it. The
 * default size keeps a run short; the row is {@code -p objectives=10000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocumentReadBenchmark {
  /** Objectives in the document (a multiple of 4). */
  @Param({"1000"})
  public int objectives;

  /** The notation: {@code JSON} or {@code YAML}. */
  @Param({"JSON", "YAML"})
  public Format format;

  private String text;
  private DocumentReader reader;
  private ObjectMapper mapper;

  /** Writes the document once and checks that it reads back to the same scorecard. */
  @Setup
  public void setUp() {
    ScorecardDocument doc = ScorecardDocument.of(Fixtures.mesh(objectives / 4));
    text = DocumentWriter.of(format).write(doc);
    reader = DocumentReader.of(format);
    // SnakeYAML Engine stops at 3 MB of text by default, which the 10,000-objective YAML document exceeds (the
    // baseline failed there); bsc-kit's reader lifts that limit for its own ReadLimits, so the baseline does too.
    mapper = format == Format.JSON ? JsonMapper.builder().build() : YAMLMapper.builder(YAMLFactory.builder()
        .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).build()).build();
    if (!reader.read(text, "bench").equals(doc)) {
      throw new IllegalStateException("the document does not read back to what was written");
    }
  }

  /** {@return the document read and validated by bsc-kit} */
  @Benchmark
  public ScorecardDocument read() {
    return reader.read(text, "bench");
  }

  /** {@return Jackson's tree of the same text: the baseline} */
  @Benchmark
  public JsonNode baselineJacksonTree() {
    return mapper.readTree(text);
  }
}
