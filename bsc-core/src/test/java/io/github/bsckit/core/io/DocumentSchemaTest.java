package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the published JSON Schema true: every example and every document the writer can write conforms to
 * it, and documents of the wrong shape do not.
 */
class DocumentSchemaTest {
  private static final Path RESOURCES = Path.of("src/test/resources/io/github/bsckit/core/io");
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(DocumentSchema.text(), InputFormat.JSON);

  @Test
  void isADraft202012SchemaWithThePublishedId() {
    Node.MapNode schema = SchemaTree.root();
    assertThat(SchemaTree.text(schema, "$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SchemaTree.text(schema, "$id")).isEqualTo(DocumentSchema.ID);
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(metaSchema.validate(DocumentSchema.text(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void describesExactlyTheKeysTheReaderReadsInTheOrderTheWriterWrites() {
    Map<String, List<String>> read = new LinkedHashMap<>();
    read.put("#", ScorecardDecoder.TOP);
    read.put("#/$defs/perspective", ScorecardDecoder.PERSPECTIVE);
    read.put("#/$defs/theme", ScorecardDecoder.THEME);
    read.put("#/$defs/objective", ObjectiveDecoder.OBJECTIVE);
    read.put("#/$defs/kpi", ObjectiveDecoder.KPI);
    read.put("#/$defs/kpi/properties/range", ObjectiveDecoder.RANGE);
    read.put("#/$defs/kpi/properties/scoring", ObjectiveDecoder.KPI_SCORING);
    read.put("#/$defs/datedValue", Values.DATED);
    read.put("#/$defs/target", ObjectiveDecoder.TARGET);
    read.put("#/$defs/thresholds", ObjectiveDecoder.THRESHOLDS);
    read.put("#/$defs/link", ScorecardDecoder.LINK);
    read.put("#/$defs/initiative", ScorecardDecoder.INITIATIVE);
    read.put("#/$defs/initiative/properties/budget", ScorecardDecoder.BUDGET);
    read.put("#/$defs/scoringPolicy", ScorecardDecoder.SCORING);
    read.put("#/$defs/actual", ScorecardDecoder.ACTUAL);
    Map<String, List<String>> described = new LinkedHashMap<>();
    SchemaTree.objects().forEach((pointer, object) -> described.put(pointer, object.keys()));
    assertThat(described).containsExactlyInAnyOrderEntriesOf(read);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleConforms(Path example) throws IOException {
    assertThat(errors(example)).isEmpty();
  }

  static Stream<Path> examples() throws IOException {
    return Stream.of("examples", "canonical").flatMap(dir -> {
      try {
        return Files.list(RESOURCES.resolve(dir)).sorted();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** The malformed documents whose fault is one of shape, which a schema can state. */
  @ParameterizedTest
  @ValueSource(strings = {"unknown-key-misspelt.yaml", "unknown-key-baseline-typo.yaml", "unknown-key-snake-case.yaml",
      "unknown-key-no-suggestion.yaml", "name-is-a-number.yaml", "objectives-not-a-list.yaml",
      "objective-not-a-map.yaml", "weight-not-a-number.yaml", "precision-out-of-range.yaml", "precision-not-whole.json",
      "fiscal-year-start-13.yaml", "owner-is-null.yaml", "themes-item-not-a-string.yaml",
      "objective-missing-perspective.yaml", "kpi-missing-name.json", "link-missing-to.yaml",
      "baseline-missing-date.yaml", "missing-name.yaml", "missing-version.yaml", "unknown-version.yaml",
      "version-as-string.json", "stage-misspelt.yaml", "indicator-unknown.yaml", "status-snake-case.yaml",
      "category-unknown.yaml", "strength-above-one.yaml", "strength-misspelt.yaml", "polarity-unknown.yaml",
      "date-not-iso.yaml", "date-is-a-number.json", "lag-not-a-period.yaml", "lag-negative.yaml",
      "range-without-direction-range.yaml", "id-with-a-space.yaml", "empty-perspectives.yaml",
      "scoring-method-not-kebab-case.yaml", "scoring-parameter-not-a-number.yaml", "budget-negative.json",
      "root-is-a-list.yaml", "root-is-a-string.json"})
  void rejectsDocumentsOfTheWrongShape(String file) throws IOException {
    assertThat(errors(RESOURCES.resolve("malformed").resolve(file))).isNotEmpty();
  }

  private static List<Error> errors(Path document) throws IOException {
    InputFormat format = document.toString().endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
    return SCHEMA.validate(Files.readString(document), format);
  }
}
