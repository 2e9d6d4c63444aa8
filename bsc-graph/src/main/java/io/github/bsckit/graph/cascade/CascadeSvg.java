package io.github.bsckit.graph.cascade;

import static io.github.bsckit.core.internal.Markup.escape;
import static io.github.bsckit.core.internal.Markup.num;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.portfolio.Alignment;
import io.github.bsckit.core.portfolio.ConsolidatedScore;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.PortfolioReport;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitObjective;
import io.github.bsckit.core.portfolio.UnitScore;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.internal.Palette;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Draws a portfolio's alignment as a strategy office shows it: one band per level of the unit tree (corporate on
 * top, then business units, then teams), each unit a box holding its objectives, and an arrow from every
 * supporting objective up to the objective it supports. With a {@link PortfolioReport}, each objective is
 * coloured by its consolidated status and shows its consolidated score, and each unit its own. The output depends
 * only on its inputs (same portfolio, same bytes). Thread-safe: a static function.
 *
 * <pre>{@code
 * String svg = CascadeSvg.draw(portfolio, Optional.of(Consolidation.defaults().score(portfolio, actualsByUnit, asOf)));
 * }</pre>
 */
public final class CascadeSvg {
  private static final int MARGIN = 24;
  private static final int TITLE = 40;
  private static final int CHIP_W = 124;
  private static final int CHIP_H = 52;
  private static final int CHIP_GAP = 8;
  private static final int UNIT_PAD = 10;
  private static final int UNIT_HEAD = 24;
  private static final int UNIT_GAP = 18;
  private static final int LEVEL_GAP = 90;
  private static final int LEGEND = 40;

  private CascadeSvg() {}

  /** Where a unit's box is. */
  private record Box(Unit unit, double x, double y, double w, double h) {}

