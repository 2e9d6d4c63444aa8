package io.github.bsckit.core.io;

import static io.github.bsckit.core.io.DirectTokens.bits;
import static io.github.bsckit.core.io.DirectTokens.giveUp;
import static io.github.bsckit.core.io.DirectTokens.require;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.LifecycleStage;
import io.github.bsckit.core.model.LinkBasis;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.Objective;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The direct way of reading a scorecard document: from the parser's tokens straight into the model's builders,
 * with no tree, no paths and no problem list. It takes a document only while everything in it is as the format
 * wants. At the first thing the tree reader and its decoders would report (a wrong type, an unknown or repeated
 * key, a missing one, a value out of range, a broken limit, a YAML alias, anchor or tag, a model that does not
 * build), it gives up, and {@link DocumentReader} reads the document again the full way, which locates and lists
 * every problem. So what a read reports never depends on this class, and a valid document gives the same value
 * either way ({@code DirectReaderTest} holds the two to it over every example, in both notations, and thousands of
 * mutants of them). It exists for speed: a valid document is read at about the cost of the parse and the model's
 * own checks. It also leaves to the tree reader a few valid documents that are simpler to read that way: actuals
 * written before the objectives, a KPI's {@code scale} after its values, and a YAML anchor.
 */
final class DirectReader {
  private static final long TOP_REQUIRED = bits(ScorecardDecoder.TOP, "bsc", "name");
  private static final long OBJECTIVES = bits(ScorecardDecoder.TOP, "objectives");
  private static final long LINK_REQUIRED = bits(ScorecardDecoder.LINK, "from", "to");
  private static final long INITIATIVE_REQUIRED = bits(ScorecardDecoder.INITIATIVE, "id", "name");
  private static final long BUDGET_REQUIRED = bits(ScorecardDecoder.BUDGET, "amount", "currency");
  private static final List<Strength> STRENGTHS = List.of(Strength.WEAK, Strength.MODERATE, Strength.STRONG);

  private final DirectTokens in;
  private final DirectObjectives objectives;

  private DirectReader(JsonParser p, Format format, ReadLimits limits) {
    this.in = new DirectTokens(p, format, limits);
    this.objectives = new DirectObjectives(in);
  }

  /**
   * Reads a whole document directly.
   *
   * @return the document, or null when this read gives it up to the tree reader
   */
  static ScorecardDocument read(String text, Format format, ReadLimits limits) {
    // JSON is read from its UTF-8 bytes, where Jackson matches keys without making strings of them.
    try (JsonParser p = format == Format.JSON ? Notations.utf8Parser(text) : Notations.parser(format, text)) {
      return new DirectReader(p, format, limits).document();
    } catch (RuntimeException e) {
      // A syntax error, a value the model refuses, or this reader giving up: the tree reader says what it is.
      return null;
    }
  }

  private ScorecardDocument document() {
    in.map();
    String name = null;
    String vision = null;
    String mission = null;
    LifecycleStage stage = null;
    int fiscalYearStart = 0;
    List<Perspective> perspectives = List.of();
    List<Theme> themes = List.of();
    List<Objective> read = List.of();
    Scorecard.Builder early = null;
    List<Consumer<Scorecard.Builder>> links = List.of();
    List<Consumer<Scorecard.Builder>> initiatives = List.of();
    ScoringPolicy policy = null;
    Actuals actuals = Actuals.builder().build();
    long seen = 0;
    for (String k = in.key(ScorecardDecoder.TOP); k != null; k = in.key(ScorecardDecoder.TOP)) {
      seen = in.once(seen);
      switch (k) {
        case "bsc" -> {
          if (in.number() != ScorecardDecoder.VERSION) {
            throw giveUp();
          }
        }
        case "name" -> name = in.string();
        case "vision" -> vision = in.string();
        case "mission" -> mission = in.string();
        case "stage" -> stage = in.choice(LifecycleStage.class);
        case "fiscalYearStart" -> fiscalYearStart = in.integer(1, 12);
        case "perspectives" -> perspectives = perspectives();
        case "themes" -> themes = themes();
        case "objectives" -> {
          // With the name known, each objective goes to the builder as soon as it is read, while its KPIs are
          // still in the processor's cache; otherwise once the name is.
          early = name == null ? null : Scorecard.builder(name);
          Scorecard.Builder into = early;
          read = objectives.objectives(into == null ? o -> { } : into::objective);
        }
        case "links" -> links = links();
        case "initiatives" -> initiatives = initiatives();
        case "scoring" -> policy = policy();
        default -> {
          if ((seen & OBJECTIVES) == 0) {
            throw giveUp(); // actuals are read against the KPIs' scales, so after the objectives
          }
          actuals = actuals(read);
        }
      }
    }
    require(seen, TOP_REQUIRED);
    if (!in.atEnd()) {
      throw giveUp();
    }
    // In the order ScorecardDecoder gives them to the builder.
    Scorecard.Builder b = early != null ? early : Scorecard.builder(name);
    if (vision != null) {
      b.vision(vision);
    }
    if (mission != null) {
      b.mission(mission);
    }
    if (stage != null) {
      b.stage(stage);
    }
    if (fiscalYearStart != 0) {
      b.fiscalYearStart(Month.of(fiscalYearStart));
    }
    perspectives.forEach(b::perspective);
    themes.forEach(b::theme);
    if (early == null) {
      read.forEach(b::objective);
    }
    links.forEach(l -> l.accept(b));
    initiatives.forEach(i -> i.accept(b));
    if (policy != null) {
      b.scoring(policy);
    }
    return new ScorecardDocument(b.build(), actuals);
  }

