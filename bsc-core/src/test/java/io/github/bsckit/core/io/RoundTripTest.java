package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The format's laws: what the writer writes, the reader reads back as an equal document, byte for byte. */
@Tag("text")
class RoundTripTest {
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
    qt().withExamples(EXAMPLES / 3).withShrinkCycles(SHRINK_CYCLES).forAll(ScorecardGenerator.documents()).checkAssert(doc -> {
      ScorecardDocument viaJson = DocumentReader.of(Format.JSON).read(json.write(doc), "converted.json");
      assertThat(yaml.write(viaJson)).isEqualTo(yaml.write(doc));
    });
  }

  private static void roundTrips(Format format) {
    DocumentWriter writer = DocumentWriter.of(format);
    DocumentReader reader = DocumentReader.of(format);
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(ScorecardGenerator.documents()).checkAssert(doc -> {
      String text = writer.write(doc);
      ScorecardDocument back = reader.read(text, "generated." + format.extension());
      assertThat(back).as(text).isEqualTo(doc);
      assertThat(writer.write(back)).isEqualTo(text);
    });
  }
}
