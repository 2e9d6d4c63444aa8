package io.github.bsckit.core.io;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.portfolio.Aggregation;
import io.github.bsckit.core.portfolio.Alignment;
import io.github.bsckit.core.portfolio.KpiRollUp;
import io.github.bsckit.core.portfolio.MissingData;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitKpi;
import io.github.bsckit.core.portfolio.UnitObjective;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one portfolio document and the scorecard documents it refers to. The portfolio document's own problems
 * are collected located in it; each referenced document's problems come located in that document. Confined to
 * one read.
 */
final class PortfolioDecoder {
  static final int VERSION = 1;
  static final String VERSION_KEY = "bsc-portfolio";
  static final KeyList TOP = KeyList.of(VERSION_KEY, "name", "supportShare", "units", "alignments", "rollUps");
  static final KeyList UNIT = KeyList.of("id", "name", "parent", "weight", "scorecard");
  static final KeyList ALIGNMENT = KeyList.of("from", "to", "weight", "rationale");
  static final KeyList ROLLUP = KeyList.of("kpi", "aggregation", "sources", "numerators", "denominators", "scale",
      "missing");
  private static final Pattern PORTFOLIO_DOCUMENT = Pattern.compile("(?m)^\\s*\\{?\\s*\"?bsc-portfolio\"?\\s*:");

  private final PortfolioReader reader;
  private final String source;
  /** The portfolio document's file (or a stand-in in the folder references resolve against); empty: no folder. */
  private final Optional<Path> file;
  private final Problems problems;
  private final Values values;
  /** Problems of the referenced documents, located in them. */
  private final List<Problem> elsewhere = new ArrayList<>();
  private final Map<UnitId, Actuals> actuals = new HashMap<>();
  private final Map<UnitId, String> references = new HashMap<>();
  private int files = 1;
  private long bytes;

  PortfolioDecoder(PortfolioReader reader, String source, Optional<Path> file) {
    this.reader = reader;
    this.source = source;
    this.file = file;
    this.problems = new Problems(source);
    this.values = new Values(problems);
  }

  PortfolioDocument readFile() {
    Path f = file.orElseThrow();
    try {
      bytes = Files.size(f);
    } catch (IOException e) {
      bytes = 0; // InputText reports why the file cannot be read
    }
    if (bytes > reader.maxTotalBytes()) {
      throw new DocumentException(source, List.of(new Problem(source, 1, 1, "", "the portfolio document has " + bytes
          + " bytes, more than the limit of " + reader.maxTotalBytes() + " bytes for all files of a portfolio")));
    }
    return decode(InputText.of(f, reader.limits(), problems));
  }

  PortfolioDocument readText(String text) {
    bytes = text.length();
    return decode(InputText.of(text, reader.limits(), problems));
  }

  private PortfolioDocument decode(String text) {
    Node root = TreeReader.read(text, reader.format(), reader.limits(), problems);
    problems.locate(DocPath.ROOT, root);
    if (!(root instanceof Node.MapNode map)) {
      throw problems.fatal("", root.line(), root.column(), "a portfolio document must be a map that starts with `"
          + VERSION_KEY + ": " + VERSION + "`, but this one is " + root.describe());
    }
    version(map);
    Fields top = values.map(root, DocPath.ROOT, TOP);
    top.require("name", "units");
    String name = top.string("name");
    Double share = top.finite("supportShare");
    List<Unit> units = new ArrayList<>();
    List<Node> unitNodes = top.list("units");
    boolean scorecardsRead = true;
    for (int i = 0; i < unitNodes.size(); i++) {
      Unit u = unit(unitNodes.get(i), DocPath.of("units").item(i));
      if (u == null) {
        scorecardsRead = false;
      } else {
        units.add(u);
      }
    }
    List<Alignment> alignments = new ArrayList<>();
    List<Node> alignmentNodes = top.list("alignments");
    for (int i = 0; i < alignmentNodes.size(); i++) {
      Alignment a = alignment(alignmentNodes.get(i), DocPath.of("alignments").item(i));
      if (a != null) {
        alignments.add(a);
      }
    }
    List<KpiRollUp> rollUps = new ArrayList<>();
    List<Node> rollUpNodes = top.list("rollUps");
    for (int i = 0; i < rollUpNodes.size(); i++) {
      KpiRollUp r = rollUp(rollUpNodes.get(i), DocPath.of("rollUps").item(i));
      if (r != null) {
        rollUps.add(r);
      }
    }
    Portfolio portfolio = null;
    // The model's cross-checks are only worth running on what was read whole: a unit whose scorecard could not
    // be read would make every alignment to it an echo of the first problem.
    if (problems.isEmpty() && elsewhere.isEmpty() && scorecardsRead && name != null) {
      double s = share == null ? Portfolio.DEFAULT_SUPPORT_SHARE : share;
      portfolio = problems.attempt("", () -> Portfolio.of(name, units, alignments, rollUps, s));
    }
    throwIfAny();
    return new PortfolioDocument(portfolio, actuals, references);
  }

