package io.github.bsckit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/**
 * The one markup escaper and the Unicode checks: escaped text is always well-formed XML and HTML, and text with a
 * lone surrogate is found and repaired at the right character.
 */
class MarkupAndUnicodeTest {

  @Test
  void escapesTheFiveMarkupCharactersAndKeepsEveryScript() {
    assertThat(Markup.escape("R&D <costs> \"up\" 'now'")).isEqualTo("R&amp;D &lt;costs&gt; &quot;up&quot; &#39;now&#39;");
    assertThat(Markup.escape("Ümsatz · 売上 · مبيعات · 😀")).isEqualTo("Ümsatz · 売上 · مبيعات · 😀");
    assertThat(Markup.escape("")).isEmpty();
  }

  @Test
  void replacesWhatNeitherXmlNorHtmlCanCarry() {
    assertThat(Markup.escape("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
    assertThat(Markup.escape("\u0000\u0008\u000b\u001f")).isEqualTo("\ufffd\ufffd\ufffd\ufffd");
    assertThat(Markup.escape(" ~\u007f\u0080\u009f\u00a0")).isEqualTo(" ~\ufffd\ufffd\ufffd\u00a0");
    assertThat(Markup.escape("\ud7ff\ud800x\udfff\ue000")).isEqualTo("\ud7ff\ufffdx\ufffd\ue000");
    assertThat(Markup.escape("\ufffd\ufffe\uffff")).isEqualTo("\ufffd\ufffd\ufffd");
    assertThat(Markup.escape("\ud800\udc00\udbff\udfff")).isEqualTo("\ud800\udc00\udbff\udfff"); // U+10000, U+10FFFF
  }

  @Test
  void escapedTextHasNoMarkupCharacterLeftAndNoLoneSurrogate() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 40)).check(s -> {
      String e = Markup.escape(s);
      return e.chars().noneMatch(c -> c == '<' || c == '>' || c == '"' || c == '\'')
          && Unicode.unpairedSurrogate(e) < 0
          && e.replaceAll("&(amp|lt|gt|quot|#39);", "").indexOf('&') < 0;
    });
  }

  @Test
  void coordinatesHaveAtMostOneDecimalAndNoLocale() {
    assertThat(Markup.num(12)).isEqualTo("12");
    assertThat(Markup.num(12.04)).isEqualTo("12");
    assertThat(Markup.num(12.05)).isEqualTo("12.1");
    assertThat(Markup.num(12.96)).isEqualTo("13");
    assertThat(Markup.num(0.3)).isEqualTo("0.3");
    assertThat(Markup.num(-0.3)).isEqualTo("-0.3");
    assertThat(Markup.num(-12.5)).isEqualTo("-12.5");
    assertThat(Markup.num(-0.04)).isEqualTo("0");
    assertThat(Markup.num(1234567.8)).isEqualTo("1234567.8");
  }

  @Test
  void findsTheFirstSurrogateThatIsNotHalfOfAPair() {
    assertThat(Unicode.unpairedSurrogate("plain")).isEqualTo(-1);
    assertThat(Unicode.unpairedSurrogate("")).isEqualTo(-1);
    assertThat(Unicode.unpairedSurrogate("a\ud83d\ude00b")).isEqualTo(-1);
    assertThat(Unicode.unpairedSurrogate("\ud800")).isZero();
    assertThat(Unicode.unpairedSurrogate("ab\ud800")).isEqualTo(2);
    assertThat(Unicode.unpairedSurrogate("ab\udc00\ud800")).isEqualTo(2);
    assertThat(Unicode.unpairedSurrogate("a\ud83d\ude00\ude00")).isEqualTo(3);
    assertThat(Unicode.unpairedSurrogate("a\ud800\ud800\udc00")).isEqualTo(1);
    assertThat(Unicode.problem("ok")).isNull();
    assertThat(Unicode.problem("ab\udc00")).isEqualTo(
        "must be valid Unicode text but holds an unpaired surrogate (\\udc00) at character 3");
  }

  @Test
  void repairingReplacesEachLoneSurrogateAndKeepsPairs() {
    String fine = "a\ud83d\ude00b";
    assertThat(Unicode.repaired(fine)).isSameAs(fine);
    assertThat(Unicode.repaired("\ud800")).isEqualTo("\ufffd");
    assertThat(Unicode.repaired("x\udc00\ud83d\ude00\ud800")).isEqualTo("x\ufffd\ud83d\ude00\ufffd");
    assertThat(Unicode.repaired("\ud800\ud800\udc00y")).isEqualTo("\ufffd\ud800\udc00y");
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 20)).check(s -> {
      String r = Unicode.repaired(s);
      return r.length() == s.length() && Unicode.unpairedSurrogate(r) < 0
          && (Unicode.unpairedSurrogate(s) >= 0 || r.equals(s));
    });
  }
}
