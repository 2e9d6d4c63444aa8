package io.github.bsckit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.scoring.Status;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report's structure, read back with jsoup as a browser's parser reads it. */
@Tag("text")
class ScorecardReportTest {
  static List<Path> documents() {
    return Examples.documents();
  }

  private static Document parse(ScorecardReport report) {
    return Jsoup.parse(report.html());
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyKpiHasExactlyOneRowInTheKpiTables(Path document) {
    ScorecardReport report = Examples.report(document);
    Document html = parse(report);

    for (Kpi kpi : report.scorecard().kpis()) {
      assertThat(html.getAllElements().stream().filter(e -> e.id().equals("kpi-" + kpi.id())).count())
          .as(kpi.id().toString()).isEqualTo(1);
    }
    assertThat(html.select("table.kpis tbody tr")).hasSize(report.scorecard().kpis().size());
  }

  @ParameterizedTest
  @MethodSource("documents")
  void headingsStartAtOneH1AndNeverSkipALevel(Path document) {
    Elements headings = parse(Examples.report(document)).select("h1, h2, h3, h4, h5, h6");

    assertThat(headings.get(0).tagName()).isEqualTo("h1");
    assertThat(headings.select("h1")).hasSize(1);
    int previous = 1;
    for (Element h : headings) {
      int level = h.tagName().charAt(1) - '0';
      assertThat(level).as("%s after h%d", h.outerHtml(), previous).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyTableHasColumnHeadersAndEveryRowAHeaderCell(Path document) {
    Document html = parse(Examples.report(document));

    assertThat(html.select("table")).isNotEmpty().allSatisfy(t -> {
      assertThat(t.select("thead th[scope=col]")).isNotEmpty();
      assertThat(t.select("tbody tr")).allSatisfy(r -> assertThat(r.select("th[scope=row]")).hasSize(1));
    });
  }

  @ParameterizedTest
  @MethodSource("documents")
  void theSectionsComeInTheOrderTheIssueLists(Path document) {
    Document html = parse(Examples.report(document));

    assertThat(html.select("h2").eachText()).containsExactly("Strategy map", "Summary", "Objectives and KPIs",
        "Initiatives", "Key results", "Validation findings");
    assertThat(html.select("h1").text()).isEqualTo(Examples.report(document).scorecard().name());
    assertThat(html.select("header time").attr("datetime")).isEqualTo("2026-09-30");
    assertThat(html.select("#map figure svg")).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyStatusColourCarriesItsWord(Path document) {
    Document html = parse(Examples.report(document));
    Set<String> words = Set.of("On track", "At risk", "Off track", "No data");

    assertThat(html.select(".status")).isNotEmpty().allSatisfy(s -> {
      assertThat(s.text()).isIn(words);
      assertThat(s.children()).isEmpty();
    });
  }

  @ParameterizedTest
  @MethodSource("documents")
  void nothingIsFetchedAndNoScriptIsThere(Path document) {
    String text = Examples.report(document).html();
    Document html = Jsoup.parse(text);

    assertThat(html.select("script, link, img, iframe, object, embed, base")).isEmpty();
    assertThat(html.select("[src]")).isEmpty();
    assertThat(html.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    assertThat(java.util.Arrays.stream(text.split("url\\(", -1)).skip(1))
        .allSatisfy(after -> assertThat(after).startsWith("#"));
    assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none';");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void noElementCarriesAnEmptyAttribute(Path document) {
    Document html = parse(Examples.report(document));

    assertThat(html.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
        .noneMatch(a -> a.getValue().isEmpty()));
  }

  @Test
  void theAcmeReportShowsTheNumbersTheScorerGives() {
    ScorecardReport report = Examples.report(Examples.DOCUMENTS.resolve("acme-retail.yaml"));
    Document html = parse(report);

    Element retention = html.getElementById("kpi-retention");
    Elements cells = retention.select("td"); // Actual, Target, Expected to date, Score, Status, Trend
    assertThat(cells.get(0).text()).startsWith("88.3%").contains("on 2026-09-30");
    assertThat(cells.get(1).text()).isEqualTo("90% by 2026-12-31");
    assertThat(cells.get(4).text()).contains(
        Styles.word(report.score().kpi(io.github.bsckit.core.model.KpiId.of("retention")).orElseThrow().status()));
    assertThat(retention.select("svg.spark title").text()).startsWith("Trend of Customer retention rate");
    assertThat(html.select("#summary .score-big").text())
        .isEqualTo(Values.score(report.score().scorecard()));
    assertThat(html.select("#key-results h3").eachText()).containsExactly(
        "This quarter: FY2026 Q3 (2026-07-01 to 2026-09-30)", "Next quarter: FY2026 Q4 (2026-10-01 to 2026-12-31)");
  }

  @Test
  void theFirstPeriodWithScoresSaysThereIsNothingToCompareRatherThanThatNothingImproved() {
    // Riverton's first actuals are dated in its fiscal year's first quarter, which ends 2026-09-30.
    Document first = parse(Examples.report(Examples.DOCUMENTS.resolve("city-of-riverton.yaml")));
    assertThat(first.select("#summary p.muted").eachText()).contains(
        "No objective had a score on 2026-06-30 to compare with: this is the first period with scores.");
    assertThat(first.select("#summary h4")).isEmpty();

    Document later = parse(Examples.report(Examples.DOCUMENTS.resolve("acme-retail.yaml")));
    assertThat(later.select("#summary h4").eachText()).anyMatch(t -> t.startsWith("Improved ("))
        .anyMatch(t -> t.startsWith("Worsened ("));
  }

  @Test
  void aCalculatedKpisKeyResultIsGradedAndItsSparklineDrawnFromTheValuesItsFormulaGives() {
    // Harbour's revenue per active customer is revenue / active-customers: it has no actuals of its own.
    ScorecardReport report = Examples.report(Examples.DOCUMENTS.resolve("harbour-coffee.yaml"));
    Document html = parse(report);

    assertThat(html.select("#kpi-revenue-per-customer svg.spark")).isNotEmpty();
    assertThat(html.select("#key-results tr").eachText())
        .filteredOn(t -> t.contains("Revenue per active customer"))
        .isNotEmpty()
        .noneMatch(t -> t.contains("no data yet"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void onTheQuarterEndReviewEveryKeyResultsStatusIsItsKpisStatus(Path document) {
    // 2026-09-30 ends a fiscal quarter for three of the four examples: the day their key results fall due.
    ScorecardReport report = Examples.report(document);
    Document html = parse(report);
    List<Element> rows = html.select("#key-results table").first().select("tbody tr");
    int row = 0;
    for (io.github.bsckit.okr.plan.OkrObjective o : report.plan().objectives(report.quarter())) {
      for (io.github.bsckit.okr.plan.KeyResult kr : o.keyResults()) {
        Element cells = rows.get(row++);
        if (report.asOf().isAfter(kr.due())) {
          continue; // due before the review: graded by the quarter's step done
        }
        String status = Styles.word(report.score().kpi(kr.kpi()).orElseThrow().status());
        assertThat(cells.select("td").last().text()).as("%s %s", kr.kpi(), kr.quarter()).contains(status);
      }
    }
    assertThat(row).isEqualTo(rows.size());
  }

  @ParameterizedTest
  @MethodSource("documents")
  void theFindingsAreTheScorecardsRulesAndItsActualsDataQualityAsBscScorePrintsThem(Path document) {
    ScorecardReport report = Examples.report(document);
    Document html = parse(report);

    List<String> rules = new ArrayList<>(report.findings().ruleIds());
    report.score().dataQuality().ruleIds().stream().filter(r -> !rules.contains(r)).forEach(rules::add);
    assertThat(html.select("#findings tbody th").eachText()).containsExactlyInAnyOrderElementsOf(rules);
    if (rules.isEmpty()) {
      assertThat(html.select("#findings p").text()).contains("every data-quality check");
    }
  }

  @Test
  void hostileNamesAreShownAsTextAndNeverRun() {
    String script = "<script>alert('x')</script>";
    String attribute = "\"><img src=x onerror=alert(1)>";
    String rtl = "\u05d0\u05d9\u05db\u05d5\u05ea \u0627\u0644\u062e\u062f\u0645\u0629";
    String cjk = "\u9867\u5ba2\u6e80\u8db3\u5ea6\u3092\u9ad8\u3081\u308b";
    Scorecard hostile = Scorecard.builder(script + " & Co")
        .vision(attribute).mission("Tom & Jerry's \"best\" <b>bold</b>")
        .objective("F1", rtl, "financial").objective("C1", cjk + " " + script, "customer")
        .link("C1", "F1")
        .build();
    hostile = hostile.withObjective(hostile.objective("C1").orElseThrow().withKpi(Kpi.builder("k1", attribute)
        .unit("<%>").increase().baseline(1, "2026-01-01").target(2, "2026-12-31").build()));

    String text = ScorecardReport.builder(hostile).asOf(LocalDate.parse("2026-09-30"))
        .section(ReportSection.of(script, attribute, List.of("<th>"), List.of(List.of(script)))).build().html();
    Document html = Jsoup.parse(text);

    assertThat(html.select("script, img, b")).isEmpty();
    assertThat(html.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
        .noneMatch(a -> a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")));
    assertThat(html.select("h1").text()).isEqualTo(script + " & Co");
    assertThat(html.body().text()).contains(attribute, rtl, cjk, "Tom & Jerry's \"best\" <b>bold</b>", "<%>");
    assertThat(html.select("h1 bdi")).hasSize(1);
    assertThat(html.select("svg title").eachText()).anyMatch(t -> t.contains(script));
  }

  @Test
  void controlCharactersBecomeReplacementCharacters() {
    assertThat(Html.escape("a\u0000b\u0007c\u0085d\ud800e\tf")).isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde\tf");
    assertThat(Html.escape("<&>\"'")).isEqualTo("&lt;&amp;&gt;&quot;&#39;");
  }

  @Test
  void furtherSectionsFollowTheFindingsInTheOrderGiven() {
    Scorecard s = Scorecard.builder("Small").objective("F1", "Grow", "financial").build();
    Document html = Jsoup.parse(ScorecardReport.builder(s).asOf(LocalDate.parse("2026-09-30"))
        .section(ReportSection.of("Link evidence", "", List.of("Link", "Verdict"), List.of(List.of("a", "b"))))
        .section(ReportSection.of("Forecasts", "Where each KPI lands", List.of("KPI"), List.of()))
        .build().html());

    assertThat(html.select("h2").eachText()).endsWith("Validation findings", "Link evidence", "Forecasts");
    assertThat(html.select("#section-1 td").eachText()).containsExactly("a", "b");
    assertThat(html.select("nav a").eachText()).endsWith("Link evidence", "Forecasts");
  }

  @Test
  void aSectionWhoseRowsDoNotFitItsColumnsIsRefused() {
    assertThatThrownBy(() -> ReportSection.of("Evidence", "", List.of("a", "b"), List.of(List.of("only one"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("rows[0]").hasMessageContaining("had 1");
    assertThatThrownBy(() -> ReportSection.of(" ", "", List.of("a"), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("heading");
  }

  @Test
  void aReportNeedsAnAsOfDateAndAnEarlierPreviousPeriod() {
    Scorecard s = Scorecard.builder("Small").objective("F1", "Grow", "financial").build();

    assertThatThrownBy(() -> ScorecardReport.builder(s).build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("asOf");
    assertThatThrownBy(() -> ScorecardReport.builder(s).asOf(LocalDate.parse("2026-09-30"))
        .previous(LocalDate.parse("2026-09-30")).build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("previous").hasMessageContaining("2026-09-30");
  }

  @Test
  void thePreviousPeriodEndsWithTheQuarterBeforeTheAsOfDate() {
    ScorecardReport report = Examples.report(Examples.DOCUMENTS.resolve("acme-retail.yaml"));

    assertThat(report.previous()).isEqualTo(LocalDate.parse("2026-06-30"));
    assertThat(report.previousScore().asOf()).isEqualTo(report.previous());
  }

  @Test
  void theSameInputsGiveTheSameBytes() {
    ScorecardReport acme = Examples.report(Examples.DOCUMENTS.resolve("acme-retail.yaml"));

    assertThat(ScorecardReport.builder(acme.scorecard()).actuals(acme.actuals()).asOf(acme.asOf()).build().html())
        .isEqualTo(acme.html());
  }

  @Test
  void aScorecardWithoutActualsShowsNoDataEverywhere() {
    Scorecard s = Scorecard.builder("Small").objective("F1", "Grow", "financial").build();
    s = s.withObjective(s.objective("F1").orElseThrow().withKpi(Kpi.builder("k", "Revenue").increase()
        .baseline(1, "2026-01-01").target(2, "2026-12-31").build()));
    Document html = Jsoup.parse(ScorecardReport.builder(s).actuals(Actuals.empty())
        .asOf(LocalDate.parse("2026-09-30")).build().html());

    assertThat(html.select("#kpi-k .status").text()).contains(Styles.word(Status.NO_DATA));
    assertThat(html.select("#kpi-k svg")).isEmpty();
    assertThat(html.select("#initiatives p").text()).isEqualTo("The scorecard names no initiatives.");
  }

  @Test
  void twoHundredObjectivesMakeAPageUnderOneMegabyte() {
    ScorecardReport report = Examples.large(200);

    assertThat(report.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(1_000_000);
    assertThat(Jsoup.parse(report.html()).select("table.kpis tbody tr")).hasSize(600);
  }

  @Test
  void everyStatusPillAndTextColourMeetsAaContrast() {
    List<String[]> pairs = new ArrayList<>();
    for (Status s : Status.values()) {
      pairs.add(Styles.colours(s));
    }
    pairs.add(new String[] {Styles.TEXT, Styles.GROUND});
    pairs.add(new String[] {Styles.MUTED, Styles.GROUND});
    pairs.add(new String[] {Styles.MUTED, "#f0f4f8"});

    assertThat(pairs).allSatisfy(p -> assertThat(contrast(p[0], p[1])).as(p[0] + " on " + p[1])
        .isGreaterThanOrEqualTo(4.5));
  }

  /** WCAG 2's contrast ratio of two sRGB colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
