package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Whatever is done to a document, reading it either succeeds or fails with a {@link DocumentException}
 * whose every problem is located and worded by bsc-kit: never another exception, never Jackson's words.
 */
class MangledDocumentsTest {
  private static final List<String> SNIPPETS = List.of(":", ": ", "- ", "{", "}", "[", "]", "\"", "'", ",", "#",
      "&a ", "*a", "*b ", "!!x ", "!!binary ", "\t", "\n", "\n  ", "~", "null", ".nan", "1e999", "-", "?", "|",
      ">", "%", "@", "`", "\u0000", "\ud800", "\ufeff", "\u0085", "<<: *a\n", "---\n", "...\n", "%YAML 1.2\n",
      "bsc: 2\n", "x: &a [*a]\n", "NaN", "Infinity", "\\", "\\u12", "0x", "2026-02-30", "P-1M", "\"\\ud83d\"");

  @Test
  void mangledYamlFailsOnlyWithLocatedDocumentProblems() {
    survives(Format.YAML);
  }

  @Test
  void mangledJsonFailsOnlyWithLocatedDocumentProblems() {
    survives(Format.JSON);
  }

  private static void survives(Format format) {
    DocumentWriter writer = DocumentWriter.of(format);
    DocumentReader reader = DocumentReader.of(format);
    qt().withExamples(400).withShrinkCycles(20).forAll(ScorecardGenerator.documents(), mangling())
        .checkAssert((doc, mangle) -> {
          String text = mangle.apply(writer.write(doc));
          Throwable thrown = catchThrowable(() -> reader.read(text, "mangled"));
          if (thrown != null) {
            assertThat(thrown).as(text).isExactlyInstanceOf(DocumentException.class);
            assertThat(thrown.getMessage()).as(text).doesNotContain("tools.jackson", "snakeyaml", "[Source");
            assertThat(((DocumentException) thrown).problems()).as(text)
                .allSatisfy(p -> assertThat(p.line()).isPositive());
          }
        });
  }

  /** One to three edits: delete a span, insert a snippet, repeat or swap lines, at positions anywhere. */
  private static Gen<UnaryOperator<String>> mangling() {
    return in -> {
      int edits = (int) in.next(Constraint.between(1, 3));
      long[] choices = new long[edits * 3];
      for (int i = 0; i < choices.length; i++) {
        choices[i] = in.next(Constraint.between(0, 1_000_000));
      }
      return text -> {
        String t = text;
        for (int e = 0; e < edits; e++) {
          long kind = choices[3 * e] % 4;
          int at = (int) (choices[3 * e + 1] * t.length() / 1_000_001);
          int other = (int) (choices[3 * e + 2] * t.length() / 1_000_001);
          t = switch ((int) kind) {
            case 0 -> t.substring(0, Math.min(at, other)) + t.substring(Math.max(at, other));
            case 1 -> t.substring(0, at) + SNIPPETS.get((int) (choices[3 * e + 2] % SNIPPETS.size())) + t.substring(at);
            case 2 -> {
              int start = t.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
              int end = t.indexOf('\n', at);
              yield end < 0 ? t : t.substring(0, end + 1) + t.substring(start, end + 1) + t.substring(end + 1);
            }
            default -> {
              String[] lines = t.split("\n", -1);
              int a = (int) (choices[3 * e + 1] % lines.length);
              int b = (int) (choices[3 * e + 2] % lines.length);
              String x = lines[a];
              lines[a] = lines[b];
              lines[b] = x;
              yield String.join("\n", lines);
            }
          };
        }
        return t;
      };
    };
  }
}
