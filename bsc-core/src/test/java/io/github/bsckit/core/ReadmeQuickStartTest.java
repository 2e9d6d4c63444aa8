package io.github.bsckit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick-start compiles and runs as printed, so the first code a newcomer copies works. */
class ReadmeQuickStartTest {
  private static final Pattern QUICK_START =
      Pattern.compile("<!-- quick-start[^>]*-->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theQuickStartCompilesAndRunsAsPrinted(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = QUICK_START.matcher(readme);
    assertThat(m.find()).as("README.md has a quick-start java block").isTrue();
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    m.group(1).lines().forEach(line -> (line.startsWith("import ") ? imports : body).add(line));
    String source = String.join("\n", imports) + "\npublic class QuickStart {\n"
        + "  public static void main(String[] args) {\n" + String.join("\n", body) + "\n  }\n}\n";
    Path file = dir.resolve("QuickStart.java");
    Files.writeString(file, source);

    String classPath = Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
        .flatMap(p -> Stream.of(p.split(File.pathSeparator))).filter(p -> !p.isBlank())
        .collect(Collectors.joining(File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, "-classpath", classPath, "-d", dir.toString(), file.toString());
    assertThat(status).as("javac output:\n%s\nsource:\n%s", errors, source).isZero();

    URL[] urls = Stream.concat(Stream.of(dir.toString()), Stream.of(classPath.split(File.pathSeparator)))
        .map(p -> {
          try {
            return Path.of(p).toUri().toURL();
          } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
          }
        }).toArray(URL[]::new);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("QuickStart").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Scorecard \"Acme Retail\" (4 objectives, 4 KPIs, 3 links")
        .contains("warning no-leading-indicator [customer]: perspective customer has KPIs but no leading indicator");
  }
}
