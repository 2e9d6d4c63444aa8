package io.github.bsckit.core.io;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.LifecycleStage;
import io.github.bsckit.core.model.LinkBasis;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.model.Thresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a document tree into a {@link ScorecardDocument}: the top level, perspectives, themes, links,
 * initiatives, the scoring policy and the actuals, handing objectives to {@link ObjectiveDecoder}. Every
 * problem of the document, its own and the model's, ends up in one {@link DocumentException}.
 */
final class ScorecardDecoder {
  /** The format version this reader understands. */
  static final int VERSION = 1;

  static final KeyList TOP = KeyList.of("bsc", "name", "vision", "mission", "stage", "fiscalYearStart",
      "perspectives", "themes", "objectives", "links", "initiatives", "scoring", "actuals");
  static final KeyList PERSPECTIVE = KeyList.of("id", "name");
  static final KeyList THEME = KeyList.of("id", "name", "description");
  static final KeyList LINK = KeyList.of("from", "to", "strength", "polarity", "lag", "rationale", "basis");
  static final KeyList INITIATIVE =
      KeyList.of("id", "name", "owner", "objectives", "budget", "start", "end", "status");
  static final KeyList BUDGET = KeyList.of("amount", "currency");
  static final KeyList SCORING = KeyList.of("method", "parameters", "thresholds", "rollUp");
  static final KeyList ACTUAL = KeyList.of("date", "value");

  private final Values values;
  private final Problems problems;
  /** The scale of every KPI declared, by id, for reading the actuals against. */
  private final Map<String, Scale> kpiScales = new HashMap<>();

  private ScorecardDecoder(Problems problems) {
    this.problems = problems;
    this.values = new Values(problems);
  }

  /**
   * Decodes a whole document.
   *
   * @throws DocumentException listing every problem found
   */
  static ScorecardDocument decode(Node root, Problems problems) {
    return new ScorecardDecoder(problems).document(root);
  }

  private ScorecardDocument document(Node root) {
    problems.locate(DocPath.ROOT, root);
    if (!(root instanceof Node.MapNode)) {
      throw problems.fatal("", root.line(), root.column(), "a scorecard document must be a map that starts with"
          + " `bsc: 1`, but this one is " + root.describe());
    }
    version((Node.MapNode) root);
    Fields top = values.map(root, DocPath.ROOT, TOP);
    top.require("name");
    String name = top.string("name");
    Scorecard.Builder b = Scorecard.builder(name == null ? ObjectiveDecoder.STAND_IN_NAME : name);
    String vision = top.string("vision");
    if (vision != null) {
      b.vision(vision);
    }
    String mission = top.string("mission");
    if (mission != null) {
      b.mission(mission);
    }
    LifecycleStage stage = top.choice("stage", LifecycleStage.class);
    if (stage != null) {
      b.stage(stage);
    }
    Integer month = top.integer("fiscalYearStart", 1, 12);
    if (month != null) {
      b.fiscalYearStart(Month.of(month));
    }
    perspectives(b, top);
    List<Node> themes = top.list("themes");
    for (int i = 0; i < themes.size(); i++) {
      theme(b, themes.get(i), DocPath.of("themes").item(i));
    }
    ObjectiveDecoder objectives = new ObjectiveDecoder(values, kpiScales);
    Values.Items os = top.items("objectives");
    for (int i = 0; i < os.size(); i++) {
      objectives.objective(b, os.get(i), os.path(i));
    }
    objectives.checkFormulas(kpiScales.keySet());
    Values.Items links = top.items("links");
    for (int i = 0; i < links.size(); i++) {
      link(b, links.get(i), links.path(i));
    }
    List<Node> initiatives = top.list("initiatives");
    for (int i = 0; i < initiatives.size(); i++) {
      initiative(b, initiatives.get(i), DocPath.of("initiatives").item(i));
    }
    ScoringPolicy policy = policy(top.map("scoring", SCORING));
    if (policy != null) {
      b.scoring(policy);
    }
    Scorecard scorecard = problems.attempt("", b::build);
    Actuals actuals = actuals(top);
    problems.throwIfAny();
    return new ScorecardDocument(scorecard, actuals);
  }

