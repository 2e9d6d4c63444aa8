package io.github.bsckit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report in a real browser, checked as a person would look at it: headless Chromium renders each example's
 * report to PNG and to PDF, and a check page lays the report out in frames 1280 px and 390 px wide and at the
 * printed page's width with the print stylesheet applied, then measures it: no element overflows the page, the
 * map is visible, the print has the number of pages the layout predicts (±1), and the browser logs no console
 * message at all (the page has no script, so any message is a refused request or a broken resource).
 *
 * <p>Needs Debian's {@code chromium} ({@code .ci/run} installs it); {@code -Dbsc.browser.skip=true} skips it, and
 * {@code -Dbsc.browser=/path/to/chrome} runs another binary. The PNGs land in {@code target/browser}.
 */
class BrowserTest {
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
  private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*]");
  /** The print stylesheet's page margins, in CSS px (14 mm top and bottom, 12 mm left and right). */
  private static final double MARGIN_Y = 14 / 25.4 * 96;
  private static final double MARGIN_X = 12 / 25.4 * 96;
  static final Path OUT = Path.of("target", "browser");

  @TempDir
  static Path dir;
  private static Chromium chromium;

  @BeforeAll
  static void browser() throws IOException {
    assumeThat(Chromium.skipped()).as("-Dbsc.browser.skip=true").isFalse();
    chromium = Chromium.in(dir);
    assertThat(chromium.present()).as("headless Chromium (Debian package chromium, or -Dbsc.browser=BINARY); "
        + "pass -Dbsc.browser.skip=true to skip the browser test").isTrue();
    Files.createDirectories(OUT);
  }

  static List<Path> documents() {
    return Examples.documents();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void eachExampleReportRendersToPngAndPdfAndFitsEveryWidth(Path document) throws IOException {
    String name = document.getFileName().toString().replace(".yaml", "");
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, Examples.report(document).html(), StandardCharsets.UTF_8);

    Path png = OUT.resolve("report-" + name + ".png");
    Chromium.Run shot = chromium.screenshot(page, png, 1280, 2400);
    Path pdf = dir.resolve(name + ".pdf");
    Chromium.Run print = chromium.pdf(page, pdf);
    String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher box = MEDIA_BOX.matcher(pdfText);
    assertThat(box.find()).as("a page size in the PDF").isTrue();
    double pageWidth = Double.parseDouble(box.group(1)) * 96 / 72 - 2 * MARGIN_X;
    double pageHeight = Double.parseDouble(box.group(2)) * 96 / 72 - 2 * MARGIN_Y;
    Map<String, Map<String, String>> check = check(page, Files.readString(page), pageWidth, pageHeight, true);

    assertThat(pngWidth(png)).isEqualTo(1280);
    assertThat(shot.console()).as("console messages").isEmpty();
    assertThat(print.console()).as("console messages").isEmpty();
    for (String frame : List.of("w1280", "w390")) {
      Map<String, String> at = check.get(frame);
      assertThat(at.get("overflowing")).as(frame + ": elements past the right edge").isEqualTo("");
      assertThat(Integer.parseInt(at.get("scrollWidth"))).as(frame + ": scroll width")
          .isLessThanOrEqualTo(Integer.parseInt(at.get("width")));
      assertThat(at.get("mapVisible")).as(frame + ": map visible " + at).isEqualTo("true");
    }
    long pages = PAGE.matcher(pdfText).results().count();
    int expected = Integer.parseInt(check.get("print").get("pages"));
    assertThat(pages).as("printed pages, laid out for " + expected).isBetween(expected - 1L, expected + 1L);
    System.out.printf("browser: %s: %d printed pages (%d expected), %s ms to lay out at 1280 px%n", name, pages,
        expected, check.get("w1280").get("readyMs"));
  }

  @Test
  void aReportOfTwoHundredObjectivesLoadsInUnderTwoSecondsAndWeighsUnderOneMegabyte() throws IOException {
    String html = Examples.large(200).html();
    Path page = dir.resolve("large.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    // The fastest of three loads: a shared machine's other work only ever adds to the time.
    Map<String, String> at = null;
    double ms = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && ms >= 2000; attempt++) {
      Map<String, String> run = check(page, html, 0, 0, false).get("w1280");
      if (Double.parseDouble(run.get("readyMs")) < ms) {
        at = run;
        ms = Double.parseDouble(run.get("readyMs"));
      }
    }
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf("browser: 200 objectives: %d bytes, laid out in %.0f ms%n", bytes, ms);

    assertThat(bytes).isLessThan(1_000_000);
    assertThat(ms).isLessThan(2000);
    assertThat(at.get("overflowing")).isEqualTo("");
  }

  /**
   * Loads a check page holding the report in frames and returns what its script measured, per frame: a 1280 px
   * frame, a 390 px one, and (with {@code print}) one at the printed page's width with the print rules applied.
   */
  private Map<String, Map<String, String>> check(Path page, String html, double printWidth, double pageHeight,
      boolean print) throws IOException {
    String srcdoc = html.replace("&", "&amp;").replace("\"", "&quot;");
    StringBuilder frames = new StringBuilder();
    frames.append(frame("w1280", 1280, 900, srcdoc, 0));
    if (print) {
      frames.append(frame("w390", 390, 800, srcdoc, 0));
      frames.append(frame("print", (int) Math.floor(printWidth), 800, srcdoc, pageHeight));
    }
    Path checkPage = page.resolveSibling(page.getFileName() + ".check.html");
    Files.writeString(checkPage, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>" + SCRIPT
        + "</script></head><body style=\"margin:0\">" + frames + "</body></html>", StandardCharsets.UTF_8);
    Chromium.Run run = chromium.dom(checkPage, 1400, 1000);
    assertThat(run.console()).as("console messages").isEmpty();
    String result = Jsoup.parse(run.out()).select("#result").text();
    assertThat(result).as("the check page's result").isNotEmpty();
    Map<String, Map<String, String>> out = new HashMap<>();
    for (String line : result.split(";;")) {
      String[] kv = line.split("=", 2);
      String[] key = kv[0].split("\\.", 2);
      out.computeIfAbsent(key[0], k -> new HashMap<>()).put(key[1], kv.length > 1 ? kv[1] : "");
    }
    return out;
  }

  private static String frame(String id, int width, int height, String srcdoc, double pageHeight) {
    return "<iframe id=\"" + id + "\" data-page-height=\"" + pageHeight + "\" style=\"display:block;border:0;width:"
        + width + "px;height:" + height + "px\" scrolling=\"no\" srcdoc=\"" + srcdoc + "\"></iframe>";
  }

  /** The PNG's width, from its IHDR chunk. */
  private static int pngWidth(Path png) throws IOException {
    byte[] b = Files.readAllBytes(png);
    assertThat(b).startsWith(0x89, 'P', 'N', 'G');
    return ((b[16] & 0xff) << 24) | ((b[17] & 0xff) << 16) | ((b[18] & 0xff) << 8) | (b[19] & 0xff);
  }

  /**
   * Measures each frame as it loads (a capturing listener sees the frames' load events): the elements past the
   * right edge (unless an ancestor clips them), the time from the frame's navigation start until it is laid out, the
   * map's box, and, in the print frame, the pages the layout needs, each major section starting a
   * page. Writes {@code frame.key=value} pairs separated by {@code ;;} into {@code #result}.
   */
  private static final String SCRIPT = """
      const out = [];
      let pending = null;
      function measure(f) {
        const d = f.contentDocument, w = d.documentElement.clientWidth, pageH = +f.dataset.pageHeight;
        if (pageH > 0) {
          for (const s of d.styleSheets) for (const r of s.cssRules)
            if (r.media && r.media.mediaText.includes('print')) r.media.mediaText = 'all';
        }
        d.body.offsetHeight;
        const ready = f.contentWindow.performance.now();
        const view = d.defaultView;
        const clipped = e => {
          for (let a = e.parentElement; a && a !== d.body; a = a.parentElement) {
            const r = a.getBoundingClientRect();
            if (view.getComputedStyle(a).overflowX !== 'visible' && r.right <= w + 1 && r.left >= -1) return true;
          }
          return false;
        };
        const over = [];
        for (const e of d.body.querySelectorAll('*')) {
          const r = e.getBoundingClientRect();
          if ((r.width > 0 || r.height > 0) && (r.right > w + 1 || r.left < -1) && !clipped(e))
            over.push(e.tagName + (e.id ? '#' + e.id : '') + '[' + Math.round(r.left) + ',' + Math.round(r.right) + ']');
        }
        const svg = d.querySelector('figure.map svg');
        let visible = false, mapBox = '';
        if (svg) {
          // On a phone the map keeps a readable size and scrolls sideways inside its figure.
          const r = svg.getBoundingClientRect(), fr = svg.parentElement.getBoundingClientRect();
          const cs = d.defaultView.getComputedStyle(svg);
          mapBox = [r.left, r.right, r.width, r.height, fr.left, fr.right].map(Math.round).join(',');
          visible = cs.display !== 'none' && cs.visibility === 'visible' && r.width >= Math.min(300, w * 0.8)
            && r.height >= 100 && fr.left >= 0 && fr.right <= w + 1 && r.left >= 0 && r.left < w
            && svg.querySelectorAll('g.objectives rect').length > 0;
        }
        const p = f.id + '.';
        out.push(p + 'width=' + w, p + 'scrollWidth=' + d.documentElement.scrollWidth,
          p + 'overflowing=' + over.slice(0, 10).join(' '), p + 'mapVisible=' + visible, p + 'map=' + mapBox,
          p + 'readyMs=' + ready.toFixed(0));
        if (pageH > 0) {
          const starts = [...d.querySelectorAll('section.major')].slice(1).map(s => s.getBoundingClientRect().top);
          const edges = [0, ...starts, d.documentElement.scrollHeight];
          let pages = 0;
          for (let i = 1; i < edges.length; i++) pages += Math.max(1, Math.ceil((edges[i] - edges[i - 1]) / pageH));
          out.push(p + 'pages=' + pages);
        }
      }
      document.addEventListener('load', e => {
        if (e.target.tagName !== 'IFRAME') return;
        measure(e.target);
        if (out.filter(x => x.includes('.readyMs=')).length === document.querySelectorAll('iframe').length) {
          const pre = document.createElement('pre');
          pre.id = 'result';
          pre.textContent = out.join(';;');
          document.body.appendChild(pre);
        }
      }, true);
      """;
}
