package io.github.bsckit.core.io;

import static io.github.bsckit.core.io.DirectTokens.bits;
import static io.github.bsckit.core.io.DirectTokens.giveUp;
import static io.github.bsckit.core.io.DirectTokens.mark;
import static io.github.bsckit.core.io.DirectTokens.require;

import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.formula.MissingInputs;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Indicator;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.LevelAggregate;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveCategory;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.TargetKind;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.core.pacing.Pacing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import tools.jackson.core.JsonToken;

/**
 * Reads the objectives and KPIs of a document directly from its tokens, for {@link DirectReader}: each map's
 * values are gathered whatever their order and given to the builder in the order {@link ObjectiveDecoder} gives
 * them, so that the objective built is the same. Where the decoder would report a problem, this gives up.
 */
final class DirectObjectives {
  private static final long OBJECTIVE_REQUIRED = bits(ObjectiveDecoder.OBJECTIVE, "id", "name", "perspective");
  private static final long KPI_REQUIRED = bits(ObjectiveDecoder.KPI, "id", "name");
  private static final long SCALED = bits(ObjectiveDecoder.KPI, "baseline", "target", "milestones");
  private static final List<ObjectiveCategory> CATEGORIES = ObjectiveCategory.all().toList();

  private final DirectTokens in;

  DirectObjectives(DirectTokens in) {
    this.in = in;
  }