  /** Checks the version first: a document of another version is not read any further, as its keys may differ. */
  private void version(Node.MapNode root) {
    Node.Entry e = root.get("bsc");
    if (e == null) {
      problems.add(DocPath.of("bsc"), root, "missing `bsc: " + VERSION + "`, the format version; put it first in the document");
      return;
    }
    problems.locate(DocPath.of("bsc"), e.value());
    if (!(e.value() instanceof Node.Scalar n && n.type() == Node.Type.NUMBER)) {
      problems.add(DocPath.of("bsc"), e.value(), "must be the format version, the number " + VERSION + ", but was "
          + e.value().describe());
    } else if (n.number() != VERSION) {
      throw problems.fatal("bsc", n.line(), n.column(), "unsupported format version " + n.text()
          + "; this version of bsc-kit reads version " + VERSION);
    }
  }

  private void perspectives(Scorecard.Builder b, Fields top) {
    if (!top.has("perspectives")) {
      return; // the classic four
    }
    List<Node> items = top.list("perspectives");
    if (items.isEmpty() && top.get("perspectives") instanceof Node.ListNode) {
      problems.add(DocPath.of("perspectives"), top.get("perspectives"), "must list at least one perspective (leave the key"
          + " out for the classic four)");
    }
    for (int i = 0; i < items.size(); i++) {
      DocPath path = DocPath.of("perspectives").item(i);
      Fields f = values.map(items.get(i), path, PERSPECTIVE);
      String id = null;
      String name = null;
      if (f != null) {
        f.require("id", "name");
        id = f.string("id");
        name = f.string("name");
      }
      b.perspective(perspective(path, id, name));
    }
  }

  /**
   * Builds a perspective here rather than in the scorecard builder, so that a bad id is reported at
   * {@code perspectives[i].id}. A broken one stands in with a unique id, keeping the others' indexes.
   */
  private Perspective perspective(DocPath path, String id, String name) {
    PerspectiveId pid = id == null ? null : problems.attempt(path.child("id"), () -> PerspectiveId.of(id));
    Perspective p = pid == null || name == null ? null
        : problems.attempt(path, () -> new Perspective(pid, name));
    return p != null ? p : Perspective.of(pid != null ? pid.value() : "0-unread-" + path.toString().replaceAll("\\D", ""),
        ObjectiveDecoder.STAND_IN_NAME);
  }

  private void theme(Scorecard.Builder b, Node n, DocPath path) {
    Fields f = values.map(n, path, THEME);
    String id = null;
    String name = null;
    String description = null;
    if (f != null) {
      f.require("id", "name");
      id = f.string("id");
      name = f.string("name");
      description = f.string("description");
    }
    String tid = id;
    ThemeId themeId = id == null ? null : problems.attempt(path.child("id"), () -> ThemeId.of(tid));
    String tname = name;
    Optional<String> tdescription = Optional.ofNullable(description);
    Theme t = themeId == null || name == null ? null
        : problems.attempt(path, () -> new Theme(themeId, tname, tdescription));
    b.theme(t != null ? t : Theme.of(themeId != null ? themeId.value() : "0-unread-" + path.toString().replaceAll("\\D", ""),
        ObjectiveDecoder.STAND_IN_NAME));
  }

  private void link(Scorecard.Builder b, Node n, DocPath path) {
    Fields f = values.map(n, path, LINK);
    if (f == null) {
      b.link("", "");
      return;
    }
    f.require("from", "to");
    String from = ObjectiveDecoder.orEmpty(f.string("from"));
    String to = ObjectiveDecoder.orEmpty(f.string("to"));
    Strength strength = f.has("strength") ? strength(f.get("strength"), f.path("strength")) : null;
    Polarity polarity = f.choice("polarity", Polarity.class);
    Period lag = f.has("lag") ? period(f.get("lag"), f.path("lag")) : null;
    String rationale = f.string("rationale");
    LinkBasis basis = f.choice("basis", LinkBasis.class);
    b.link(from, to, l -> {
      if (basis != null) {
        l.basis(basis);
      }
      if (strength != null) {
        l.strength(strength);
      }
      if (polarity != null) {
        l.polarity(polarity);
      }
      if (lag != null) {
        l.lag(lag);
      }
      if (rationale != null) {
        l.rationale(rationale);
      }
    });
  }

