package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * README's JSON shapes are the spec of {@code --json}: every field of every object the commands print is listed
 * there, in order, with its type, and nothing else is printed.
 */
class ReadmeJsonShapesTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- json-shapes[^>]*-->\\s*```text\\n(.*?)```", Pattern.DOTALL);
  private static final List<Path> DOCUMENTS = List.of(CliRun.ACME,
      Path.of("..", "bsc-examples", "documents", "nimbus-analytics.yaml"),
      Path.of("..", "bsc-examples", "documents", "city-of-riverton.yaml"));

  private static final String HARBOUR = Path.of("..", "bsc-examples", "documents", "harbour-coffee.yaml").toString();

  @TempDir
  Path tmp;

  @Test
  void everyCommandPrintsExactlyTheShapeReadmeDocuments() throws IOException {
    Map<String, Shape> shapes = readmeShapes();
    assertThat(shapes.keySet()).containsExactlyInAnyOrder("bsc validate FILE --json", "bsc score FILE --json",
        "bsc score FILE --by PERIOD --json", "bsc score FILE --explain KPI --json",
        "bsc paths FILE --from ID --to ID --json", "bsc paths FILE --from ID --json", "bsc okr FILE --json",
        "bsc map FILE --json", "bsc map FILE -o OUT --json", "bsc demo --json", "bsc report FILE --json",
        "bsc report FILE -o OUT --json", "bsc evidence FILE [--actuals CSV] --json", "bsc forecast FILE [--method M] --json",
        "bsc score FILE --forecast --json",
        "bsc diff A B --json", "bsc validate PORTFOLIO [--as-of DATE] --json", "bsc score PORTFOLIO --json",
        "bsc map PORTFOLIO --json", "bsc paths PORTFOLIO --from UNIT/ID --json");
    Set<String> filledArrays = new TreeSet<>();
    Set<String> arrays = new TreeSet<>();
    for (Map.Entry<String, Shape> e : shapes.entrySet()) {
      e.getValue().arrays(e.getKey(), arrays, shapes);
      for (List<String> args : invocations(e.getKey())) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        // Acme's history replaces the document's own actuals by design, and says so; nothing else may go there.
        assertThat(run.err().lines().filter(l -> !l.matches("bsc: warning: \\S*acme-retail-history\\.csv replaces .*")))
            .as("stderr of %s", args).isEmpty();
        e.getValue().check(run.json(), e.getKey(), args.toString(), filledArrays, shapes);
      }
    }
    // Each array's element shape was checked at least once: no shape passes for want of examples.
    assertThat(filledArrays).containsAll(arrays);
  }

  @Test
  void theShapeNotationRejectsAFieldTooManyAMissingOneAndAWrongType() {
    Map<String, Shape> none = Map.of();
    Shape shape = new ShapeParser("{\"count\": integer, \"note\": string?}").parse();
    Set<String> seen = new TreeSet<>();
    shape.check(CliRun.json("{\"count\": 2, \"note\": null}"), "t", "t", seen, none);
    for (String bad : List.of("{\"count\": \"2\", \"note\": null}", "{\"count\": 2}",
        "{\"count\": 2, \"note\": \"x\", \"more\": 1}", "{\"note\": null, \"count\": 2}")) {
      try {
        shape.check(CliRun.json(bad), "t", "t", seen, none);
      } catch (AssertionError expected) {
        continue;
      }
      throw new AssertionError("accepted " + bad);
    }
  }

  private List<List<String>> invocations(String headline) {
    String acme = CliRun.ACME.toString();
    String halden = PortfolioCommandsTest.HALDEN.toString();
    String out = tmp.resolve("out-" + Math.abs(headline.hashCode()) + ".svg").toString();
    return switch (headline) {
      case "bsc paths FILE --from ID --to ID --json" -> List.of(
          List.of("paths", acme, "--from", "L2", "--to", "F1", "--json"),
          List.of("paths", acme, "--from", "L2", "--to", "F1", "--limit", "1", "--json"));
      case "bsc paths FILE --from ID --json" -> List.of(List.of("paths", acme, "--from", "L1", "--json"),
          List.of("paths", acme, "--from", "F1", "--json"));
      case "bsc score FILE --by PERIOD --json" -> List.of(
          List.of("score", HARBOUR, "--by", "quarter", "--as-of", "2027-02-28", "--json"),
          List.of("score", acme, "--by", "month", "--as-of", "2026-09-30", "--json"));
      case "bsc score FILE --explain KPI --json" -> List.of(
          List.of("score", HARBOUR, "--explain", "revenue-per-customer", "--as-of", "2027-02-28", "--json"),
          List.of("score", HARBOUR, "--explain", "on-time-rate", "--as-of", "2026-07-01", "--json"));
      case "bsc forecast FILE [--method M] --json" -> {
        List<List<String>> all = new ArrayList<>();
        for (Path doc : DOCUMENTS) {
          all.add(List.of("forecast", doc.toString(), "--json"));
          all.add(List.of("forecast", doc.toString(), "--method", "damped", "--json"));
        }
        yield all;
      }
      case "bsc score FILE --forecast --json" -> List.of(
          List.of("score", acme, "--as-of", "2026-09-30", "--forecast", "--json"),
          List.of("score", HARBOUR, "--as-of", "2027-02-28", "--forecast", "--method", "damped", "--json"));
      case "bsc map FILE --json" -> List.of(List.of("map", acme, "--json"));
      case "bsc validate FILE --json" -> {
        List<List<String>> all = new ArrayList<>();
        for (Path doc : DOCUMENTS) {
          all.add(List.of("validate", doc.toString(), "--json"));
        }
        all.add(List.of("validate", acme, "--as-of", "2030-01-31", "--json")); // with the data-quality rules
        yield all;
      }
      case "bsc validate PORTFOLIO [--as-of DATE] --json" -> List.of(List.of("validate", halden, "--json"),
          List.of("validate", halden, "--as-of", "2030-01-31", "--json"));
      case "bsc score PORTFOLIO --json" -> List.of(List.of("score", halden, "--as-of", "2026-06-30", "--json"));
      case "bsc map PORTFOLIO --json" -> List.of(List.of("map", halden, "--as-of", "2026-06-30", "--json"),
          List.of("map", halden, "--format", "mermaid", "--json"));
      case "bsc paths PORTFOLIO --from UNIT/ID --json" -> List.of(
          List.of("paths", halden, "--from", "stores-north/P1", "--json"),
          List.of("paths", halden, "--from", "stores-north/P1", "--to", "group/F1", "--limit", "1", "--json"));
      case "bsc map FILE -o OUT --json" -> List.of(List.of("map", acme, "-o", out, "--json"));
      case "bsc demo --json" -> List.of(List.of("demo", "-o", out, "--json"));
      case "bsc diff A B --json" -> List.of(List.of("diff", acme, acme, "--json"),
          List.of("diff", acme, DiffCommandTest.renamed(tmp).toString(), "--json"));
      case "bsc evidence FILE [--actuals CSV] --json" -> List.of(List.of("evidence", acme, "--json"),
          List.of("evidence", acme, "--actuals", EvidenceCommandTest.HISTORY.toString(), "--json"),
          List.of("evidence", withDefinitionalLink().toString(), "--json"));
      case "bsc report FILE -o OUT --json" -> List.of(List.of("report", acme, "--as-of", "2026-09-30", "-o", out,
          "--json"));
      case "bsc okr FILE --json" -> {
        List<List<String>> all = new ArrayList<>();
        for (Path doc : DOCUMENTS) {
          all.add(List.of("okr", doc.toString(), "--json"));
        }
        all.add(List.of("okr", withUnplannableKpi().toString(), "--json"));
        yield all;
      }
      default -> {
        List<List<String>> all = new ArrayList<>();
        String command = headline.split(" ")[1];
        for (Path doc : DOCUMENTS) {
          all.add(List.of(command, doc.toString(), "--json"));
        }
        yield all;
      }
    };
  }

  /** A link marked definitional is listed as untested. */
  private Path withDefinitionalLink() {
    Path doc = tmp.resolve("definitional.yaml");
    try {
      Files.writeString(doc, """
          bsc: 1
          name: Definitional
          objectives:
            - {id: F1, name: Grow Revenue, perspective: financial, kpis: [{id: revenue, name: Revenue}]}
            - {id: C1, name: Sell More, perspective: customer, kpis: [{id: volume, name: Volume}]}
          links:
            - {from: C1, to: F1, basis: definitional}
          """);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return doc;
  }

  /** A KPI without a target cannot be planned: the plan lists it under {@code skipped}. */
  private Path withUnplannableKpi() {
    Path doc = tmp.resolve("untargeted.yaml");
    try {
      Files.writeString(doc, """
          bsc: 1
          name: Untargeted
          objectives:
            - id: F1
              perspective: financial
              name: Grow Revenue
              kpis:
                - {id: revenue, name: Revenue, baseline: {value: 10, date: 2026-01-01},
                   target: {value: 20, date: 2026-12-31}}
                - {id: margin, name: Margin, baseline: {value: 5, date: 2026-01-01}}
          """);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return doc;
  }

  private static Map<String, Shape> readmeShapes() throws IOException {
    Matcher m = BLOCK.matcher(Files.readString(Path.of("..", "README.md")));
    assertThat(m.find()).as("README.md has a json-shapes block").isTrue();
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (String entry : m.group(1).strip().split("\\n\\s*\\n")) {
      int nl = entry.indexOf('\n');
      shapes.put(entry.substring(0, nl).strip(), new ShapeParser(entry.substring(nl + 1)).parse());
    }
    return shapes;
  }

  /** A documented JSON shape: an object of named fields, an array of one shape, a scalar type, or a reference. */
  sealed interface Shape {
    void check(JsonNode node, String where, String run, Set<String> filledArrays, Map<String, Shape> all);

    default void arrays(String where, Set<String> out, Map<String, Shape> all) {}
  }

  record ObjectShape(Map<String, Shape> fields) implements Shape {
    @Override
    public void check(JsonNode node, String where, String run, Set<String> filled, Map<String, Shape> all) {
      assertThat(node.isObject()).as("%s in %s is an object: %s", where, run, node).isTrue();
      assertThat(node.propertyNames()).as("the fields of %s in %s", where, run)
          .containsExactlyElementsOf(fields.keySet());
      fields.forEach((name, shape) -> shape.check(node.get(name), where + "." + name, run, filled, all));
    }

    @Override
    public void arrays(String where, Set<String> out, Map<String, Shape> all) {
      fields.forEach((name, shape) -> shape.arrays(where + "." + name, out, all));
    }
  }

  record ArrayShape(Shape element) implements Shape {
    @Override
    public void check(JsonNode node, String where, String run, Set<String> filled, Map<String, Shape> all) {
      assertThat(node.isArray()).as("%s in %s is an array: %s", where, run, node).isTrue();
      for (JsonNode e : node) {
        filled.add(where);
        element.check(e, where + "[]", run, filled, all);
      }
    }

    @Override
    public void arrays(String where, Set<String> out, Map<String, Shape> all) {
      out.add(where);
      element.arrays(where + "[]", out, all);
    }
  }

  record Scalar(String type, boolean nullable) implements Shape {
    @Override
    public void check(JsonNode node, String where, String run, Set<String> filled, Map<String, Shape> all) {
      boolean ok = switch (type) {
        case "string" -> node.isString();
        case "number" -> node.isNumber();
        case "integer" -> node.isIntegralNumber();
        case "boolean" -> node.isBoolean();
        default -> throw new AssertionError("README names an unknown type: " + type);
      };
      assertThat(ok || nullable && node.isNull()).as("%s in %s is a %s%s: %s", where, run, type,
          nullable ? " or null" : "", node).isTrue();
    }
  }

  record Reference(String command) implements Shape {
    @Override
    public void check(JsonNode node, String where, String run, Set<String> filled, Map<String, Shape> all) {
      target(all).check(node, where, run, filled, all);
    }

    private Shape target(Map<String, Shape> all) {
      return all.entrySet().stream().filter(e -> e.getKey().startsWith("bsc " + command + " ")).findFirst()
          .orElseThrow(() -> new AssertionError("README refers to an unknown shape <" + command + ">")).getValue();
    }
  }

  /** Reads the notation: {@code {"name": shape, …}}, {@code [shape]}, a type with an optional {@code ?}, {@code <command>}. */
  static final class ShapeParser {
    private static final Pattern TOKEN = Pattern.compile("\\s*(\"[^\"]*\"|<[a-z]+>|[a-z]+\\??|[{}\\[\\]:,])");
    private final List<String> tokens = new ArrayList<>();
    private int next;

    ShapeParser(String text) {
      Matcher m = TOKEN.matcher(text);
      int end = 0;
      while (m.find() && m.start() == end) {
        tokens.add(m.group(1));
        end = m.end();
      }
      assertThat(text.substring(end).strip()).as("README shape text after %s", tokens).isEmpty();
    }

    Shape parse() {
      Shape shape = shape();
      assertThat(next).as("README shape ends after one value").isEqualTo(tokens.size());
      return shape;
    }

    private Shape shape() {
      String t = tokens.get(next++);
      if (t.equals("{")) {
        Map<String, Shape> fields = new LinkedHashMap<>();
        while (!tokens.get(next).equals("}")) {
          String name = tokens.get(next++);
          assertThat(name).startsWith("\"");
          expect(":");
          assertThat(fields.put(name.substring(1, name.length() - 1), shape())).as("repeated %s", name).isNull();
          if (tokens.get(next).equals(",")) {
            next++;
          }
        }
        next++;
        return new ObjectShape(fields);
      }
      if (t.equals("[")) {
        Shape element = shape();
        expect("]");
        return new ArrayShape(element);
      }
      if (t.startsWith("<")) {
        return new Reference(t.substring(1, t.length() - 1));
      }
      return t.endsWith("?") ? new Scalar(t.substring(0, t.length() - 1), true) : new Scalar(t, false);
    }

    private void expect(String token) {
      assertThat(tokens.get(next++)).isEqualTo(token);
    }
  }
}