  private void throwIfAny() {
    if (problems.isEmpty() && elsewhere.isEmpty()) {
      return;
    }
    List<Problem> all = new ArrayList<>(problems.problems());
    all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    all.addAll(elsewhere);
    throw new DocumentException(source, all);
  }

  private void version(Node.MapNode root) {
    Node.Entry e = root.get(VERSION_KEY);
    if (e == null) {
      String hint = root.get("bsc") != null ? "; this is a scorecard document, read it as one" : "";
      throw problems.fatal(VERSION_KEY, root.line(), root.column(), "missing `" + VERSION_KEY + ": " + VERSION
          + "`, the portfolio format version; put it first in the document" + hint);
    }
    problems.locate(DocPath.of(VERSION_KEY), e.value());
    if (!(e.value() instanceof Node.Scalar n && n.type() == Node.Type.NUMBER && n.number() == VERSION)) {
      throw problems.fatal(VERSION_KEY, e.value().line(), e.value().column(), "unsupported portfolio format version "
          + e.value().describe() + "; this version of bsc-kit reads version " + VERSION);
    }
  }

  /** {@return the unit, or null when it could not be made (reported)} */
  private Unit unit(Node n, DocPath path) {
    Fields f = values.map(n, path, UNIT);
    if (f == null) {
      return null;
    }
    f.require("id", "name", "scorecard");
    String id = f.string("id");
    String unitName = f.string("name");
    String parent = f.string("parent");
    Double weight = f.finite("weight");
    UnitId unitId = id == null ? null : problems.attempt(f.path("id"), () -> UnitId.of(id));
    UnitId parentId = parent == null ? null : problems.attempt(f.path("parent"), () -> UnitId.of(parent));
    Scorecard scorecard = scorecard(f, unitId);
    if (unitId == null || unitName == null || scorecard == null || (parent != null && parentId == null)) {
      return null;
    }
    return problems.attempt(path, () -> new Unit(unitId, unitName, Optional.ofNullable(parentId),
        weight == null ? 1 : weight, scorecard));
  }

  private Scorecard scorecard(Fields f, UnitId unit) {
    Node n = f.get("scorecard");
    DocPath path = f.path("scorecard");
    if (n == null) {
      return null;
    }
    problems.locate(path, n);
    if (n instanceof Node.MapNode) {
      Problems inline = new Problems(source);
      try {
        ScorecardDocument doc = ScorecardDecoder.decode(n, inline);
        if (unit != null && !doc.actuals().isEmpty()) {
          actuals.put(unit, doc.actuals());
        }
        return doc.scorecard();
      } catch (DocumentException e) {
        String under = path.toString();
        e.problems().forEach(p -> problems.add(p.under(under)));
        return null;
      }
    }
    if (!(n instanceof Node.Scalar s && s.type() == Node.Type.STRING)) {
      problems.add(path, n, "must be a scorecard document, inline or the relative path of its file, but was "
          + n.describe());
      return null;
    }
    return referenced(s, path, unit);
  }

