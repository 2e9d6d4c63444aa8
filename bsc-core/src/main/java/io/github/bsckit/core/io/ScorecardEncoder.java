package io.github.bsckit.core.io;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.LinkBasis;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.Thresholds;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a document through a Jackson generator, YAML and JSON alike: keys in the order the format lists
 * them, defaults left out, numbers by {@link io.github.bsckit.core.internal.Numbers#exact(double)}. The output depends only on the value written, so
 * equal documents give equal bytes.
 */
final class ScorecardEncoder {
  private final JsonGenerator g;

  private ScorecardEncoder(JsonGenerator g) {
    this.g = g;
  }

  static void write(ScorecardDocument document, JsonGenerator g) {
    new ScorecardEncoder(g).document(document);
  }

  private void document(ScorecardDocument document) {
    Scorecard s = document.scorecard();
    g.writeStartObject();
    g.writeName("bsc");
    g.writeNumber(ScorecardDecoder.VERSION);
    text("name", s.name());
    text("vision", s.vision());
    text("mission", s.mission());
    s.stage().ifPresent(stage -> text("stage", stage.key()));
    if (s.fiscalYearStart() != Month.JANUARY) {
      g.writeName("fiscalYearStart");
      g.writeNumber(s.fiscalYearStart().getValue());
    }
    if (!s.perspectives().equals(Perspective.classic())) {
      list("perspectives", s.perspectives(), this::perspective);
    }
    list("themes", s.themes(), this::theme);
    list("objectives", s.objectives(), this::objective);
    list("links", s.links(), this::link);
    list("initiatives", s.initiatives(), this::initiative);
    if (!s.scoring().equals(ScoringPolicy.DEFAULT)) {
      policy(s.scoring());
    }
    if (!document.actuals().isEmpty()) {
      Map<KpiId, Scale> scales = new java.util.HashMap<>();
      s.kpis().forEach(k -> scales.put(k.id(), k.scale()));
      actuals(document.actuals(), scales);
    }
    g.writeEndObject();
  }

  private void perspective(Perspective p) {
    g.writeStartObject();
    text("id", p.id().value());
    text("name", p.name());
    g.writeEndObject();
  }

  private void theme(Theme t) {
    g.writeStartObject();
    text("id", t.id().value());
    text("name", t.name());
    text("description", t.description());
    g.writeEndObject();
  }

  private void objective(Objective o) {
    g.writeStartObject();
    text("id", o.id().value());
    text("name", o.name());
    text("perspective", o.perspective().value());
    list("themes", o.themes(), t -> g.writeString(t.value()));
    text("owner", o.owner());
    text("description", o.description());
    number("weight", o.weight(), 1);
    o.category().ifPresent(c -> text("category", c.key()));
    list("kpis", o.kpis(), this::kpi);
    g.writeEndObject();
  }

  private void kpi(Kpi k) {
    g.writeStartObject();
    text("id", k.id().value());
    text("name", k.name());
    if (!k.unit().isEmpty()) {
      text("unit", k.unit());
    }
    text("indicator", k.indicator().key());
    Scale scale = k.scale();
    if (!scale.isMilestone()) { // a milestone is always an increasing level
      text("direction", k.direction().key());
    }
    k.range().ifPresent(r -> {
      g.writeName("range");
      g.writeStartObject();
      number("low", r.low());
      number("high", r.high());
      g.writeEndObject();
    });
    if (!scale.isMilestone()) {
      text("kind", k.kind().key());
    }
    if (scale.isMilestone()) {
      text("scale", ObjectiveDecoder.MILESTONE);
    } else if (scale.isOrdinal()) {
      list("scale", scale.levels(), g::writeString);
    }
    if (k.frequency() != Frequency.MONTHLY) {
      text("frequency", k.frequency().key());
    }
    if (k.precision() != Kpi.DEFAULT_PRECISION) {
      g.writeName("precision");
      g.writeNumber(k.precision());
    }
    number("weight", k.weight(), 1);
    k.baseline().ifPresent(v -> dated("baseline", "value", v, scale));
    k.target().ifPresent(v -> dated("target", switch (k.targetKind()) {
      case REACH -> scale.isMilestone() ? null : "value"; // a milestone's target is done: its date says by when
      case AT_LEAST -> "atLeast";
      case AT_MOST -> "atMost";
    }, v, scale));
    list("milestones", k.milestones(), v -> dated(null, "value", v, scale));
    k.pacing().ifPresent(p -> text("pacing", p.toString()));
    k.thresholds().ifPresent(this::thresholds);
    k.scoring().ifPresent(spec -> {
      g.writeName("scoring");
      g.writeStartObject();
      spec(spec);
      g.writeEndObject();
    });
    if (k.aggregate() != io.github.bsckit.core.model.LevelAggregate.LAST) {
      text("aggregate", k.aggregate().key());
    }
    if (k.emptyPeriods() != io.github.bsckit.core.model.EmptyPeriods.GAP) {
      text("emptyPeriods", k.emptyPeriods().key());
    }
    k.formula().ifPresent(f -> {
      text("formula", f.text());
      if (f.missing() != io.github.bsckit.core.formula.MissingInputs.SKIP) {
        text("missingInputs", f.missing().key());
      }
    });
    g.writeEndObject();
  }

  private void link(CausalLink l) {
    g.writeStartObject();
    text("from", l.from().value());
    text("to", l.to().value());
    l.strength().ifPresent(s -> {
      g.writeName("strength");
      if (s.level().isPresent()) {
        g.writeString(s.level().get().key());
      } else {
        g.writeNumber(Numbers.exact(s.value()));
      }
    });
    if (l.polarity() != Polarity.DIRECT) {
      text("polarity", l.polarity().key());
    }
    l.lag().ifPresent(p -> text("lag", p.toString()));
    text("rationale", l.rationale());
    if (l.basis() != LinkBasis.EMPIRICAL) {
      text("basis", l.basis().key());
    }
    g.writeEndObject();
  }

  private void initiative(Initiative i) {
    g.writeStartObject();
    text("id", i.id().value());
    text("name", i.name());
    text("owner", i.owner());
    list("objectives", i.objectives(), o -> g.writeString(o.value()));
    i.budget().ifPresent(m -> {
      g.writeName("budget");
      g.writeStartObject();
      g.writeName("amount");
      g.writeNumber(m.amount().toPlainString());
      text("currency", m.currency());
      g.writeEndObject();
    });
    i.start().ifPresent(d -> text("start", d.toString()));
    i.end().ifPresent(d -> text("end", d.toString()));
    if (i.status() != InitiativeStatus.PLANNED) {
      text("status", i.status().key());
    }
    g.writeEndObject();
  }

  private void policy(ScoringPolicy p) {
    g.writeName("scoring");
    g.writeStartObject();
    if (!p.method().equals(ScoringPolicy.DEFAULT.method())) {
      spec(p.method());
    }
    p.thresholds().ifPresent(this::thresholds);
    if (p.rollUp() != RollUp.WEIGHTED_MEAN) {
      text("rollUp", p.rollUp().key());
    }
    g.writeEndObject();
  }

  private void spec(ScoringSpec spec) {
    text("method", spec.method());
    if (!spec.parameters().isEmpty()) {
      g.writeName("parameters");
      g.writeStartObject();
      spec.parameters().forEach(this::number);
      g.writeEndObject();
    }
  }

  private void thresholds(Thresholds t) {
    g.writeName("thresholds");
    g.writeStartObject();
    number("onTrack", t.onTrack());
    number("atRisk", t.atRisk());
    g.writeEndObject();
  }

  private void actuals(Actuals actuals, Map<KpiId, Scale> scales) {
    g.writeName("actuals");
    g.writeStartObject();
    for (KpiId kpi : actuals.kpis()) {
      Scale scale = scales.getOrDefault(kpi, Scale.numbers());
      g.writeName(kpi.value());
      g.writeStartArray();
      for (Map.Entry<java.time.LocalDate, Double> e : actuals.series(kpi).entrySet()) {
        g.writeStartObject();
        text("date", e.getKey().toString());
        value("value", e.getValue(), scale);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes a {@code {value, date}} map, under {@code name} or as a list item when {@code name} is null, with the
   * value under {@code key} (left out when {@code key} is null) and on the KPI's scale.
   */
  private void dated(String name, String key, DatedValue v, Scale scale) {
    if (name != null) {
      g.writeName(name);
    }
    g.writeStartObject();
    if (key != null) {
      value(key, v.value(), scale);
    }
    text("date", v.date().toString());
    g.writeEndObject();
  }

  /** Writes a value on a KPI's scale: a number, or a level as its text. */
  private void value(String name, double value, Scale scale) {
    if (scale.isNumbers()) {
      number(name, value);
    } else {
      text(name, scale.format(value));
    }
  }

  private <T> void list(String name, List<T> items, Consumer<T> item) {
    if (items.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    items.forEach(item);
    g.writeEndArray();
  }

  private void text(String name, Optional<String> value) {
    value.ifPresent(v -> text(name, v));
  }

  private void text(String name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  private void number(String name, double value) {
    g.writeName(name);
    g.writeNumber(Numbers.exact(value));
  }

  /** Writes a number unless it is the default, compared as the model compares (so -0.0 is not 0). */
  private void number(String name, double value, double defaultValue) {
    if (Double.compare(value, defaultValue) != 0) {
      number(name, value);
    }
  }
}
