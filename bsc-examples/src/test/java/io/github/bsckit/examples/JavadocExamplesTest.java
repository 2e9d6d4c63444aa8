package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every code example in the Javadoc of the library modules compiles against the code it documents, so that
 * an example cannot call a method that is gone or pass arguments that no longer fit.
 *
 * <p>An example is a {@code <pre>{@code …}</pre>} block (or a {@code {@snippet …}}) in a main source file outside
 * an {@code internal} package; blocks that open with {@code {} or {@code [} are JSON shapes, not code. Each example
 * is compiled as the body of a method, or, when it declares members ({@code static}, annotations), as the body of
 * a class, with every package of bsc-kit imported. An example may use a few conventional names without
 * declaring them ({@code scorecard}, {@code actuals}, {@code report}, … listed in {@link #KNOWN}): they become
 * parameters of that type; any other undeclared name fails the test. Comments after {@code //} (the values an
 * example promises) are not checked here; README's examples are run by their own tests.
 */
class JavadocExamplesTest {
  private static final Path ROOT = Path.of("..");
  /** The modules that are applications or measurements, not library API. */
  private static final Pattern NOT_LIBRARY = Pattern.compile(".*/bsc-(cli|benchmarks|examples)/.*");
  private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code(.*?)}</pre>|\\{@snippet\\s*:(.*?)}\\s*\\n",
      Pattern.DOTALL);
  private static final Pattern MISSING_VARIABLE = Pattern.compile("symbol:\\s+variable (\\w+)");
  private static final Pattern MEMBERS = Pattern.compile("(?m)^\\s*(static\\s|@\\w)");

  /** The undeclared names an example may use, and their types. */
  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("scorecard", "Scorecard"), Map.entry("acme", "Scorecard"), Map.entry("actuals", "Actuals"),
      Map.entry("path", "java.nio.file.Path"), Map.entry("text", "String"), Map.entry("name", "String"),
      Map.entry("quarter", "int"), Map.entry("report", "ScoreReport"), Map.entry("map", "StrategyMap"),
      Map.entry("context", "RuleContext"), Map.entry("keyResult", "KeyResult"),
      Map.entry("q2Retention", "KeyResult"), Map.entry("plan", "OkrPlan"), Map.entry("myRule", "Rule"), Map.entry("myRules", "RuleSet"),
      Map.entry("in", "org.quicktheories.core.RandomnessSource"), Map.entry("diff", "ScorecardDiff"),
      Map.entry("F1", "ObjectiveId"), Map.entry("C1", "ObjectiveId"), Map.entry("lastYear", "Scorecard"),
      Map.entry("thisYear", "Scorecard"), Map.entry("portfolio", "Portfolio"),
      Map.entry("actualsByUnit", "Map<UnitId, Actuals>"), Map.entry("corporate", "Scorecard"),
      Map.entry("retail", "Scorecard"), Map.entry("online", "Scorecard"), Map.entry("asOf", "LocalDate"),
      Map.entry("group", "Portfolio"), Map.entry("doc", "PortfolioDocument"));
  /** Where a file's examples mean another type by a known name. */
  private static final Map<String, Map<String, String>> KNOWN_IN = Map.of(
      "ViolationGroup.java", Map.of("report", "ValidationReport"));

  private static final List<String> IMPORTS = List.of("java.util.*", "java.util.function.*", "java.time.*",
      "java.math.*", "java.nio.file.Files", "java.nio.file.Path", "org.quicktheories.core.*", "org.quicktheories.impl.Constraint", "java.nio.charset.StandardCharsets", "org.junit.jupiter.params.*",
      "org.junit.jupiter.params.provider.*");
  private static final List<String> STATIC_IMPORTS = List.of("org.assertj.core.api.Assertions.*",
      "org.quicktheories.QuickTheory.qt", "io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen");

  /** One example: where it is, its text, and the undeclared names it was found to use. */
  private record Example(String file, int line, String code, Set<String> free) {
    String where() {
      return file + ":" + line;
    }

    String className() {
      return "Example" + Math.abs((file + ":" + line).hashCode());
    }
  }

  @Test
  void everyJavadocExampleOfTheLibraryCompiles() throws IOException {
    List<Example> examples = examples();
    assertThat(examples).as("examples found").hasSizeGreaterThan(40);
    List<String> packages = packages();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    // Each round declares the known names the previous one found missing; three rounds settle every example.
    List<Example> pending = examples;
    for (int round = 0; round < 3 && !pending.isEmpty(); round++) {
      errors = compile(pending, packages);
      Set<String> failed = errors.keySet();
      pending = pending.stream().filter(e -> failed.contains(e.where())).toList();
    }
    assertThat(errors).as("examples that do not compile").isEmpty();
  }

  private static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(ROOT)) {
      sources = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().replace('\\', '/').matches(".*/bsc-[a-z-]+/src/main/java/.*"))
          .filter(p -> !p.toString().replace('\\', '/').contains("/internal/"))
          .filter(p -> !NOT_LIBRARY.matcher(p.toString().replace('\\', '/')).matches())
          .filter(p -> !p.toString().replace('\\', '/').contains("/target/")).sorted().toList();
    }
    for (Path p : sources) {
      String s = Files.readString(p, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(s);
      while (m.find()) {
        String raw = m.group(1) != null ? m.group(1) : m.group(2);
        String code = raw.replaceAll("(?m)^\\s*\\* ?", "").strip();
        if (code.startsWith("{") || code.startsWith("[")) {
          continue; // a JSON shape
        }
        int line = (int) s.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        out.add(new Example(ROOT.relativize(p).toString(), line, code, new TreeSet<>()));
      }
    }
    return out;
  }

  /** Every package of bsc-kit's main sources outside {@code internal}, to import them all. */
  private static List<String> packages() throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files.map(p -> p.toString().replace('\\', '/'))
          .filter(p -> p.matches(".*/bsc-[a-z-]+/src/main/java/io/github/bsckit/.*\\.java"))
          .filter(p -> !p.contains("/internal/") && !p.contains("/target/") && !p.endsWith("module-info.java"))
          .filter(p -> !NOT_LIBRARY.matcher(p).matches())
          .map(p -> p.substring(p.indexOf("/src/main/java/") + 15, p.lastIndexOf('/')).replace('/', '.'))
          .forEach(out::add);
    }
    return List.copyOf(out);
  }

  private static Map<String, List<String>> compile(List<Example> examples, List<String> packages) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, Example> byClass = new LinkedHashMap<>();
    List<JavaFileObject> units = new ArrayList<>();
    for (Example e : examples) {
      byClass.put(e.className(), e);
      units.add(new Source(e.className(), source(e, packages)));
    }
    Path out;
    try {
      out = Files.createTempDirectory("javadoc-examples");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
        "-proc:none", "-Xlint:none", "-nowarn", "-Xmaxerrs", "10000");
    javac.getTask(null, null, diagnostics, options, null, units).call();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR || d.getSource() == null) {
        continue;
      }
      String cls = d.getSource().getName().replaceAll(".*/|\\.java$", "");
      Example e = byClass.get(cls);
      String message = d.getMessage(Locale.ENGLISH);
      Matcher missing = MISSING_VARIABLE.matcher(message);
      if (missing.find() && known(e).containsKey(missing.group(1)) && e.free().add(missing.group(1))) {
        errors.computeIfAbsent(e.where(), k -> new ArrayList<>()).add("declared " + missing.group(1) + " for the next round");
        continue;
      }
      errors.computeIfAbsent(e.where(), k -> new ArrayList<>()).add(e.file() + " (example at line " + e.line() + "): "
          + String.join(" ", message.lines().map(String::strip).toList()) + " in:\n" + e.code());
    }
    return errors;
  }

  private static Map<String, String> known(Example e) {
    Map<String, String> known = new LinkedHashMap<>(KNOWN);
    KNOWN_IN.getOrDefault(Path.of(e.file()).getFileName().toString(), Map.of()).forEach(known::put);
    return known;
  }

  private static String source(Example e, List<String> packages) {
    StringBuilder sb = new StringBuilder();
    Set<String> imports = new LinkedHashSet<>();
    packages.forEach(p -> imports.add("import " + p + ".*;"));
    IMPORTS.forEach(i -> imports.add("import " + i + ";"));
    STATIC_IMPORTS.forEach(i -> imports.add("import static " + i + ";"));
    StringBuilder body = new StringBuilder();
    for (String line : e.code().split("\n", -1)) {
      if (line.startsWith("import ")) {
        imports.add(line.strip());
      } else {
        body.append(line).append('\n');
      }
    }
    imports.forEach(i -> sb.append(i).append('\n'));
    sb.append("@SuppressWarnings(\"all\")\nclass ").append(e.className()).append(" {\n");
    Map<String, String> known = known(e);
    if (MEMBERS.matcher(body).find()) {
      e.free().forEach(v -> sb.append("  static ").append(known.get(v)).append(' ').append(v).append(";\n"));
      sb.append(body);
    } else {
      sb.append("  void example(");
      sb.append(String.join(", ", e.free().stream().map(v -> known.get(v) + " " + v).toList()));
      sb.append(") throws Exception {\n").append(body).append("  }\n");
    }
    return sb.append("}\n").toString();
  }

  /** A compilation unit held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className + ".java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