  private Scorecard referenced(Node.Scalar n, DocPath path, UnitId unit) {
    String ref = n.text();
    String wrong = PortfolioDocument.References.problem(ref);
    if (wrong != null) {
      problems.add(path, n, wrong);
      return null;
    }
    if (file.isEmpty()) {
      problems.add(path, n, "refers to the file \"" + ref + "\", but this portfolio was read from text without a"
          + " folder to resolve it against; read it from its file, or put the scorecard inline");
      return null;
    }
    Path folder = folderOf(file.get());
    Path target = folder.resolve(ref).normalize();
    String shown = target.toString();
    if (!Files.isRegularFile(target)) {
      problems.add(path, n, "refers to \"" + ref + "\", but there is no such file" + (Files.exists(target)
          ? " (it is a folder)" : "") + " at " + shown);
      return null;
    }
    try {
      Path realFolder = folder.toRealPath();
      Path realTarget = target.toRealPath();
      if (!realTarget.startsWith(realFolder)) {
        problems.add(path, n, "must stay inside the portfolio's folder but \"" + ref + "\" leads to " + realTarget);
        return null;
      }
      if (Files.exists(file.get()) && realTarget.equals(file.get().toRealPath())) {
        problems.add(path, n, "refers back to this portfolio document: a reference cycle; refer to the unit's"
            + " scorecard document");
        return null;
      }
      if (++files > reader.maxFiles()) {
        problems.add(path, n, "would open file " + files + ", more than the limit of " + reader.maxFiles()
            + " files for one portfolio");
        return null;
      }
      bytes += Files.size(target);
      if (bytes > reader.maxTotalBytes()) {
        problems.add(path, n, "would bring the files read to " + bytes + " bytes, more than the limit of "
            + reader.maxTotalBytes() + " bytes for all files of a portfolio");
        return null;
      }
    } catch (IOException e) {
      problems.add(path, n, "refers to \"" + ref + "\", which cannot be read: " + e.getMessage());
      return null;
    }
    Format format;
    try {
      format = Format.forFile(target);
    } catch (RuntimeException e) {
      problems.add(path, n, "refers to \"" + ref + "\", whose extension names no format: " + e.getMessage());
      return null;
    }
    Problems theirs = new Problems(shown);
    String text;
    try {
      text = InputText.of(target, reader.limits(), theirs);
      if (PORTFOLIO_DOCUMENT.matcher(text).find()) {
        problems.add(path, n, "refers to \"" + ref + "\", which is a portfolio document: a unit's scorecard must be a"
            + " scorecard document (portfolios do not nest, so no reference can go round)");
        return null;
      }
      ScorecardDocument doc = ScorecardDecoder.decode(TreeReader.read(text, format, reader.limits(), theirs), theirs);
      if (unit != null) {
        references.put(unit, ref);
        if (!doc.actuals().isEmpty()) {
          actuals.put(unit, doc.actuals());
        }
      }
      return doc.scorecard();
    } catch (DocumentException e) {
      elsewhere.addAll(e.problems());
      return null;
    }
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  private Alignment alignment(Node n, DocPath path) {
    Fields f = values.map(n, path, ALIGNMENT);
    if (f == null) {
      return null;
    }
    f.require("from", "to");
    UnitObjective from = qualified(f, "from", UnitObjective::parse);
    UnitObjective to = qualified(f, "to", UnitObjective::parse);
    Double weight = f.finite("weight");
    String rationale = f.string("rationale");
    if (from == null || to == null || (f.has("weight") && weight == null) || (f.has("rationale") && rationale == null)) {
      return null;
    }
    return problems.attempt(path, () -> new Alignment(from, to, weight == null ? 1 : weight,
        Optional.ofNullable(rationale)));
  }

  private <T> T qualified(Fields f, String key, Function<String, T> parse) {
    String text = f.string(key);
    return text == null ? null : qualified(f.get(key), f.path(key), text, parse);
  }

  /**
   * Parses a qualified id, reporting a malformed one at the value itself: the model names its parameter
   * ({@code text}), which is no key of the document.
   */
  private <T> T qualified(Node n, DocPath path, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      e.problems().forEach(p -> problems.add(path, n, p.message()));
      return null;
    }
  }

  private List<UnitKpi> kpis(Fields f, String key) {
    List<Node> items = f.list(key);
    List<UnitKpi> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      DocPath itemPath = f.path(key).item(i);
      String text = values.string(items.get(i), itemPath);
      UnitKpi k = text == null ? null : qualified(items.get(i), itemPath, text, UnitKpi::parse);
      if (k == null) {
        return null;
      }
      out.add(k);
    }
    return out;
  }

  private KpiRollUp rollUp(Node n, DocPath path) {
    Fields f = values.map(n, path, ROLLUP);
    if (f == null) {
      return null;
    }
    f.require("kpi", "aggregation");
    UnitKpi target = qualified(f, "kpi", UnitKpi::parse);
    Aggregation aggregation = f.choice("aggregation", Aggregation.class);
    if (aggregation == Aggregation.RATIO_OF_SUMS) {
      f.require("numerators", "denominators");
      if (f.has("sources")) {
        problems.add(f.path("sources"), f.get("sources"), "is not for ratio-of-sums, which reads `numerators` and"
            + " `denominators`");
      }
    } else if (aggregation != null) {
      f.require("sources");
      for (String key : List.of("numerators", "denominators", "scale")) {
        if (f.has(key)) {
          problems.add(f.path(key), f.get(key), "is only for ratio-of-sums, not " + aggregation.key());
        }
      }
    }
    List<UnitKpi> sources = kpis(f, aggregation == Aggregation.RATIO_OF_SUMS ? "numerators" : "sources");
    List<UnitKpi> denominators = kpis(f, "denominators");
    Double scale = f.finite("scale");
    MissingData missing = f.choice("missing", MissingData.class);
    if (target == null || aggregation == null || sources == null || denominators == null
        || (f.has("scale") && scale == null) || (f.has("missing") && missing == null)) {
      return null;
    }
    return problems.attempt(path, () -> new KpiRollUp(target, aggregation, sources, denominators,
        scale == null ? 1 : scale, missing == null ? MissingData.SKIP : missing));
  }
}
