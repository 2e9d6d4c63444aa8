package io.github.bsckit.testkit.quicktheories;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.io.ActualsCsv;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.testkit.model.EdgeScorecards;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The document format's laws, on scorecards at the model's edges: what the writer writes, the reader reads back
 * as an equal document, byte for byte, in YAML, JSON and the actuals' CSV. Tagged "text": they run a second
 * time under the Turkish locale.
 */
@Tag("text")
class DocumentRoundTripLawsTest {
  private static final Gen<ScorecardDocument> DOCUMENTS = gen(EdgeScorecards.documents());
  private static final int EXAMPLES = 300;
  /** Each cycle re-runs the property on many candidates; a few cycles already give a small example. */
  private static final int SHRINK_CYCLES = 20;

  @Test
  void yamlReadsBackEveryWrittenDocumentAndRewritesItByteForByte() {
    roundTrips(Format.YAML);
  }

  @Test
  void jsonReadsBackEveryWrittenDocumentAndRewritesItByteForByte() {
    roundTrips(Format.JSON);
  }

  @Test
  void convertingBetweenYamlAndJsonLosesNothing() {
    DocumentWriter yaml = DocumentWriter.of(Format.YAML);
    DocumentWriter json = DocumentWriter.of(Format.JSON);
    qt().withExamples(EXAMPLES / 3).withShrinkCycles(SHRINK_CYCLES).forAll(DOCUMENTS).checkAssert(doc -> {
      ScorecardDocument viaJson = DocumentReader.of(Format.JSON).read(json.write(doc), "converted.json");
      assertThat(yaml.write(viaJson)).isEqualTo(yaml.write(doc));
    });
  }

  @Test
  void actualsCsvReadsBackWhatItWrites() {
    qt().withExamples(100).withShrinkCycles(SHRINK_CYCLES).forAll(DOCUMENTS).checkAssert(doc -> {
      String csv = ActualsCsv.write(doc.actuals(), doc.scorecard());
      assertThat(ActualsCsv.reader().against(doc.scorecard()).read(csv, "generated.csv")).as(csv)
          .isEqualTo(doc.actuals());
    });
  }

  private static void roundTrips(Format format) {
    DocumentWriter writer = DocumentWriter.of(format);
    DocumentReader reader = DocumentReader.of(format);
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(DOCUMENTS).checkAssert(doc -> {
      String text = writer.write(doc);
      ScorecardDocument back = reader.read(text, "generated." + format.extension());
      assertThat(back).as(text).isEqualTo(doc);
      assertThat(writer.write(back)).isEqualTo(text);
    });
  }
}
