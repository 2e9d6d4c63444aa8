package io.github.bsckit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code bsc} in-process and captures what it prints. */
record CliRun(int code, String out, String err) {
  static final Path ACME = Path.of("..", "bsc-examples", "documents", "acme-retail.yaml");
  static final Path RIVERTON = Path.of("..", "bsc-examples", "documents", "city-of-riverton.yaml");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Bsc.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  JsonNode json() {
    return JSON.readTree(out);
  }

  static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}
