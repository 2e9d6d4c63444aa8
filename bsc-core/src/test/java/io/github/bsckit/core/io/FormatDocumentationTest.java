package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/format.md} and the JSON Schema from drifting apart: the page documents exactly the
 * objects and keys the schema describes, with the same required keys and every allowed value, and every
 * example on the page reads and conforms.
 */
class FormatDocumentationTest {
  private static final Path PAGE = Path.of("..", "docs", "format.md");
  private static final Pattern SECTION = Pattern.compile("^#{2,3} .*\\(`(#[^`]*)`\\)\\s*$");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (yes|no) \\|");
  private static final Pattern EXAMPLE = Pattern.compile("```(yaml|json)\\n(.*?)```", Pattern.DOTALL);

  /** A documented object: its keys and which are required, as the page's table lists them. */
  record Table(List<String> keys, List<String> required) {}

  @Test
  void documentsExactlyTheObjectsAndKeysOfTheSchemaWithTheirRequiredKeys() throws IOException {
    Map<String, Table> page = tables(Files.readAllLines(PAGE));
    Map<String, Table> schema = new LinkedHashMap<>();
    SchemaTree.objects().forEach((pointer, o) -> schema.put(pointer, new Table(o.keys(),
        o.keys().stream().filter(o.required()::contains).toList())));
    assertThat(page).containsExactlyInAnyOrderEntriesOf(schema);
  }

  @Test
  void namesEveryValueTheSchemaAllows() throws IOException {
    String text = Files.readString(PAGE);
    Set<String> values = new LinkedHashSet<>();
    enums(SchemaTree.root(), values);
    assertThat(values).hasSizeGreaterThan(40).allSatisfy(v -> assertThat(text).contains("`" + v + "`"));
  }

  @Test
  void everyExampleDocumentReadsAndConformsToTheSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(DocumentSchema.text(), InputFormat.JSON);
    Matcher m = EXAMPLE.matcher(Files.readString(PAGE));
    int examples = 0;
    while (m.find()) {
      Format format = m.group(1).equals("json") ? Format.JSON : Format.YAML;
      String example = m.group(2);
      if (example.startsWith("bsc-portfolio:")) {
        continue; // a portfolio document: PortfolioSchemaTest reads those against their own schema
      }
      ScorecardDocument doc = DocumentReader.of(format).read(example, "docs/format.md example " + (examples + 1));
      assertThat(doc.scorecard().name()).isNotBlank();
      assertThat(schema.validate(example, format == Format.JSON ? InputFormat.JSON : InputFormat.YAML))
          .as(example).isEmpty();
      examples++;
    }
    assertThat(examples).isGreaterThanOrEqualTo(SchemaTree.objects().size());
  }

  private static Map<String, Table> tables(List<String> lines) {
    Map<String, Table> tables = new LinkedHashMap<>();
    String pointer = null;
    for (String line : lines) {
      Matcher section = SECTION.matcher(line);
      if (section.matches()) {
        pointer = section.group(1);
        tables.put(pointer, new Table(new ArrayList<>(), new ArrayList<>()));
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (pointer != null && row.find()) {
        tables.get(pointer).keys().add(row.group(1));
        if (row.group(2).equals("yes")) {
          tables.get(pointer).required().add(row.group(1));
        }
      }
    }
    return tables;
  }

  private static void enums(Node node, Set<String> values) {
    if (node instanceof Node.ListNode list) {
      list.items().forEach(n -> enums(n, values));
    } else if (node instanceof Node.MapNode map) {
      map.entries().forEach((key, e) -> {
        if (key.equals("enum")) {
          ((Node.ListNode) e.value()).items().forEach(v -> values.add(((Node.Scalar) v).text()));
        } else {
          enums(e.value(), values);
        }
      });
    }
  }
}
