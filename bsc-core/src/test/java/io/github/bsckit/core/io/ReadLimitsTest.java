package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile documents fail fast, with a message naming the limit they break. */
class ReadLimitsTest {
  private static final DocumentReader YAML = DocumentReader.of(Format.YAML);
  private static final DocumentReader JSON = DocumentReader.of(Format.JSON);

  @Test
  void rejectsADocumentOneCharacterLongerThanSixteenMebibytesFromEverySource() {
    String head = "bsc: 1\nname: Big\nvision: ";
    String text = head + "v".repeat(16 * 1024 * 1024 + 1 - head.length());
    assertThat(text).hasSize(16_777_217);
    String expected = "longer than the limit of 16777216 characters (ReadLimits.maxDocumentLength)";
    assertThat(failure(() -> YAML.read(text, "big.yaml"))).contains(expected);
    assertThat(failure(() -> YAML.read(new StringReader(text), "big.yaml"))).contains(expected);
    assertThat(failure(() -> YAML.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "big.yaml")))
        .contains(expected);
  }

  @Test
  void acceptsADocumentOfExactlyTheLimitAndRejectsOneCharacterMore() {
    String text = "bsc: 1\nname: Acme\n";
    DocumentReader exact = YAML.withLimits(ReadLimits.defaults().withMaxDocumentLength(text.length()));
    assertThat(exact.read(text, "a.yaml").scorecard().name()).isEqualTo("Acme");
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> exact.read(text + " ", "a.yaml"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line() + ":" + p.column()).isEqualTo("3:1");
      assertThat(p.message()).contains("ReadLimits.maxDocumentLength");
    });
  }

  @Test
  void rejectsTenThousandNestedListsInYamlAndJson() {
    String nested = "[".repeat(10_000) + "]".repeat(10_000);
    String expected = "nest deeper than the limit of 64 (ReadLimits.maxNestingDepth)";
    assertThat(failure(() -> YAML.read("bsc: 1\nname: Deep\nvision: " + nested + "\n", "deep.yaml"))).contains(expected);
    assertThat(failure(() -> JSON.read("{\"bsc\": 1, \"name\": \"Deep\", \"vision\": " + nested + "}", "deep.json")))
        .contains(expected);
  }

  @Test
  void rejectsTenThousandNestedMaps() {
    String nested = "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000);
    assertThat(failure(() -> JSON.read("{\"bsc\": 1, \"name\": \"Deep\", \"vision\": " + nested + "}", "deep.json")))
        .contains("deep.json:1:", "ReadLimits.maxNestingDepth");
  }

  @Test
  void rejectsABillionLaughsWithoutExpandingIt() {
    StringBuilder lol = new StringBuilder("bsc: 1\nname: Laughs\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      lol.append('l').append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        lol.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      lol.append("]\n");
    }
    assertThat(failure(() -> YAML.read(lol.toString(), "lol.yaml")))
        .contains("YAML aliases expand the document to more than 1000000 values", "(ReadLimits.maxNodes)");
  }

  @Test
  void rejectsMoreAliasesThanAllowedEvenWhenEachIsSmall() {
    StringBuilder doc = new StringBuilder("bsc: 1\nname: &n Acme\nthemes:\n");
    for (int i = 0; i < 101; i++) {
      doc.append("  - {id: T").append(i).append(", name: *n}\n");
    }
    assertThat(failure(() -> YAML.read(doc.toString(), "aliases.yaml")))
        .contains("aliases.yaml:104:", "more YAML aliases than the limit of 100 (ReadLimits.maxAliases)");
  }

  @Test
  void expandsAliasesWithinTheLimits() {
    String doc = "bsc: 1\nname: Acme\nobjectives:\n"
        + "  - {id: F1, name: Grow, perspective: financial, owner: &cfo Jane Doe}\n"
        + "  - {id: F2, name: Save, perspective: financial, owner: *cfo}\n";
    assertThat(YAML.read(doc, "a.yaml").scorecard().objectives())
        .extracting(o -> o.owner().orElseThrow()).containsExactly("Jane Doe", "Jane Doe");
  }

  @Test
  void forbidsAliasesWhenTheLimitIsZero() {
    String doc = "bsc: 1\nname: &n Acme\nvision: *n\n";
    assertThat(failure(() -> YAML.withLimits(ReadLimits.defaults().withMaxAliases(0)).read(doc, "a.yaml")))
        .contains("a.yaml:3:9: vision: YAML aliases (*n) are not allowed (ReadLimits.maxAliases is 0)");
  }

  @Test
  void rejectsAnAliasToTheMapThatContainsIt() {
    assertThat(failure(() -> YAML.read("bsc: 1\nname: Loop\nvision: &v [a, *v]\n", "loop.yaml")))
        .contains("loop.yaml:3:16: vision[1]: alias *v refers to no anchor &v before it");
  }

  @Test
  void rejectsAStringLongerThanTheLimit() {
    DocumentReader reader = JSON.withLimits(ReadLimits.defaults().withMaxStringLength(10));
    assertThat(failure(() -> reader.read("{\"bsc\": 1, \"name\": \"Eleven char\"}", "s.json")))
        .contains("s.json:1:20: name: a string of 11 characters is longer than the limit of 10"
            + " (ReadLimits.maxStringLength)");
  }

  @Test
  void rejectsAKeyLongerThanTheLimit() {
    DocumentReader reader = YAML.withLimits(ReadLimits.defaults().withMaxStringLength(10));
    assertThat(failure(() -> reader.read("bsc: 1\nname: A\nabcdefghijk: 1\n", "k.yaml")))
        .contains("k.yaml:3:1: a key of 11 characters is longer than the limit of 10 (ReadLimits.maxStringLength)");
  }

  @Test
  void rejectsANumberLongerThanTheLimitInBothNotations() {
    String digits = "1".repeat(1001);
    String expected = "a number of 1001 characters is longer than the limit of 1000 (ReadLimits.maxNumberLength)";
    assertThat(failure(() -> YAML.read("bsc: 1\nname: N\nfiscalYearStart: " + digits + "\n", "n.yaml")))
        .contains("n.yaml:3:18: fiscalYearStart: " + expected);
    assertThat(failure(() -> JSON.read("{\"bsc\": 1, \"name\": \"N\", \"fiscalYearStart\": " + digits + "}", "n.json")))
        .contains(expected);
  }

  @Test
  void rejectsMoreValuesThanTheLimit() {
    DocumentReader reader = JSON.withLimits(ReadLimits.defaults().withMaxNodes(5));
    assertThat(failure(() -> reader.read("{\"bsc\": 1, \"name\": \"A\", \"themes\": [1, 2]}", "v.json")))
        .contains("the document has to more than 5 values, the limit (ReadLimits.maxNodes)");
  }

  @Test
  void limitsAreValidatedAndComparedByValue() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("maxNestingDepth: must be >= 1 but was 0");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxAliases(-1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("maxAliases: must be >= 0 but was -1");
    assertThat(ReadLimits.defaults().withMaxNodes(7).withMaxNodes(1_000_000)).isEqualTo(ReadLimits.defaults())
        .hasSameHashCodeAs(ReadLimits.defaults());
    assertThat(ReadLimits.defaults().maxDocumentLength()).isEqualTo(16 * 1024 * 1024);
    assertThat(ReadLimits.defaults().toString()).contains("maxDocumentLength=16777216", "maxAliases=100");
  }

  private static String failure(Runnable read) {
    DocumentException e = catchThrowableOfType(DocumentException.class, read::run);
    assertThat(e).as("a DocumentException").isNotNull();
    return e.getMessage();
  }

  @Test
  void limitsAreValuesEqualFieldByField() {
    ReadLimits d = ReadLimits.defaults();
    java.util.List<ReadLimits> oneChanged = java.util.List.of(d.withMaxDocumentLength(d.maxDocumentLength() - 1),
        d.withMaxNestingDepth(d.maxNestingDepth() - 1), d.withMaxStringLength(d.maxStringLength() - 1),
        d.withMaxNumberLength(d.maxNumberLength() - 1), d.withMaxNodes(d.maxNodes() - 1),
        d.withMaxAliases(d.maxAliases() - 1));

    assertThat(d).isEqualTo(ReadLimits.defaults()).hasSameHashCodeAs(ReadLimits.defaults());
    assertThat(d.withMaxNestingDepth(d.maxNestingDepth())).isEqualTo(d);
    assertThat(oneChanged).doesNotContain(d).doesNotHaveDuplicates();
    assertThat(oneChanged).extracting(ReadLimits::hashCode).doesNotContain(d.hashCode()).doesNotHaveDuplicates();
    assertThat(d.withMaxNestingDepth(7).maxNestingDepth()).isEqualTo(7);
    assertThat(d).isNotEqualTo("limits");
  }
}