  /**
   * Draws the alignment picture.
   *
   * @param portfolio the portfolio
   * @param report its consolidated scores, for colours and numbers; empty draws the structure alone
   * @return a standalone SVG document
   */
  public static String draw(Portfolio portfolio, Optional<PortfolioReport> report) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(report, "report");
    List<List<Unit>> levels = levels(portfolio);
    double unitH = UNIT_HEAD + CHIP_H + 2 * UNIT_PAD;
    double width = 0;
    for (List<Unit> level : levels) {
      double w = 0;
      for (Unit u : level) {
        w += unitWidth(u) + UNIT_GAP;
      }
      width = Math.max(width, w - UNIT_GAP);
    }
    width += 2 * MARGIN;
    double height = MARGIN + TITLE + levels.size() * unitH + (levels.size() - 1) * LEVEL_GAP + LEGEND + MARGIN;
    Map<UnitObjective, double[]> chips = new HashMap<>();
    List<Box> boxes = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      List<Unit> level = levels.get(l);
      double total = level.stream().mapToDouble(u -> unitWidth(u) + UNIT_GAP).sum() - UNIT_GAP;
      double x = (width - total) / 2;
      double y = MARGIN + TITLE + l * (unitH + LEVEL_GAP);
      for (Unit u : level) {
        double w = unitWidth(u);
        boxes.add(new Box(u, x, y, w, unitH));
        double cx = x + (w - chipsWidth(u)) / 2;
        for (Objective o : u.scorecard().objectives()) {
          chips.put(new UnitObjective(u.id(), o.id()), new double[] {cx, y + UNIT_HEAD + UNIT_PAD});
          cx += CHIP_W + CHIP_GAP;
        }
        x += w + UNIT_GAP;
      }
    }
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"")
        .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
        .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
    svg.append("<title>").append(escape(portfolio.name())).append(": alignment</title>\n");
    svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
        + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#546e7a\"/>"
        + "</marker></defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(MARGIN + 18).append("\" font-size=\"18\""
        + " font-weight=\"bold\" fill=\"#263238\">").append(escape(portfolio.name()))
        .append(report.map(r -> " — alignment as of " + r.asOf()).orElse(" — alignment")).append("</text>\n");
    for (Box b : boxes) {
      unit(svg, b, report.flatMap(r -> r.unit(b.unit().id())));
    }
    svg.append("<g fill=\"none\" stroke=\"#546e7a\" stroke-opacity=\"0.75\">\n");
    for (Alignment a : portfolio.alignments()) {
      double[] from = chips.get(a.from());
      double[] to = chips.get(a.to());
      double x1 = from[0] + CHIP_W / 2.0;
      double y1 = from[1];
      double x2 = to[0] + CHIP_W / 2.0;
      double y2 = to[1] + CHIP_H + 2;
      double bend = Math.max(30, Math.abs(y1 - y2) / 2);
      svg.append("<path d=\"M").append(num(x1)).append(',').append(num(y1)).append(" C").append(num(x1)).append(',')
          .append(num(y1 - bend)).append(' ').append(num(x2)).append(',').append(num(y2 + bend)).append(' ')
          .append(num(x2)).append(',').append(num(y2)).append("\" stroke-width=\"")
          .append(num(Math.min(4, 1 + a.weight() / 2))).append("\" marker-end=\"url(#arrow)\"><title>")
          .append(escape(a.from() + " supports " + a.to() + a.rationale().map(r -> ": " + r).orElse("")))
          .append("</title></path>\n");
    }
    svg.append("</g>\n");
    for (Box b : boxes) {
      for (Objective o : b.unit().scorecard().objectives()) {
        UnitObjective id = new UnitObjective(b.unit().id(), o.id());
        chip(svg, chips.get(id), o, report.flatMap(r -> r.objective(id)));
      }
    }
    legend(svg, height - MARGIN - LEGEND + 16, report.isPresent());
    return svg.append("</svg>\n").toString();
  }

  /** The units level by level, each level in the order of a depth-first walk so children sit under parents. */
  private static List<List<Unit>> levels(Portfolio portfolio) {
    List<List<Unit>> levels = new ArrayList<>();
    for (Unit u : portfolio.units()) {
      if (u.parent().isEmpty()) {
        walk(portfolio, u, 0, levels);
      }
    }
    return levels;
  }

  private static void walk(Portfolio portfolio, Unit u, int depth, List<List<Unit>> levels) {
    while (levels.size() <= depth) {
      levels.add(new ArrayList<>());
    }
    levels.get(depth).add(u);
    portfolio.children(u.id()).forEach(c -> walk(portfolio, c, depth + 1, levels));
  }

  private static double chipsWidth(Unit u) {
    int n = u.scorecard().objectives().size();
    return n == 0 ? 0 : n * CHIP_W + (n - 1) * CHIP_GAP;
  }

  private static double unitWidth(Unit u) {
    return Math.max(160, chipsWidth(u) + 2 * UNIT_PAD);
  }

  private static void unit(StringBuilder svg, Box b, Optional<UnitScore> score) {
    svg.append("<g class=\"unit\" id=\"unit-").append(escape(b.unit().id().value())).append("\">");
    svg.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
        .append(num(b.w())).append("\" height=\"").append(num(b.h())).append("\" rx=\"8\" fill=\"#f5f7f8\""
        + " stroke=\"#90a4ae\"/>");
    String head = b.unit().name() + score.map(s -> "  " + (s.score().isPresent()
        ? Numbers.percent(s.score().getAsDouble()) : "no data") + ", coverage " + Numbers.share(s.coverage()))
        .orElse("");
    svg.append("<text x=\"").append(num(b.x() + UNIT_PAD)).append("\" y=\"").append(num(b.y() + 17))
        .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#37474f\">").append(escape(fit(head,
            (int) (b.w() / 6.6)))).append("</text></g>\n");
  }

  private static void chip(StringBuilder svg, double[] at, Objective o, Optional<ConsolidatedScore> score) {
    Status status = score.map(ConsolidatedScore::status).orElse(null);
    String[] colours = colours(status);
    svg.append("<g class=\"objective\"><title>").append(escape(score.map(ConsolidatedScore::explain)
        .orElse(o.id() + " " + o.name()))).append("</title>");
    svg.append("<rect x=\"").append(num(at[0])).append("\" y=\"").append(num(at[1])).append("\" width=\"")
        .append(CHIP_W).append("\" height=\"").append(CHIP_H).append("\" rx=\"5\" fill=\"").append(colours[0])
        .append("\" stroke=\"").append(colours[1]).append("\" stroke-width=\"1.5\"/>");
    text(svg, at[0] + 6, at[1] + 15, 11, "bold", o.id().value() + score.map(s -> s.score().isPresent()
        ? "  " + Numbers.percent(s.score().getAsDouble()) : "  no data").orElse(""));
    List<String> lines = wrap(o.name(), 20, 2);
    for (int i = 0; i < lines.size(); i++) {
      text(svg, at[0] + 6, at[1] + 30 + 12 * i, 10, "normal", lines.get(i));
    }
    svg.append("</g>\n");
  }

  private static void text(StringBuilder svg, double x, double y, int size, String weight, String text) {
    svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(size)
        .append("\" font-weight=\"").append(weight).append("\" fill=\"#263238\">").append(escape(text))
        .append("</text>");
  }

  private static void legend(StringBuilder svg, double y, boolean scored) {
    double x = MARGIN;
    svg.append("<g class=\"legend\" font-size=\"11\" fill=\"#37474f\">");
    if (scored) {
      for (Status s : Status.values()) {
        String[] c = colours(s);
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 10)).append("\" width=\"14\""
            + " height=\"12\" rx=\"2\" fill=\"").append(c[0]).append("\" stroke=\"").append(c[1]).append("\"/>");
        svg.append("<text x=\"").append(num(x + 20)).append("\" y=\"").append(num(y)).append("\">")
            .append(Palette.label(s)).append("</text>");
        x += 110;
      }
    }
    svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\">arrow: supports the"
        + " objective above (thicker: more weight); scores are consolidated through alignment</text></g>\n");
  }

  /** The fill and stroke of a status, from the strategy map's palette; plain when the unit is not scored. */
  private static String[] colours(Status status) {
    return status == null ? new String[] {Palette.PLAIN_FILL, Palette.PLAIN_STROKE} : Palette.ofStatus(status);
  }

  /** Up to {@code lines} lines of at most {@code width} characters, the last cut with "…" when text remains. */
  private static List<String> wrap(String text, int width, int lines) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.split("\\s+");
    int i = 0;
    while (i < words.length && out.size() < lines) {
      String w = words[i];
      if (line.length() == 0 || line.length() + 1 + w.length() <= width) {
        line.append(line.length() == 0 ? "" : " ").append(w);
        i++;
      } else {
        out.add(line.toString());
        line.setLength(0);
      }
    }
    if (out.size() < lines && line.length() > 0) {
      out.add(line.toString());
      line.setLength(0);
    }
    if (i < words.length || line.length() > 0) {
      out.set(out.size() - 1, fit(out.get(out.size() - 1) + " " + String.join(" ", List.of(words).subList(i,
          words.length)), width));
    }
    return out.stream().map(l -> fit(l, width)).toList();
  }

  private static String fit(String s, int width) {
    return s.codePointCount(0, s.length()) <= width ? s : s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
  }
}
