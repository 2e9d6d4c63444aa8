package io.github.bsckit.graph.export;

import static io.github.bsckit.core.internal.Markup.escape;
import static io.github.bsckit.core.internal.Markup.num;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.internal.Palette;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Draws a {@link Layout} as SVG: bands, labels, boxes, arrows, legend. */
final class SvgWriter {
  private static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";
  private static final String ARROW = "#455a64";
  private static final String DOWN_ARROW = "#c62828";
  private static final String[] BAND_FILLS = {"#f5f7f9", "#e8edf1"};
  private static final double TITLE_H = 46;
  private static final double TITLE_LINE_H = 24;
  private static final double SUBTITLE_H = 20;
  private static final int TITLE_LINES = 3;
  private static final double LEGEND_LINE_H = 24;
  private static final String CLOCK = "#37474f";
  private static final double CLOCK_R = 8;

  private final StrategyMap map;
  private final SvgOptions options;
  private final Layout layout;
  private final StringBuilder out = new StringBuilder(16_384);
  private final double top;
  private final List<String> title;
  private final List<String[]> legend;

  SvgWriter(StrategyMap map, SvgOptions options) {
    this.map = map;
    this.options = options;
    this.layout = new Layout(map);
    // A long name wraps (and only past three lines is cut) rather than running off the right edge.
    this.title = options.title()
        ? Words.wrap(map.scorecard().name(), layout.width() - 2 * Layout.MARGIN, 20, true, TITLE_LINES) : List.of();
    this.top = Layout.MARGIN + (options.title()
        ? TITLE_H + (title.size() - 1) * TITLE_LINE_H + (options.asOf().isPresent() ? SUBTITLE_H : 0) : 0);
    this.legend = options.legend() ? legendEntries() : List.of();
  }

