package io.github.bsckit.testkit.quicktheories;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.bsckit.core.io.DocumentException;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.DocumentSchema;
import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.PortfolioDocument;
import io.github.bsckit.core.io.PortfolioReader;
import io.github.bsckit.core.io.PortfolioWriter;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.portfolio.Aggregation;
import io.github.bsckit.core.portfolio.Alignment;
import io.github.bsckit.core.portfolio.KpiRollUp;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitKpi;
import io.github.bsckit.core.portfolio.UnitObjective;
import io.github.bsckit.testkit.model.EdgeScorecards;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The document readers' laws, on scorecards at the model's edges: whatever is done to a written document,
 * reading it either succeeds or fails with a {@link DocumentException} whose every problem is located and worded
 * by bsc-kit; every document the writer writes conforms to the published JSON Schema; portfolios of such
 * scorecards round-trip exactly.
 */
class DocumentReadingLawsTest {
  private static final List<String> SNIPPETS = List.of(":", ": ", "- ", "{", "}", "[", "]", "\"", "'", ",", "#",
      "&a ", "*a", "*b ", "!!x ", "!!binary ", "\t", "\n", "\n  ", "~", "null", ".nan", "1e999", "-", "?", "|",
      ">", "%", "@", "`", "\u0000", "\ud800", "\ufeff", "\u0085", "<<: *a\n", "---\n", "...\n", "%YAML 1.2\n",
      "bsc: 2\n", "x: &a [*a]\n", "NaN", "Infinity", "\\", "\\u12", "0x", "2026-02-30", "P-1M", "\"\\ud83d\"");
  private static final Gen<ScorecardDocument> DOCUMENTS = gen(EdgeScorecards.documents());
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(DocumentSchema.text(), InputFormat.JSON);

  @Test
  void mangledYamlFailsOnlyWithLocatedDocumentProblems() {
    survives(Format.YAML);
  }

  @Test
  void mangledJsonFailsOnlyWithLocatedDocumentProblems() {
    survives(Format.JSON);
  }

  @Test
  void everyDocumentTheWriterWritesConformsToTheSchema() {
    DocumentWriter json = DocumentWriter.of(Format.JSON);
    qt().withExamples(150).withShrinkCycles(20).forAll(DOCUMENTS).checkAssert(doc -> {
      String text = json.write(doc);
      assertThat(SCHEMA.validate(text, InputFormat.JSON)).as(text).isEmpty();
    });
  }

  @Test
  void everyGeneratedPortfolioRoundTripsExactlyInYamlAndJson() {
    qt().withExamples(25).forAll(gen(EdgeScorecards.documents().list(1, 4))).checkAssert(docs -> {
      Portfolio.Builder b = Portfolio.builder("Generated").supportShare(0.25);
      PortfolioDocument doc = null;
      for (int i = 0; i < docs.size(); i++) {
        b.unit(new Unit(UnitId.of("u" + i), "Unit " + i, i == 0 ? Optional.empty() : Optional.of(UnitId.of("u" + (i - 1))),
            1 + i * 0.5, docs.get(i).scorecard()));
        if (i > 0) {
          List<Objective> below = docs.get(i).scorecard().objectives();
          List<Objective> above = docs.get(i - 1).scorecard().objectives();
          if (!below.isEmpty() && !above.isEmpty()) {
            b.align(new Alignment(new UnitObjective(UnitId.of("u" + i), below.get(0).id()),
                new UnitObjective(UnitId.of("u" + (i - 1)), above.get(0).id()), 2.5, Optional.of("because " + i)));
          }
          List<Kpi> kb = docs.get(i).scorecard().kpis();
          List<Kpi> ka = docs.get(i - 1).scorecard().kpis();
          if (!kb.isEmpty() && !ka.isEmpty()) {
            b.rollUp(KpiRollUp.of(new UnitKpi(UnitId.of("u" + (i - 1)), ka.get(0).id()), Aggregation.MAX,
                List.of(new UnitKpi(UnitId.of("u" + i), kb.get(0).id()))));
          }
        }
      }
      doc = PortfolioDocument.of(b.build());
      for (int i = 0; i < docs.size(); i++) {
        if (!docs.get(i).actuals().isEmpty()) {
          doc = doc.withActuals(UnitId.of("u" + i), docs.get(i).actuals());
        }
      }
      for (Format format : Format.values()) {
        PortfolioWriter writer = PortfolioWriter.of(format);
        String text = writer.write(doc);
        PortfolioDocument back = PortfolioReader.of(format).read(text, "generated." + format.extension());
        assertThat(back).as(text).isEqualTo(doc);
        assertThat(writer.write(back)).isEqualTo(text);
      }
    });
  }

  private static void survives(Format format) {
    DocumentWriter writer = DocumentWriter.of(format);
    DocumentReader reader = DocumentReader.of(format);
    qt().withExamples(400).withShrinkCycles(20).forAll(DOCUMENTS, mangling())
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
