package io.github.bsckit.report;

import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.internal.Palette;

/**
 * The report's look: one stylesheet (screen, narrow screens, print) and the status colours. Each status is shown
 * as a word with an icon on a coloured ground, so colour is never the only signal; every text colour here has a
 * contrast ratio of at least 4.5:1 (WCAG AA) on its ground, which {@code StylesTest} checks.
 */
final class Styles {
  private Styles() {}

  /** Body text and its ground. */
  static final String TEXT = "#1f2933";
  static final String GROUND = "#ffffff";
  /** Secondary text (labels, notes) on white. */
  static final String MUTED = "#52606d";

  /** {@return the CSS class of a status pill} */
  static String statusClass(Status status) {
    return switch (status) {
      case ON_TRACK -> "s-on";
      case AT_RISK -> "s-risk";
      case OFF_TRACK -> "s-off";
      case NO_DATA -> "s-none";
    };
  }

  /** {@return the status as the report words it: {@code On track}} */
  static String word(Status status) {
    return switch (status) {
      case ON_TRACK -> "On track";
      case AT_RISK -> "At risk";
      case OFF_TRACK -> "Off track";
      case NO_DATA -> "No data";
    };
  }

  /**
   * {@return the icon shown before the status word (hidden from screen readers, which read the word)}: the
   * strategy map's mark of the status, so the report's table and its map speak alike
   */
  static String icon(Status status) {
    return Palette.mark(status);
  }

  /**
   * {@return the text and ground colours of a status pill}: the ground is the status's fill on the strategy map;
   * the text is a dark shade of the map's stroke, dark enough to read on that fill
   */
  static String[] colours(Status status) {
    String text = switch (status) {
      case ON_TRACK -> "#14532d";
      case AT_RISK -> "#5c3d00";
      case OFF_TRACK -> "#7f1d1d";
      case NO_DATA -> "#37474f";
    };
    return new String[] {text, Palette.ofStatus(status)[0]};
  }

  /** {@return the whole stylesheet} */
  static String css() {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("""
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%%}
        body{margin:0;background:%s;color:%s;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",\
        "DejaVu Sans",Helvetica,Arial,sans-serif;overflow-wrap:break-word}
        main{max-width:1180px;margin:0 auto;padding:24px 20px 40px}
        h1{font-size:1.9rem;line-height:1.2;margin:0 0 .4rem}
        h2{font-size:1.4rem;margin:2.2rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid #cbd2d9}
        h3{font-size:1.15rem;margin:1.6rem 0 .5rem}
        h4{font-size:1rem;margin:1.2rem 0 .3rem}
        p{margin:.3rem 0 .6rem}
        .muted,.meta{color:%s}
        .lead{font-size:1.05rem;max-width:75ch}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.6rem 0}
        dl.facts dt{font-weight:600}
        dl.facts dd{margin:0}
        .map{margin:0;overflow-x:auto}
        .map svg{display:block;max-width:100%%;height:auto;border:1px solid #cbd2d9;border-radius:6px}
        table{border-collapse:collapse;width:100%%;margin:.4rem 0 1rem;font-size:.93rem}
        caption{text-align:left;font-weight:600;padding:.2rem 0}
        th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d9e2ec}
        thead th{background:#f0f4f8;border-bottom:2px solid #9aa5b1}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .status{display:inline-block;white-space:nowrap;padding:.05rem .5rem;border-radius:999px;font-weight:600;\
        font-size:.88em}
        .status::before{margin-right:.3em}
        time{white-space:nowrap}
        """.formatted(GROUND, TEXT, MUTED));
    for (Status s : Status.values()) {
      String[] c = colours(s);
      sb.append('.').append(statusClass(s)).append("{color:").append(c[0]).append(";background:").append(c[1])
          .append("}\n.").append(statusClass(s)).append("::before{content:\"").append(icon(s))
          .append("\" / \"\"}\n"); // the icon is decoration: the alternative text "" keeps screen readers on the word
    }
    sb.append("""
        .score-big{font-size:2.2rem;font-weight:700;margin-right:.6rem}
        table.counts{width:auto;min-width:min(24rem,100%%)}
        .changes{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem}
        table.kpis{table-layout:fixed}
        table.kpis th:nth-child(1){width:25%%}
        table.kpis th:nth-child(2),table.kpis th:nth-child(3){width:14%%}
        table.kpis th:nth-child(4){width:12%%}
        table.kpis th:nth-child(5){width:8%%}
        table.kpis th:nth-child(6){width:12%%}
        table.kpis th:nth-child(7){width:15%%}
        .id{color:%s;font-weight:400;margin-right:.25em}
        .spark{display:block;width:110px;height:28px}
        .spark polyline{fill:none;stroke:#243b53;stroke-width:1.6;stroke-linejoin:round}
        .spark circle{fill:#243b53}
        .spark .t{stroke:#7b8794;stroke-width:1;stroke-dasharray:3 2}
        ul.findings{margin:.2rem 0 .6rem;padding-left:1.2rem}
        footer{margin-top:3rem;font-size:.85rem;color:%s}
        @media (max-width:700px){
          main{padding:16px 12px 32px}
          h1{font-size:1.5rem}
          .changes{grid-template-columns:1fr}
          .map svg{max-width:none;width:680px}
          table.cards,table.cards tbody,table.cards tr,table.cards th,table.cards td{display:block;width:100%%}
          table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
          table.cards tr{border:1px solid #d9e2ec;border-radius:6px;margin:0 0 .6rem;padding:.3rem .5rem}
          table.cards th,table.kpis th:nth-child(n){border:0;padding:.2rem 0;width:100%%}
          table.cards td{border:0;padding:.15rem 0 .15rem 9.5rem;position:relative;min-height:1.6rem}
          table.cards td.num{text-align:left}
          table.cards td::before{content:attr(data-label);font-weight:600;color:%s;position:absolute;left:0;\
          top:.15rem;width:9rem}
          table.kpis td:nth-child(2)::before{content:"Actual"}
          table.kpis td:nth-child(3)::before{content:"Target"}
          table.kpis td:nth-child(4)::before{content:"Expected to date"}
          table.kpis td:nth-child(5)::before{content:"Score"}
          table.kpis td:nth-child(6)::before{content:"Status"}
          table.kpis td:nth-child(7)::before{content:"Trend"}
          table.krs td:nth-child(2)::before{content:"Key result"}
          table.krs td:nth-child(3)::before{content:"Grade"}
          table.krs td:nth-child(4)::before{content:"Status"}
        }
        @media print{
          @page{margin:14mm 12mm}
          body{font-size:10pt}
          main{max-width:none;padding:0}
          section.major+section.major{break-before:page}
          h2,h3,h4{break-after:avoid}
          tr,.status,figure{break-inside:avoid}
          .map svg{max-height:240mm;width:100%%;border:0}
          a{color:inherit;text-decoration:none}
        }
        """.formatted(MUTED, MUTED, MUTED));
    return sb.toString();
  }
}