  String write() {
    double bandsBottom = top + layout.rows() * layout.bandHeight;
    double width = layout.width();
    int legendLines = legendLines(width);
    double height = bandsBottom + (legendLines == 0 ? 0 : 12 + legendLines * LEGEND_LINE_H) + Layout.MARGIN;
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"")
        .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
        .append("\" ").append(FONT).append(">\n")
        .append("  <title>").append(escape("Strategy map: " + map.scorecard().name())).append("</title>\n")
        .append("  <defs>\n");
    marker("arrow", ARROW);
    marker("arrow-down", DOWN_ARROW);
    styleColours().forEach(c -> marker(styleMarker(c), c));
    out.append("  </defs>\n")
        .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    double y = Layout.MARGIN + 22;
    for (String line : title) {
      out.append("  <text x=\"").append(num(Layout.MARGIN)).append("\" y=\"").append(num(y))
          .append("\" font-size=\"20\" font-weight=\"bold\" fill=\"#263238\">").append(escape(line))
          .append("</text>\n");
      y += TITLE_LINE_H;
    }
    if (options.title() && options.asOf().isPresent()) {
      out.append("  <text class=\"as-of\" x=\"").append(num(Layout.MARGIN)).append("\" y=\"").append(num(y - 6))
          .append("\" font-size=\"13\" fill=\"#455a64\">").append(escape(asOfText())).append("</text>\n");
    }
    bands(width);
    arrows();
    boxes();
    if (legendLines > 0) {
      legend(bandsBottom + 12 + LEGEND_LINE_H - 6, width);
    }
    return out.append("</svg>\n").toString();
  }

  private void marker(String id, String colour) {
    out.append("    <marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
        .append("<path d=\"M0,1 L10,5 L0,9 z\" fill=\"").append(colour).append("\"/></marker>\n");
  }

  private void bands(double width) {
    out.append("  <g class=\"perspectives\">\n");
    for (int r = layout.rows() - 1; r >= 0; r--) {
      double y = layout.bandTop(top, r);
      double h = layout.bandHeight;
      String name = map.perspectiveAt(r).name();
      out.append("    <rect x=\"").append(num(Layout.MARGIN)).append("\" y=\"").append(num(y)).append("\" width=\"")
          .append(num(width - 2 * Layout.MARGIN)).append("\" height=\"").append(num(h)).append("\" fill=\"")
          .append(BAND_FILLS[(layout.rows() - 1 - r) % 2]).append("\" stroke=\"#b0bec5\" stroke-width=\"0.8\"/>\n");
      out.append("    <rect x=\"").append(num(Layout.MARGIN)).append("\" y=\"").append(num(y)).append("\" width=\"")
          .append(num(Layout.LABEL_W)).append("\" height=\"").append(num(h))
          .append("\" fill=\"#455a64\" stroke=\"#b0bec5\" stroke-width=\"0.8\"/>\n");
      List<String> lines = Words.wrap(name, Layout.LABEL_W - 16, 14, true, 3);
      double ly = y + h / 2 - (lines.size() - 1) * 8.5 + 5;
      for (String line : lines) {
        out.append("    <text x=\"").append(num(Layout.MARGIN + Layout.LABEL_W / 2)).append("\" y=\"").append(num(ly))
            .append("\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"#ffffff\">")
            .append(escape(line)).append("</text>\n");
        ly += 17;
      }
    }
    out.append("  </g>\n");
  }

  private void arrows() {
    double[][] ports = layout.ports();
    Map<Integer, String> sides = SideRoutes.paths(layout, top);
    out.append("  <g class=\"links\" fill=\"none\" stroke-linejoin=\"round\">\n");
    for (int k = 0; k < layout.routes.size(); k++) {
      Layout.Route route = layout.routes.get(k);
      CausalLink link = route.link();
      int[] nodes = route.nodes();
      boolean downward = map.rankOf(link.to()) < map.rankOf(link.from());
      StringBuilder d = new StringBuilder();
      if (route.sameRow(layout)) {
        if (!sides.containsKey(k)) {
          continue;
        }
        d.append(sides.get(k));
      } else {
        double[] xs = new double[nodes.length];
        double[] ys = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
          xs[i] = layout.cx(nodes[i]);
          ys[i] = layout.centreY(top, nodes[i]);
        }
        double half = layout.boxHeight / 2;
        xs[0] = ports[k][0];
        ys[0] += downward ? half : -half;
        xs[nodes.length - 1] = ports[k][1];
        ys[nodes.length - 1] += downward ? -half : half;
        d.append('M').append(num(xs[0])).append(',').append(num(ys[0]));
        for (int i = 1; i < nodes.length; i++) {
          // Vertical tangents at every point: smooth S-curves through the gaps, arrowheads pointing straight.
          double my = (ys[i - 1] + ys[i]) / 2;
          d.append(" C").append(num(xs[i - 1])).append(',').append(num(my)).append(' ').append(num(xs[i]))
              .append(',').append(num(my)).append(' ').append(num(xs[i])).append(',').append(num(ys[i]));
        }
      }
      path(link, d, downward);
    }
    for (CausalLink l : selfLinks()) {
      int i = map.indexOf(l.from());
      double right = layout.cx(i) + Layout.BOX_W / 2;
      double cy = layout.centreY(top, i);
      StringBuilder d = new StringBuilder().append('M').append(num(right)).append(',').append(num(cy - 8))
          .append(" C").append(num(right + 34)).append(',').append(num(cy - 30)).append(' ').append(num(right + 34))
          .append(',').append(num(cy + 30)).append(' ').append(num(right)).append(',').append(num(cy + 8));
      path(l, d, false);
    }
    out.append("  </g>\n");
  }

  private List<CausalLink> selfLinks() {
    List<CausalLink> out = new ArrayList<>();
    List<ObjectiveId> seen = new ArrayList<>();
    for (CausalLink l : map.links()) {
      if (l.isSelfLink() && !seen.contains(l.from())) {
        seen.add(l.from());
        out.add(l);
      }
    }
    return out;
  }

  private void path(CausalLink link, StringBuilder d, boolean downward) {
    double width = link.strength().map(s -> 0.8 + 2.2 * s.value()).orElse(1.6);
    // A change mark (a map of what changed between versions) wins over a style, which wins over the defaults.
    Mark mark = options.mark(link.from(), link.to()).orElse(null);
    LinkStyle style = mark != null ? null : options.linkStyle(link).orElse(null);
    String colour = mark != null ? mark.colour() : style != null ? style.colour() : downward ? DOWN_ARROW : ARROW;
    String dash = mark == Mark.REMOVED ? "3 3" : style != null ? style.dash()
        : link.polarity() == Polarity.INVERSE ? "7 4" : "";
    String marker = style != null ? styleMarker(style.colour()) : downward ? "arrow-down" : "arrow";
    String tip = link.toString() + link.rationale().map(r -> ": " + r).orElse("")
        + (style == null ? "" : " [" + style.label() + style.note().map(n -> ": " + n).orElse("") + "]");
    out.append("    <path d=\"").append(d).append("\" stroke=\"").append(colour)
        .append("\" stroke-width=\"").append(num(width)).append('"')
        .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
        .append(mark == Mark.REMOVED ? " opacity=\"0.45\"" : "")
        .append(mark == null ? "" : " class=\"" + mark.key() + "\"")
        .append(" marker-end=\"url(#").append(marker).append(")\">")
        .append("<title>").append(escape(tip)).append("</title></path>\n");
  }

  /** The links drawn: one per routed pair, plus one loop per self-linked objective. */
  private List<CausalLink> drawnLinks() {
    List<CausalLink> drawn = new ArrayList<>();
    layout.routes.forEach(r -> drawn.add(r.link()));
    drawn.addAll(selfLinks());
    return drawn;
  }

  /** The distinct colours of the styles of drawn links, in drawing order: each needs an arrowhead of its own. */
  private Set<String> styleColours() {
    Set<String> colours = new LinkedHashSet<>();
    drawnLinks().forEach(l -> options.linkStyle(l).ifPresent(s -> colours.add(s.colour().toLowerCase(Locale.ROOT))));
    return colours;
  }

  private static String styleMarker(String colour) {
    return "arrow-" + colour.substring(1).toLowerCase(Locale.ROOT);
  }

  private String asOfText() {
    return "Status as of " + options.asOf().orElseThrow();
  }

  private void boxes() {
    out.append("  <g class=\"objectives\">\n");
    Map<ObjectiveId, Status> statuses = options.statuses().orElse(null);
    for (int i = 0; i < layout.objectives; i++) {
      ObjectiveId id = map.objectiveIds().get(i);
      Objective o = map.objective(id).orElseThrow();
      Status status = statuses == null ? null : statuses.getOrDefault(id, Status.NO_DATA);
      String[] colours = status == null ? Palette.ofObjective(map, o.themes()) : Palette.ofStatus(status);
      Double score = options.scores().get(id);
      double left = layout.cx(i) - Layout.BOX_W / 2;
      double y = layout.boxTop(top, i);
      Mark mark = options.mark(id).orElse(null);
      Set<KpiId> stale = options.staleKpis(id);
      if (mark != null) {
        colours = new String[] {colours[0], mark.colour()};
      }
      out.append("    <g id=\"").append(escape("objective-" + id)).append('"')
          .append(mark == null ? "" : " class=\"" + mark.key() + "\"")
          .append(mark == Mark.REMOVED ? " opacity=\"0.45\"" : "").append(">\n")
          .append("      <title>").append(escape(id + ": " + o.name()
              + (status == null ? "" : " (" + Palette.label(status)
                  + (score == null ? "" : ", score " + Palette.percent(score)) + ")")
              + (stale.isEmpty() ? "" : "; stale data: " + stale.stream().map(KpiId::value)
                  .collect(Collectors.joining(", ")) + " without an actual for the last complete period")))
          .append("</title>\n")
          .append("      <rect x=\"").append(num(left)).append("\" y=\"").append(num(y)).append("\" width=\"")
          .append(num(Layout.BOX_W)).append("\" height=\"").append(num(layout.boxHeight))
          .append("\" rx=\"12\" ry=\"12\" fill=\"").append(colours[0]).append("\" stroke=\"").append(colours[1])
          .append("\" stroke-width=\"").append(mark == null ? "1.6" : "3.2").append('"')
          .append(mark == Mark.REMOVED ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
      boolean stripe = status != null && !o.themes().isEmpty();
      if (stripe) {
        // Status colours fill the box: the first theme stays visible as a stripe down its left side.
        out.append("      <rect class=\"theme\" x=\"").append(num(left + 4)).append("\" y=\"").append(num(y + 9))
            .append("\" width=\"5\" height=\"").append(num(layout.boxHeight - 18)).append("\" rx=\"2.5\" fill=\"")
            .append(Palette.ofTheme(map, o.themes().get(0))[1]).append("\"/>\n");
      }
      out.append("      <text x=\"").append(num(left + (stripe ? 14 : 10))).append("\" y=\"")
          .append(num(y + Layout.PAD + 8)).append("\" font-size=\"10\" fill=\"").append(colours[1]).append("\">")
          .append(escape(id.value())).append("</text>\n");
      if (status != null) {
        out.append("      <text class=\"score\" x=\"").append(num(left + Layout.BOX_W - 10)).append("\" y=\"")
            .append(num(y + Layout.PAD + 8)).append("\" text-anchor=\"end\" font-size=\"10\" font-weight=\"bold\"")
            .append(" fill=\"").append(Palette.text(status)).append("\">")
            .append(escape(Palette.mark(status) + " " + (score != null ? Palette.percent(score) : Palette.label(status))))
            .append("</text>\n");
      }
      themeDots(o, left, y);
      if (!stale.isEmpty()) {
        clock("      ", left + Layout.BOX_W, y);
      }
      List<String> lines = layout.names.get(i);
      double font = layout.fonts.get(i);
      double lineH = Layout.lineHeight(font);
      double textBlock = lines.size() * lineH;
      double ty = y + Layout.PAD + Layout.ID_H + (layout.boxHeight - 2 * Layout.PAD - Layout.ID_H - textBlock) / 2
          + font * 0.85;
      for (String line : lines) {
        out.append("      <text x=\"").append(num(layout.cx(i))).append("\" y=\"").append(num(ty))
            .append("\" text-anchor=\"middle\" font-size=\"").append(num(font)).append("\" fill=\"#212121\">")
            .append(escape(line)).append("</text>\n");
        ty += lineH;
      }
      out.append("    </g>\n");
    }
    out.append("  </g>\n");
  }

  /**
   * The stale-data badge: a clock, dark with white hands so it reads on every status colour, centred on
   * ({@code cx}, {@code cy}): an objective box's top right corner, or a legend entry.
   */
  private void clock(String indent, double cx, double cy) {
    out.append(indent).append("<g class=\"stale\"><circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
        .append("\" r=\"").append(num(CLOCK_R)).append("\" fill=\"").append(CLOCK).append("\" stroke=\"#ffffff\"")
        .append(" stroke-width=\"1.5\"/><path d=\"M").append(num(cx)).append(',').append(num(cy - CLOCK_R + 3))
        .append(" L").append(num(cx)).append(',').append(num(cy)).append(" L").append(num(cx + CLOCK_R - 3.5))
        .append(',').append(num(cy + 1.5)).append("\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"1.6\"")
        .append(" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></g>\n");
  }

  /** Objectives serving more than one theme get a dot per further theme in their bottom right corner. */
  private void themeDots(Objective o, double left, double y) {
    for (int t = 1; t < o.themes().size(); t++) {
      String[] c = Palette.ofTheme(map, o.themes().get(t));
      out.append("      <circle cx=\"").append(num(left + Layout.BOX_W - 12 - 11 * (t - 1))).append("\" cy=\"")
          .append(num(y + layout.boxHeight - 9)).append("\" r=\"4\" fill=\"").append(c[1]).append("\"/>\n");
    }
  }

  /**
   * What the legend explains, only what the map draws. Each entry: {kind, colour, stroke or dash, label}; kinds
   * are "box" (a filled box), "stripe" (a theme stripe), "dot" (a further-theme dot), "clock" (the stale-data
   * badge), "line" (an arrow style), "text" (words alone, bold) and "note" (words alone).
   */
  private List<String[]> legendEntries() {
    List<String[]> entries = new ArrayList<>();
    boolean status = options.statuses().isPresent();
    Set<ThemeId> used = new LinkedHashSet<>();
    boolean plain = false;
    boolean dots = false;
    for (ObjectiveId id : map.objectiveIds()) {
      List<ThemeId> themes = map.objective(id).orElseThrow().themes();
      used.addAll(themes);
      plain |= themes.isEmpty();
      dots |= themes.size() > 1;
    }
    if (status) {
      options.asOf().ifPresent(d -> entries.add(new String[] {"text", "", "", asOfText() + ":"}));
      Set<Status> statuses = EnumSet.noneOf(Status.class);
      for (ObjectiveId id : map.objectiveIds()) {
        statuses.add(options.statuses().get().getOrDefault(id, Status.NO_DATA));
      }
      statuses.forEach(s -> entries.add(new String[] {"box", Palette.ofStatus(s)[0], Palette.ofStatus(s)[1],
          Palette.mark(s) + " " + Palette.label(s)}));
      if (!options.scores().isEmpty()) {
        entries.add(new String[] {"note", "", "", "73% = the objective's score"});
      }
    }
    if (map.objectiveIds().stream().anyMatch(id -> !options.staleKpis(id).isEmpty())) {
      entries.add(new String[] {"clock", "", "", "stale data: a KPI has no actual for its last complete period"});
    }
    for (Theme t : map.scorecard().themes()) {
      if (used.contains(t.id())) {
        String[] c = Palette.ofTheme(map, t.id());
        entries.add(status ? new String[] {"stripe", c[1], "", "theme: " + t.name()}
            : new String[] {"box", c[0], c[1], "theme: " + t.name()});
      }
    }
    if (plain && !status) {
      entries.add(new String[] {"box", Palette.PLAIN_FILL, Palette.PLAIN_STROKE, "no theme"});
    }
    if (dots) {
      entries.add(new String[] {"dot", "#5f6b76", "", "dot: a further theme, in its colour"});
    }
    boolean any = !layout.routes.isEmpty() || !selfLinks().isEmpty();
    boolean inverse = false;
    boolean downward = false;
    boolean strengths = false;
    Map<String, LinkStyle> styles = new LinkedHashMap<>();
    for (CausalLink l : drawnLinks()) {
      strengths |= l.strength().isPresent();
      LinkStyle style = options.linkStyle(l).orElse(null);
      if (style != null) {
        styles.putIfAbsent(style.label(), style);
        continue;
      }
      inverse |= l.polarity() == Polarity.INVERSE;
      downward |= !l.isSelfLink() && map.rankOf(l.to()) < map.rankOf(l.from());
    }
    if (any) {
      entries.add(new String[] {"line", ARROW, "", strengths ? "cause \u2192 effect (thicker: stronger)"
          : "cause \u2192 effect"});
    }
    styles.values().forEach(s -> entries.add(new String[] {"line", s.colour(), s.dash(), s.label()}));
    if (inverse) {
      entries.add(new String[] {"line", ARROW, "7 4", "inverse link"});
    }
    if (downward) {
      entries.add(new String[] {"line", DOWN_ARROW, "", "downward link"});
    }
    Set<Mark> marks = EnumSet.noneOf(Mark.class);
    for (ObjectiveId id : map.objectiveIds()) {
      options.mark(id).ifPresent(marks::add);
    }
    for (CausalLink l : map.links()) {
      options.mark(l.from(), l.to()).ifPresent(marks::add);
    }
    marks.forEach(m -> entries.add(new String[] {"box", "#ffffff", m.colour(), m.label()}));
    return entries;
  }

  private static double entryWidth(String[] e) {
    boolean words = e[0].equals("text") || e[0].equals("note");
    return (words ? 0 : 28) + TextWidth.of(e[3], 12, e[0].equals("text")) + 22;
  }

  private int legendLines(double width) {
    int lines = legend.isEmpty() ? 0 : 1;
    double x = Layout.MARGIN;
    for (String[] e : legend) {
      if (x > Layout.MARGIN && x + entryWidth(e) > width - Layout.MARGIN) {
        lines++;
        x = Layout.MARGIN;
      }
      x += entryWidth(e);
    }
    return lines;
  }

  private void legend(double baseline, double width) {
    out.append("  <g class=\"legend\" font-size=\"12\" fill=\"#37474f\">\n");
    double x = Layout.MARGIN;
    double y = baseline;
    for (String[] e : legend) {
      if (x > Layout.MARGIN && x + entryWidth(e) > width - Layout.MARGIN) {
        x = Layout.MARGIN;
        y += LEGEND_LINE_H;
      }
      switch (e[0]) {
        case "box" -> out.append("    <rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 11))
            .append("\" width=\"22\" height=\"14\" rx=\"4\" fill=\"").append(e[1]).append("\" stroke=\"").append(e[2])
            .append("\" stroke-width=\"1.4\"/>\n");
        case "stripe" -> out.append("    <rect x=\"").append(num(x + 8)).append("\" y=\"").append(num(y - 12))
            .append("\" width=\"5\" height=\"16\" rx=\"2.5\" fill=\"").append(e[1]).append("\"/>\n");
        case "dot" -> out.append("    <circle cx=\"").append(num(x + 11)).append("\" cy=\"").append(num(y - 4))
            .append("\" r=\"4\" fill=\"").append(e[1]).append("\"/>\n");
        case "line" -> out.append("    <path d=\"M").append(num(x)).append(',').append(num(y - 4)).append(" L")
            .append(num(x + 22)).append(',').append(num(y - 4)).append("\" stroke=\"").append(e[1])
            .append("\" stroke-width=\"2\"").append(e[2].isEmpty() ? "" : " stroke-dasharray=\"" + e[2] + "\"")
            .append(" marker-end=\"url(#").append(e[1].equals(DOWN_ARROW) ? "arrow-down"
                : e[1].equals(ARROW) ? "arrow" : styleMarker(e[1])).append(")\"/>\n");
        case "clock" -> clock("    ", x + 11, y - 4);
        default -> { } // text and note: the words alone
      }
      double tx = e[0].equals("text") || e[0].equals("note") ? x : x + 28;
      out.append("    <text x=\"").append(num(tx)).append("\" y=\"").append(num(y)).append("\"")
          .append(e[0].equals("text") ? " font-weight=\"bold\"" : "").append(">").append(escape(e[3]))
          .append("</text>\n");
      x += entryWidth(e);
    }
    out.append("  </g>\n");
  }
}
