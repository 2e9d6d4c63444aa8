package io.github.bsckit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium run as a command: screenshots, PDFs and the DOM after a page has loaded. The binary is the
 * system property {@code bsc.browser} (default {@code chromium}, Debian's package); the property
 * {@code bsc.browser.skip=true} skips every test that needs it.
 */
final class Chromium {
  /** What one run printed: the DOM or nothing on stdout, and Chromium's log (console messages included). */
  record Run(String out, String log) {
    /** {@return the page's console messages, which Chromium logs as {@code INFO:CONSOLE} lines} */
    List<String> console() {
      return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  private final String binary;
  private final Path profile;

  private Chromium(String binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  static boolean skipped() {
    return Boolean.getBoolean("bsc.browser.skip");
  }

  /** {@return a browser with a fresh profile in a folder of its own} */
  static Chromium in(Path dir) throws IOException {
    return new Chromium(System.getProperty("bsc.browser", "chromium"), Files.createDirectories(dir.resolve("profile")));
  }

  /** {@return true if the binary runs at all} */
  boolean present() {
    try {
      return run(List.of("--version")).out().contains("Chrom");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  Run screenshot(Path page, Path png, int width, int height) throws IOException {
    return run(List.of("--window-size=" + width + "," + height, "--hide-scrollbars", "--screenshot=" + png,
        page.toUri().toString()));
  }

  Run pdf(Path page, Path pdf) throws IOException {
    return run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()));
  }

  Run dom(Path page, int width, int height) throws IOException {
    return run(List.of("--window-size=" + width + "," + height, "--dump-dom", page.toUri().toString()));
  }

  private Run run(List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(args);
    Path out = Files.createTempFile(profile.getParent(), "out", ".txt");
    Path err = Files.createTempFile(profile.getParent(), "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    try {
      if (!p.waitFor(90, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("chromium did not finish within 90 s: " + command);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