  /**
   * {@return the objectives of the list that follows}, each built as soon as it is read, while its values are
   * still in the processor's cache
   *
   * @param each takes each objective as soon as it is read
   */
  List<Objective> objectives(Consumer<Objective> each) {
    in.list();
    List<Objective> objectives = new ArrayList<>();
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
      DirectTokens.map(t);
      Objective o = objective();
      objectives.add(o);
      each.accept(o);
    }
    return objectives;
  }

  // The keys of an objective and of a KPI by their numbers in ObjectiveDecoder's lists, for switching on;
  // DirectReaderTest holds them to those lists.
  static final int O_ID = 0;
  static final int O_NAME = 1;
  static final int O_PERSPECTIVE = 2;
  static final int O_THEMES = 3;
  static final int O_OWNER = 4;
  static final int O_DESCRIPTION = 5;
  static final int O_WEIGHT = 6;
  static final int O_CATEGORY = 7;
  static final int K_ID = 0;
  static final int K_NAME = 1;
  static final int K_UNIT = 2;
  static final int K_INDICATOR = 3;
  static final int K_DIRECTION = 4;
  static final int K_RANGE = 5;
  static final int K_KIND = 6;
  static final int K_SCALE = 7;
  static final int K_FREQUENCY = 8;
  static final int K_PRECISION = 9;
  static final int K_WEIGHT = 10;
  static final int K_BASELINE = 11;
  static final int K_TARGET = 12;
  static final int K_MILESTONES = 13;
  static final int K_PACING = 14;
  static final int K_THRESHOLDS = 15;
  static final int K_SCORING = 16;
  static final int K_AGGREGATE = 17;
  static final int K_EMPTY_PERIODS = 18;
  static final int K_FORMULA = 19;

  private Objective objective() {
    String id = null;
    String name = null;
    String perspective = null;
    List<String> themes = List.of();
    String owner = null;
    String description = null;
    double weight = Double.NaN;
    ObjectiveCategory category = null;
    List<Kpi> kpis = List.of();
    long seen = 0;
    for (String k = in.key(ObjectiveDecoder.OBJECTIVE); k != null; k = in.key(ObjectiveDecoder.OBJECTIVE)) {
      int slot = in.slot();
      seen = mark(seen, slot);
      switch (slot) {
        case O_ID -> id = in.id();
        case O_NAME -> name = in.string();
        case O_PERSPECTIVE -> perspective = in.repeated();
        case O_THEMES -> themes = strings();
        case O_OWNER -> owner = in.repeated();
        case O_DESCRIPTION -> description = in.string();
        case O_WEIGHT -> weight = in.finite();
        case O_CATEGORY -> category = category(in.string());
        default -> kpis = kpis();
      }
    }
    require(seen, OBJECTIVE_REQUIRED);
    // In the order ObjectiveDecoder gives them to the builder.
    Objective.Builder o = Objective.builder(id, name, perspective);
    themes.forEach(o::theme);
    if (owner != null) {
      o.owner(owner);
    }
    if (description != null) {
      o.description(description);
    }
    if (!Double.isNaN(weight)) {
      o.weight(weight);
    }
    if (category != null) {
      o.category(category);
    }
    kpis.forEach(o::kpi);
    return o.build();
  }

  private static ObjectiveCategory category(String text) {
    for (ObjectiveCategory c : CATEGORIES) {
      if (c.key().equals(text)) {
        return c;
      }
    }
    throw giveUp();
  }

  /** {@return the strings of the list that follows: theme or objective ids, which a document repeats} */
  List<String> strings() {
    in.list();
    List<String> strings = new ArrayList<>();
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
      strings.add(in.repeated(t));
    }
    return strings;
  }

  private List<Kpi> kpis() {
    in.list();
    List<Kpi> kpis = new ArrayList<>(2);
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
      DirectTokens.map(t);
      kpis.add(kpi());
    }
    return kpis;
  }

  /**
   * Reads a KPI's map. The keys whose values depend on the scale (baseline, target, milestones) are read once the
   * map's scale is known: a map that gives them before its {@code scale} is given up.
   */
  private Kpi kpi() {
    String id = null;
    String name = null;
    Scale scale = Scale.numbers();
    String unit = null;
    Indicator indicator = null;
    Direction direction = null;
    double[] range = null;
    KpiKind kind = null;
    Frequency frequency = null;
    int precision = -1;
    double weight = Double.NaN;
    DatedValue baseline = null;
    DatedValue target = null;
    TargetKind[] targetKind = {TargetKind.REACH};
    List<DatedValue> milestones = List.of();
    Pacing pacing = null;
    Thresholds thresholds = null;
    ScoringSpec scoring = null;
    LevelAggregate aggregate = null;
    EmptyPeriods emptyPeriods = null;
    String formula = null;
    MissingInputs missing = null;
    long seen = 0;
    for (String k = in.key(ObjectiveDecoder.KPI); k != null; k = in.key(ObjectiveDecoder.KPI)) {
      int slot = in.slot();
      seen = mark(seen, slot);
      switch (slot) {
        case K_ID -> id = in.id();
        case K_NAME -> name = in.string();
        case K_SCALE -> {
          if ((seen & SCALED) != 0) {
            throw giveUp();
          }
          scale = scale();
        }
        case K_UNIT -> unit = in.repeated();
        case K_INDICATOR -> indicator = in.choice(Indicator.class);
        case K_DIRECTION -> direction = in.choice(Direction.class);
        case K_RANGE -> range = pair(ObjectiveDecoder.RANGE);
        case K_KIND -> kind = in.choice(KpiKind.class);
        case K_FREQUENCY -> frequency = in.choice(Frequency.class);
        case K_PRECISION -> precision = in.integer(0, 10);
        case K_WEIGHT -> weight = in.finite();
        case K_BASELINE -> baseline = point(scale, null);
        case K_TARGET -> target = point(scale, targetKind);
        case K_MILESTONES -> milestones = milestones(scale);
        case K_PACING -> pacing = Pacing.parse(in.string());
        case K_THRESHOLDS -> thresholds = thresholds();
        case K_SCORING -> scoring = spec(ObjectiveDecoder.KPI_SCORING, null);
        case K_AGGREGATE -> aggregate = in.choice(LevelAggregate.class);
        case K_EMPTY_PERIODS -> emptyPeriods = in.choice(EmptyPeriods.class);
        case K_FORMULA -> formula = in.string();
        default -> missing = missingInputs(in.string());
      }
    }
    require(seen, KPI_REQUIRED);
    if (range != null && direction != Direction.RANGE || missing != null && formula == null) {
      throw giveUp();
    }
    Kpi.Builder b = Kpi.builder(id, name).scale(scale);
    if (unit != null) {
      b.unit(unit);
    }
    if (indicator != null) {
      b.indicator(indicator);
    }
    if (direction != null) {
      b.direction(direction);
    }
    if (range != null) {
      b.range(range[0], range[1]);
    }
    if (kind != null) {
      b.kind(kind);
    }
    if (frequency != null) {
      b.frequency(frequency);
    }
    if (precision >= 0) {
      b.precision(precision);
    }
    if (!Double.isNaN(weight)) {
      b.weight(weight);
    }
    if (baseline != null) {
      b.baseline(baseline.value(), baseline.date());
    }
    if (target != null) {
      b.target(target.value(), target.date()).targetKind(targetKind[0]);
    }
    milestones.forEach(m -> b.milestone(m.value(), m.date()));
    if (pacing != null) {
      b.pacing(pacing);
    }
    if (thresholds != null) {
      b.thresholds(thresholds);
    }
    if (scoring != null) {
      b.scoring(scoring);
    }
    if (aggregate != null) {
      b.aggregate(aggregate);
    }
    if (emptyPeriods != null) {
      b.emptyPeriods(emptyPeriods);
    }
    if (formula != null) {
      b.formula(Formula.parse(formula).withMissing(missing == null ? MissingInputs.SKIP : missing));
    }
    return b.build();
  }

  private Scale scale() {
    JsonToken t = in.next();
    if (t == JsonToken.START_ARRAY) {
      List<String> levels = new ArrayList<>();
      for (t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
        levels.add(in.text(t));
      }
      return Scale.ordinal(levels);
    }
    if (in.text(t).equals(ObjectiveDecoder.MILESTONE)) {
      return Scale.milestone();
    }
    throw giveUp();
  }

  private static MissingInputs missingInputs(String text) {
    for (MissingInputs m : MissingInputs.values()) {
      if (m.key().equals(text)) {
        return m;
      }
    }
    throw giveUp();
  }

  /**
   * {@return the two finite numbers of the map that follows, whose two keys {@code keys} lists, in that order}:
   * a range's low and high, or thresholds' on-track and at-risk levels. Both are required.
   */
  private double[] pair(KeyList keys) {
    in.map();
    double[] pair = new double[2];
    long seen = 0;
    for (String k = in.key(keys); k != null; k = in.key(keys)) {
      int slot = in.slot();
      seen = mark(seen, slot);
      pair[slot] = in.finite();
    }
    require(seen, DirectTokens.FIRST_TWO);
    return pair;
  }

  /**
   * Reads a {@code {value, date}} map on a scale; with {@code kind} (a target's) the value may be given as
   * {@code atLeast} or {@code atMost} instead, whose kind goes into {@code kind[0]}, and a milestone's target may
   * leave it out, done. As {@link ObjectiveDecoder}'s {@code point}.
   */
  private DatedValue point(Scale scale, TargetKind[] kind) {
    in.map();
    KeyList keys = kind == null ? Values.DATED : ObjectiveDecoder.TARGET;
    double value = 0;
    LocalDate date = null;
    int given = 0;
    long seen = 0;
    for (String k = in.key(keys); k != null; k = in.key(keys)) {
      seen = in.once(seen);
      if (k.equals("date")) {
        date = in.date();
        continue;
      }
      given++;
      value = in.scaled(scale);
      if (kind != null) {
        kind[0] = k.equals("atLeast") ? TargetKind.AT_LEAST : k.equals("atMost") ? TargetKind.AT_MOST
            : TargetKind.REACH;
      }
    }
    if (date == null || given > 1) {
      throw giveUp();
    }
    if (given == 0) {
      if (kind == null || !scale.isMilestone()) {
        throw giveUp();
      }
      value = 1;
    }
    return DatedValue.of(value, date);
  }

  private List<DatedValue> milestones(Scale scale) {
    in.list();
    List<DatedValue> milestones = new ArrayList<>();
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY; t = in.next()) {
      DirectTokens.map(t);
      milestones.add(dated(Values.DATED, scale));
    }
    return milestones;
  }

  /**
   * {@return a map of a date and a value on a scale, whose start was read}: a milestone's {@code {value, date}}
   * or an actual's {@code {date, value}}, both keys required.
   *
   * @param keys the map's two keys, {@code date} and {@code value}, in either order
   */
  DatedValue dated(KeyList keys, Scale scale) {
    double value = 0;
    LocalDate date = null;
    long seen = 0;
    for (String k = in.key(keys); k != null; k = in.key(keys)) {
      seen = in.once(seen);
      if (k.equals("date")) {
        date = in.date();
      } else {
        value = in.scaled(scale);
      }
    }
    require(seen, DirectTokens.FIRST_TWO);
    return DatedValue.of(value, date);
  }

  /** {@return the {@code {onTrack, atRisk}} map that follows} */
  Thresholds thresholds() {
    double[] levels = pair(ObjectiveDecoder.THRESHOLDS);
    return Thresholds.of(levels[0], levels[1]);
  }

  /**
   * {@return the scoring method and parameters of the map that follows, with the keys {@code keys}}. As
   * {@link ObjectiveDecoder#spec}.
   *
   * @param others reads any other key of the map, and gives the method when none is written; null for a KPI's
   *     scoring, whose method is required
   */
  ScoringSpec spec(KeyList keys, OtherKeys others) {
    in.map();
    String method = null;
    Map<String, Double> parameters = new TreeMap<>();
    long seen = 0;
    for (String k = in.key(keys); k != null; k = in.key(keys)) {
      seen = in.once(seen);
      if (k.equals("method")) {
        method = in.string();
      } else if (k.equals("parameters")) {
        in.map();
        for (String name = in.name(); name != null; name = in.name()) {
          if (parameters.put(name, in.finite()) != null) {
            throw giveUp();
          }
        }
      } else {
        others.read(k);
      }
    }
    if (method == null) {
      if (others == null) {
        throw giveUp();
      }
      method = others.defaultMethod();
    }
    return ScoringSpec.of(method, parameters);
  }

  /** The keys of a scorecard's scoring map besides a method and its parameters. */
  interface OtherKeys {
    /** Reads the value of a key of the map other than {@code method} and {@code parameters}. */
    void read(String key);

    /** {@return the method when the map names none} */
    String defaultMethod();
  }
}
