package io.github.bsckit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void everyIsoDateInDatedTextIsATimeElementTheRestEscapedText() {
    Html html = new Html(64);
    html.dated("at least 95% <of> by 2026-12-31, from 2026-01-01");

    assertThat(html.toString()).isEqualTo("at least 95% &lt;of&gt; by <time datetime=\"2026-12-31\">2026-12-31</time>, "
        + "from <time datetime=\"2026-01-01\">2026-01-01</time>");
  }

  @Test
  void textWithoutADateOrWithLongerDigitRunsIsLeftAsText() {
    assertThat(new Html(16).dated("\u2013").toString()).isEqualTo("\u2013");
    assertThat(new Html(16).dated("id 12026-12-311").toString()).isEqualTo("id 12026-12-311");
  }
}
