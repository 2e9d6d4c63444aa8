package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of README.md compiles and runs, and says the truth: a statement whose comment starts with
 * {@code → } (on its line or alone on the next) must print that (up to a {@code  — } that starts the
 * explanation), and a comment line starting with
 * {@code > } is a line the block must print. The blocks see every bsc-kit package and {@code java.nio.file},
 * {@code java.time} and {@code java.util}; the variables a block uses without declaring are given to it:
 * {@code scorecard} and {@code actuals} (Acme Retail's, or the example an HTML comment
 * {@code <!-- example: NimbusSaas -->} before the block names), {@code path} (its document), {@code csv} (a CSV of
 * actuals) and {@code myRules} (the core rules).
 */
class ReadmeExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("(?:<!--\\s*example:\\s*(\\w+)\\s*-->\\s*)?```java\\n(.*?)```",
      Pattern.DOTALL);
  private static final Pattern CHECKED = Pattern.compile("^(\\s*)(\\S.*?);\\s*// → (.*?)(?: — .*)?$");
  private static final Pattern CHECKED_BELOW = Pattern.compile("^\\s*// → (.*?)(?: — .*)?$");
  private static final Pattern DECLARATION = Pattern.compile("^[\\w<>\\[\\], .?]+?\\s+(\\w+)\\s*=\\s*.+$");
  private static final Pattern PRINTED = Pattern.compile("^\\s*// > (.*)$");

  @TempDir
  static Path dir;

  private static final List<Block> BLOCKS = new ArrayList<>();

  /** One Java block: where it starts in README, the example it runs on, its lines. */
  record Block(int line, String example, List<String> lines) {
    String method() {
      return "block" + line;
    }
  }

  @BeforeAll
  static void readBlocks() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      int line = 2 + (int) readme.substring(0, m.start(2)).chars().filter(c -> c == '\n').count() - 1;
      BLOCKS.add(new Block(line, m.group(1) == null ? "AcmeRetail" : m.group(1), m.group(2).lines().toList()));
    }
  }

  @Test
  void readmeHasJavaBlocksForEveryModuleItDescribes() {
    assertThat(BLOCKS).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void everyJavaBlockCompilesRunsAndPrintsWhatItsCommentsSay() throws Exception {
    Path csv = Files.writeString(dir.resolve("actuals.csv"), "kpi,date,value\nretention,2026-09-30,88\n");
    String source = source(csv);
    Path file = dir.resolve("ReadmeBlocks.java");
    Files.writeString(file, source);

    String classPath = Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
        .flatMap(p -> Stream.of(p.split(File.pathSeparator))).filter(p -> !p.isBlank())
        .collect(Collectors.joining(File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, "-classpath", classPath, "-d", dir.toString(), file.toString());
    assertThat(status).as("javac says:\n%s\nthe source:\n%s", errors, numbered(source)).isZero();

    URL[] urls = Stream.concat(Stream.of(dir.toString()), Stream.of(classPath.split(File.pathSeparator)))
        .map(ReadmeExamplesTest::url).toArray(URL[]::new);
    List<String> failures = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      Class<?> blocks = loader.loadClass("ReadmeBlocks");
      @SuppressWarnings("unchecked")
      List<String> wrongComments = (List<String>) blocks.getField("WRONG_COMMENTS").get(null);
      for (Block b : BLOCKS) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try {
          System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
          blocks.getMethod(b.method()).invoke(null);
        } catch (InvocationTargetException e) {
          failures.add("README.md:" + b.line() + ": the block threw " + e.getCause());
          continue;
        } finally {
          System.setOut(original);
        }
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().map(String::strip).toList();
        for (int i = 0; i < b.lines().size(); i++) {
          Matcher p = PRINTED.matcher(b.lines().get(i));
          if (p.matches() && !printed.contains(p.group(1).strip())) {
            failures.add("README.md:" + (b.line() + i) + ": the block does not print \"" + p.group(1).strip()
                + "\"; it prints " + printed);
          }
        }
      }
      failures.addAll(wrongComments);
    }
    assertThat(failures).isEmpty();
  }

  /** {@return the class holding one static method per block, each given the variables it uses} */
  private static String source(Path csv) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String pkg : packages()) {
      sb.append("import ").append(pkg).append(".*;\n");
    }
    sb.append("import java.nio.file.*;\nimport java.time.*;\nimport java.util.*;\n");
    sb.append("import static org.quicktheories.QuickTheory.qt;\n");
    sb.append("import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;\n");
    for (Block b : BLOCKS) {
      b.lines().stream().filter(l -> l.startsWith("import ")).forEach(l -> sb.append(l).append('\n'));
    }
    sb.append("public class ReadmeBlocks {\n");
    sb.append("  public static final List<String> WRONG_COMMENTS = new ArrayList<>();\n");
    sb.append("  static void check(int line, String actual, String comment) {\n");
    sb.append("    if (!actual.equals(comment)) {\n");
    sb.append("      WRONG_COMMENTS.add(\"README.md:\" + line + \": the comment says \" + comment + \" but the value is \""
        + " + actual);\n");
    sb.append("    }\n  }\n");
    for (Block b : BLOCKS) {
      String body = String.join("\n", b.lines());
      sb.append("  public static void ").append(b.method()).append("() throws Exception {\n");
      given(sb, body, "scorecard", "Scorecard scorecard = " + b.example() + ".scorecard();");
      given(sb, body, "actuals", "Actuals actuals = " + b.example() + ".actuals();");
      given(sb, body, "path", "Path path = Path.of(\"documents\", \"" + document(b.example()) + "\");");
      given(sb, body, "csv", "Path csv = Path.of(\"" + csv.toString().replace("\\", "\\\\") + "\");");
      given(sb, body, "myRules", "RuleSet myRules = RuleSet.core();");
      for (int i = 0; i < b.lines().size(); i++) {
        String line = b.lines().get(i);
        if (line.startsWith("import ")) {
          continue;
        }
        Matcher c = CHECKED.matcher(line);
        Matcher next = i + 1 < b.lines().size() ? CHECKED_BELOW.matcher(b.lines().get(i + 1)) : null;
        boolean below = !c.matches() && next != null && next.matches() && line.strip().endsWith(";");
        if (c.matches() || below) {
          String code = below ? line.strip().substring(0, line.strip().length() - 1) : c.group(2);
          String comment = below ? next.group(1) : c.group(3);
          String expected = comment.strip().replace("\\", "\\\\").replace("\"", "\\\"");
          Matcher d = DECLARATION.matcher(code);
          String value = d.matches() ? d.group(1) : code;
          sb.append(d.matches() ? code + "; " : "").append("check(").append(b.line() + i)
              .append(", String.valueOf(").append(value).append("), \"").append(expected).append("\");\n");
        } else {
          sb.append(line).append('\n');
        }
      }
      sb.append("  }\n");
    }
    return sb.append("}\n").toString();
  }

  private static void given(StringBuilder sb, String body, String name, String declaration) {
    if (Pattern.compile("\\b" + name + "\\b").matcher(body).find()
        && !Pattern.compile("\\w\\s+" + name + "\\s*=").matcher(body).find()) {
      sb.append(declaration).append('\n');
    }
  }

  private static String document(String example) {
    return switch (example) {
      case "NimbusSaas" -> "nimbus-analytics.yaml";
      case "CityOfRiverton" -> "city-of-riverton.yaml";
      case "HarbourCoffee" -> "harbour-coffee.yaml";
      default -> "acme-retail.yaml";
    };
  }

  /** Every package of the library modules and the examples with a public type, internal ones left out. */
  private static Set<String> packages() throws IOException {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
          && !f.toString().contains("/bsc-cli/") && !f.toString().contains("/bsc-benchmarks/")
          && !f.toString().contains("/target/")).toList()) {
        String text = Files.readString(f);
        Matcher p = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(text);
        if (p.find() && !p.group(1).contains(".internal") && Pattern.compile("^public ", Pattern.MULTILINE)
            .matcher(text).find()) {
          packages.add(p.group(1));
        }
      }
    }
    return packages;
  }

  private static String numbered(String source) {
    List<String> lines = source.lines().toList();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      sb.append(i + 1).append(": ").append(lines.get(i)).append('\n');
    }
    return sb.toString();
  }

  private static URL url(String path) {
    try {
      return Path.of(path).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