  /** {@return the items of the list that follows, each map read by {@code item}} */
  private <T> List<T> maps(Supplier<T> item) {
    in.list();
    List<T> items = new ArrayList<>();
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
      DirectTokens.map(t);
      items.add(item.get());
    }
    return items;
  }

  private List<Perspective> perspectives() {
    List<Perspective> perspectives = maps(() -> {
      String[] idName = idName(ScorecardDecoder.PERSPECTIVE, null);
      return new Perspective(PerspectiveId.of(idName[0]), idName[1]);
    });
    if (perspectives.isEmpty()) {
      throw giveUp();
    }
    return perspectives;
  }

  private List<Theme> themes() {
    return maps(() -> {
      String[] description = {null};
      String[] idName = idName(ScorecardDecoder.THEME, description);
      return new Theme(ThemeId.of(idName[0]), idName[1], Optional.ofNullable(description[0]));
    });
  }

  /** {@return the id and name of a perspective's or theme's map, with a theme's description in {@code description}} */
  private String[] idName(KeyList keys, String[] description) {
    String[] idName = new String[2];
    long seen = 0;
    for (String k = in.key(keys); k != null; k = in.key(keys)) {
      seen = in.once(seen);
      switch (k) {
        case "id" -> idName[0] = in.string();
        case "name" -> idName[1] = in.string();
        default -> description[0] = in.string();
      }
    }
    require(seen, DirectTokens.FIRST_TWO); // id and name, first in both lists
    return idName;
  }

  private List<Consumer<Scorecard.Builder>> links() {
    return maps(this::link);
  }

  private Consumer<Scorecard.Builder> link() {
    String from = null;
    String to = null;
    Strength strength = null;
    Polarity polarity = null;
    Period lag = null;
    String rationale = null;
    LinkBasis basis = null;
    long seen = 0;
    for (String k = in.key(ScorecardDecoder.LINK); k != null; k = in.key(ScorecardDecoder.LINK)) {
      seen = in.once(seen);
      switch (k) {
        case "from" -> from = in.id();
        case "to" -> to = in.id();
        case "strength" -> strength = strength();
        case "polarity" -> polarity = in.choice(Polarity.class);
        case "lag" -> lag = Period.parse(in.string());
        case "rationale" -> rationale = in.string();
        default -> basis = in.choice(LinkBasis.class);
      }
    }
    require(seen, LINK_REQUIRED);
    String f = from;
    String t = to;
    Strength s = strength;
    Polarity p = polarity;
    Period l = lag;
    String r = rationale;
    LinkBasis lb = basis;
    return b -> b.link(f, t, link -> {
      if (lb != null) {
        link.basis(lb);
      }
      if (s != null) {
        link.strength(s);
      }
      if (p != null) {
        link.polarity(p);
      }
      if (l != null) {
        link.lag(l);
      }
      if (r != null) {
        link.rationale(r);
      }
    });
  }

  private Strength strength() {
    JsonToken t = in.next();
    if (t == JsonToken.VALUE_STRING) {
      String text = in.text(t);
      for (Strength s : STRENGTHS) {
        if (s.toString().equals(text)) {
          return s;
        }
      }
      throw giveUp();
    }
    double v = in.number(t);
    if (!Double.isFinite(v)) {
      throw giveUp();
    }
    return Strength.of(v);
  }

  private List<Consumer<Scorecard.Builder>> initiatives() {
    return maps(this::initiative);
  }

  private Consumer<Scorecard.Builder> initiative() {
    String id = null;
    String name = null;
    String owner = null;
    List<String> served = List.of();
    Money budget = null;
    LocalDate start = null;
    LocalDate end = null;
    InitiativeStatus status = null;
    long seen = 0;
    for (String k = in.key(ScorecardDecoder.INITIATIVE); k != null; k = in.key(ScorecardDecoder.INITIATIVE)) {
      seen = in.once(seen);
      switch (k) {
        case "id" -> id = in.string();
        case "name" -> name = in.string();
        case "owner" -> owner = in.string();
        case "objectives" -> served = objectives.strings();
        case "budget" -> budget = budget();
        case "start" -> start = in.date();
        case "end" -> end = in.date();
        default -> status = in.choice(InitiativeStatus.class);
      }
    }
    require(seen, INITIATIVE_REQUIRED);
    String i = id;
    String n = name;
    String o = owner;
    List<String> sv = served;
    Money bg = budget;
    LocalDate st = start;
    LocalDate en = end;
    InitiativeStatus ss = status;
    return b -> b.initiative(i, n, ib -> {
      if (o != null) {
        ib.owner(o);
      }
      sv.forEach(ib::serves);
      if (bg != null) {
        ib.budget(bg);
      }
      if (st != null) {
        ib.start(st);
      }
      if (en != null) {
        ib.end(en);
      }
      if (ss != null) {
        ib.status(ss);
      }
    });
  }

  private Money budget() {
    in.map();
    BigDecimal amount = null;
    String currency = null;
    long seen = 0;
    for (String k = in.key(ScorecardDecoder.BUDGET); k != null; k = in.key(ScorecardDecoder.BUDGET)) {
      seen = in.once(seen);
      if (k.equals("amount")) {
        amount = in.decimal();
      } else {
        currency = in.string();
      }
    }
    require(seen, BUDGET_REQUIRED);
    return Money.of(amount, currency);
  }

  private ScoringPolicy policy() {
    Thresholds[] thresholds = {null};
    RollUp[] rollUp = {ScoringPolicy.DEFAULT.rollUp()};
    ScoringSpec method = objectives.spec(ScorecardDecoder.SCORING, new DirectObjectives.OtherKeys() {
      @Override
      public void read(String key) {
        if (key.equals("thresholds")) {
          thresholds[0] = objectives.thresholds();
        } else {
          rollUp[0] = in.choice(RollUp.class);
        }
      }

      @Override
      public String defaultMethod() {
        return ScoringPolicy.DEFAULT.method().method();
      }
    });
    return new ScoringPolicy(method, Optional.ofNullable(thresholds[0]), rollUp[0]);
  }

  /**
   * {@return the actuals map that follows: each KPI's {@code {date, value}} items, on its scale}
   *
   * @param read the objectives read, whose KPIs alone may have actuals
   */
  private Actuals actuals(List<Objective> read) {
    Map<String, Scale> kpiScales = new HashMap<>();
    read.forEach(o -> o.kpis().forEach(k -> kpiScales.put(k.id().value(), k.scale())));
    in.map();
    Actuals.Builder actuals = Actuals.builder();
    Set<String> series = new HashSet<>();
    for (String kpi = in.name(); kpi != null; kpi = in.name()) {
      Scale scale = kpiScales.get(kpi);
      if (scale == null || !series.add(kpi)) {
        throw giveUp();
      }
      KpiId id = KpiId.of(kpi);
      in.list();
      for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
        DirectTokens.map(t);
        DatedValue v = objectives.dated(ScorecardDecoder.ACTUAL, scale);
        actuals.add(id, v.date(), v.value());
      }
    }
    return actuals.build();
  }
}