  private Strength strength(Node n, DocPath path) {
    if (n instanceof Node.Scalar s && s.type() == Node.Type.NUMBER) {
      problems.locate(path, n);
      if (!Double.isFinite(s.number())) {
        problems.add(path, n, "must be a finite number but was " + s.text());
        return null;
      }
      return problems.attempt(path, () -> Strength.of(s.number()));
    }
    List<Strength> levels = List.of(Strength.WEAK, Strength.MODERATE, Strength.STRONG);
    if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
      return values.choice(n, path, levels, Object::toString);
    }
    if (n != null) {
      problems.add(path, n, "must be weak, moderate, strong or a number in (0, 1] but was " + n.describe());
    }
    return null;
  }

  private Period period(Node n, DocPath path) {
    String text = values.string(n, path);
    if (text == null) {
      return null;
    }
    try {
      return Period.parse(text);
    } catch (DateTimeParseException | ArithmeticException e) {
      // P999999999W parses to more days than an int holds: a lag beyond any bound, not a malformed one.
      boolean overflow = e instanceof ArithmeticException || e.getCause() instanceof ArithmeticException;
      problems.add(path, n, overflow
          ? "must be at most " + CausalLink.MAX_LAG_YEARS + " years (P" + CausalLink.MAX_LAG_YEARS + "Y) but was \""
              + text + "\""
          : "must be an ISO-8601 period such as P3M, P1Y6M or P2W but was \"" + text + "\"");
      return null;
    }
  }

  private void initiative(Scorecard.Builder b, Node n, DocPath path) {
    Fields f = values.map(n, path, INITIATIVE);
    if (f == null) {
      b.initiative("", ObjectiveDecoder.STAND_IN_NAME, i -> { });
      return;
    }
    f.require("id", "name");
    String id = ObjectiveDecoder.orEmpty(f.string("id"));
    String name = f.string("name");
    String owner = f.string("owner");
    List<Node> served = f.list("objectives");
    Money budget = budget(f.map("budget", BUDGET));
    LocalDate start = f.date("start");
    LocalDate end = f.date("end");
    InitiativeStatus status = f.choice("status", InitiativeStatus.class);
    b.initiative(id, name == null ? ObjectiveDecoder.STAND_IN_NAME : name, i -> {
      if (owner != null) {
        i.owner(owner);
      }
      for (int j = 0; j < served.size(); j++) {
        i.serves(ObjectiveDecoder.orEmpty(values.string(served.get(j), f.path("objectives").item(j))));
      }
      if (budget != null) {
        i.budget(budget);
      }
      if (start != null) {
        i.start(start);
      }
      if (end != null) {
        i.end(end);
      }
      if (status != null) {
        i.status(status);
      }
    });
  }

  private Money budget(Fields f) {
    if (f == null) {
      return null;
    }
    f.require("amount", "currency");
    Node.Scalar amount = values.number(f.get("amount"), f.path("amount"));
    if (amount != null && !Double.isFinite(amount.number())) {
      problems.add(f.path("amount"), amount, "must be a finite number but was " + amount.text());
      amount = null;
    }
    String currency = f.string("currency");
    if (amount == null || currency == null) {
      return null;
    }
    BigDecimal decimal = amount.decimal();
    return problems.attempt(f.path(), () -> Money.of(decimal, currency));
  }

  private ScoringPolicy policy(Fields f) {
    if (f == null) {
      return null;
    }
    ScoringSpec method = ObjectiveDecoder.spec(values, f, ScoringPolicy.DEFAULT.method().method());
    Thresholds thresholds = ObjectiveDecoder.thresholds(values, f.map("thresholds", ObjectiveDecoder.THRESHOLDS));
    RollUp rollUp = f.choice("rollUp", RollUp.class);
    return method == null ? null : new ScoringPolicy(method, Optional.ofNullable(thresholds),
        rollUp == null ? ScoringPolicy.DEFAULT.rollUp() : rollUp);
  }

  private Actuals actuals(Fields top) {
    ActualsCollector collected = new ActualsCollector(problems, kpiScales.keySet());
    for (Node.Entry series : top.entries("actuals")) {
      String kpi = series.key();
      DocPath path = DocPath.of("actuals").child(kpi);
      boolean known = collected.kpi(kpi, path, series.line(), series.column());
      List<Node> items = values.list(series.value(), path);
      for (int i = 0; i < items.size(); i++) {
        DocPath at = path.item(i);
        Fields f = values.map(items.get(i), at, ACTUAL);
        if (f == null) {
          continue;
        }
        f.require("date", "value");
        LocalDate date = f.date("date");
        Scale scale = kpiScales.get(kpi);
        Double value = scale == null ? f.finite("value") : values.scaled(f.get("value"), f.path("value"), scale);
        if (known && date != null && value != null) {
          collected.add(kpi, date, value, f.path("date"), items.get(i).line(), items.get(i).column());
        }
      }
    }
    return collected.build();
  }
}
