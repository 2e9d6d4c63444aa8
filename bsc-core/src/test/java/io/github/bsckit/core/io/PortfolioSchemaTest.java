package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.portfolio.Aggregation;
import io.github.bsckit.core.portfolio.MissingData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the portfolio schema true: it is a valid draft 2020-12 schema, describes the keys the reader reads, and
 * every portfolio example of {@code docs/format.md} reads and conforms to it (inline scorecards by the scorecard
 * schema it refers to).
 */
class PortfolioSchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemas(Map.of(DocumentSchema.ID, DocumentSchema.text(), DocumentSchema.PORTFOLIO_ID,
          DocumentSchema.portfolioText())));
  private static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(DocumentSchema.PORTFOLIO_ID));
  private static final Pattern EXAMPLE = Pattern.compile("```(yaml|json)\\n(bsc-portfolio: 1.*?|\\{\\s*\"bsc-portfolio\".*?)```",
      Pattern.DOTALL);

  private static Node.MapNode tree() {
    return (Node.MapNode) TreeReader.read(DocumentSchema.portfolioText(), Format.JSON, ReadLimits.defaults(),
        new Problems("schema"));
  }

  private static List<String> keys(Node.MapNode object) {
    Node.MapNode properties = (Node.MapNode) object.entries().get("properties").value();
    return List.copyOf(properties.entries().keySet());
  }

  private static Node.MapNode def(String name) {
    return (Node.MapNode) ((Node.MapNode) tree().entries().get("$defs").value()).entries().get(name).value();
  }

  @Test
  void isAValidDraft202012SchemaWithThePublishedId() {
    assertThat(SchemaTree.text(tree(), "$id")).isEqualTo(DocumentSchema.PORTFOLIO_ID);
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(DocumentSchema.portfolioText(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void describesExactlyTheKeysTheReaderReads() {
    assertThat(keys(tree())).isEqualTo(PortfolioDecoder.TOP);
    assertThat(keys(def("unit"))).isEqualTo(PortfolioDecoder.UNIT);
    assertThat(keys(def("alignment"))).isEqualTo(PortfolioDecoder.ALIGNMENT);
    assertThat(keys(def("rollUp"))).isEqualTo(PortfolioDecoder.ROLLUP);
    assertThat(DocumentSchema.portfolioText()).contains(Stream.of(Aggregation.values()).map(a -> "\"" + a.key() + "\"")
        .toList()).contains(Stream.of(MissingData.values()).map(m -> "\"" + m.key() + "\"").toList());
  }

  @Test
  void everyPortfolioExampleOfTheFormatPageReadsAndConforms() throws IOException {
    Matcher m = EXAMPLE.matcher(Files.readString(Path.of("..", "docs", "format.md")));
    int examples = 0;
    while (m.find()) {
      Format format = m.group(1).equals("json") ? Format.JSON : Format.YAML;
      PortfolioDocument doc = PortfolioReader.of(format).read(m.group(2), "format.md portfolio example");
      assertThat(doc.portfolio().units()).isNotEmpty();
      assertThat(SCHEMA.validate(m.group(2), format == Format.JSON ? InputFormat.JSON : InputFormat.YAML))
          .as(m.group(2)).isEmpty();
      assertThat(PortfolioWriter.of(format).write(doc)).isEqualTo(m.group(2));
      examples++;
    }
    assertThat(examples).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aRatioOfSumsWithSourcesBreaksTheSchemaAsTheReaderRefusesIt() {
    String text = """
        bsc-portfolio: 1
        name: P
        units:
        - id: corp
          name: Corp
          scorecard: corp.yaml
        rollUps:
        - kpi: corp/rate
          aggregation: ratio-of-sums
          sources: [a/x]
        """;
    assertThat(SCHEMA.validate(text, InputFormat.YAML)).isNotEmpty();
    try {
      PortfolioReader.of(Format.YAML).read(text, "p.yaml");
    } catch (DocumentException e) {
      assertThat(e.problems()).extracting(Problem::path).contains("rollUps[0].numerators", "rollUps[0].sources");
      return;
    }
    throw new AssertionError("the reader accepted a ratio-of-sums with sources");
  }
}
