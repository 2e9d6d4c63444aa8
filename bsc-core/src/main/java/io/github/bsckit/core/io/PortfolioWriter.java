package io.github.bsckit.core.io;

import io.github.bsckit.core.portfolio.Alignment;
import io.github.bsckit.core.portfolio.Aggregation;
import io.github.bsckit.core.portfolio.KpiRollUp;
import io.github.bsckit.core.portfolio.MissingData;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitKpi;
import io.github.bsckit.core.internal.Numbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes portfolio documents, YAML or JSON: keys in the order the format lists them, defaults left out, each
 * unit's scorecard as the relative path the document names for it, else inline. Deterministic (equal documents
 * give equal bytes), and {@link PortfolioReader} reads back an equal document. Immutable and thread-safe.
 *
 * <pre>{@code
 * String text = PortfolioWriter.of(Format.YAML).write(PortfolioDocument.of(group));   // every scorecard inline
 * PortfolioWriter.writeFiles(doc, Path.of("group/portfolio.yaml"));                  // and each referenced file
 * }</pre>
 */
public final class PortfolioWriter {
  private final Format format;

  private PortfolioWriter(Format format) {
    this.format = format;
  }

  /**
   * {@return a writer of one format}
   *
   * @param format YAML or JSON
   */
  public static PortfolioWriter of(Format format) {
    return new PortfolioWriter(Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes the portfolio document alone: units with a reference name their file, the others are inline.
   *
   * @param document the document
   * @return the text, ending with a line break
   */
  public String write(PortfolioDocument document) {
    Objects.requireNonNull(document, "document");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Notations.generator(format, out)) {
      encode(document, g);
    } catch (JacksonException e) {
      throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
    }
    return format == Format.JSON ? out + "\n" : out.toString();
  }

  /**
   * Writes a portfolio document file in the format its extension names, and every scorecard document it refers
   * to (each in the format of its own extension, with that unit's actuals), replacing files that exist and
   * making folders as needed.
   *
   * @param document the document
   * @param file the portfolio document's file; references resolve against its folder
   * @throws io.github.bsckit.core.BscException if an extension names no format
   * @throws UncheckedIOException if writing fails
   */
  public static void writeFiles(PortfolioDocument document, Path file) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(file, "file");
    Path folder = file.toAbsolutePath().getParent();
    try {
      for (Map.Entry<UnitId, String> e : document.references().entrySet()) {
        Unit u = document.portfolio().unit(e.getKey()).orElseThrow();
        Path target = folder.resolve(e.getValue()).normalize();
        Files.createDirectories(target.getParent());
        DocumentWriter.writeFile(new ScorecardDocument(u.scorecard(), document.actualsOf(u.id())), target);
      }
      Files.writeString(file, of(Format.forFile(file)).write(document), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void encode(PortfolioDocument document, JsonGenerator g) {
    Portfolio p = document.portfolio();
    g.writeStartObject();
    g.writeName(PortfolioDecoder.VERSION_KEY);
    g.writeNumber(PortfolioDecoder.VERSION);
    g.writeStringProperty("name", p.name());
    if (Double.compare(p.supportShare(), Portfolio.DEFAULT_SUPPORT_SHARE) != 0) {
      number(g, "supportShare", p.supportShare());
    }
    g.writeName("units");
    g.writeStartArray();
    for (Unit u : p.units()) {
      g.writeStartObject();
      g.writeStringProperty("id", u.id().value());
      g.writeStringProperty("name", u.name());
      u.parent().ifPresent(parent -> g.writeStringProperty("parent", parent.value()));
      if (Double.compare(u.weight(), 1) != 0) {
        number(g, "weight", u.weight());
      }
      String ref = document.references().get(u.id());
      if (ref != null) {
        g.writeStringProperty("scorecard", ref);
      } else {
        g.writeName("scorecard");
        ScorecardEncoder.write(new ScorecardDocument(u.scorecard(), document.actualsOf(u.id())), g);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!p.alignments().isEmpty()) {
      g.writeName("alignments");
      g.writeStartArray();
      for (Alignment a : p.alignments()) {
        g.writeStartObject();
        g.writeStringProperty("from", a.from().toString());
        g.writeStringProperty("to", a.to().toString());
        if (Double.compare(a.weight(), 1) != 0) {
          number(g, "weight", a.weight());
        }
        a.rationale().ifPresent(r -> g.writeStringProperty("rationale", r));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!p.rollUps().isEmpty()) {
      g.writeName("rollUps");
      g.writeStartArray();
      for (KpiRollUp r : p.rollUps()) {
        g.writeStartObject();
        g.writeStringProperty("kpi", r.target().toString());
        g.writeStringProperty("aggregation", r.aggregation().key());
        boolean ratio = r.aggregation() == Aggregation.RATIO_OF_SUMS;
        kpis(g, ratio ? "numerators" : "sources", r.sources());
        if (ratio) {
          kpis(g, "denominators", r.denominators());
          if (Double.compare(r.scale(), 1) != 0) {
            number(g, "scale", r.scale());
          }
        }
        if (r.missing() != MissingData.SKIP) {
          g.writeStringProperty("missing", r.missing().key());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void kpis(JsonGenerator g, String name, List<UnitKpi> kpis) {
    g.writeName(name);
    g.writeStartArray();
    kpis.forEach(k -> g.writeString(k.toString()));
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String name, double value) {
    g.writeName(name);
    g.writeNumber(Numbers.exact(value));
  }

  /** {@return for example {@code PortfolioWriter[YAML]}} */
  @Override
  public String toString() {
    return "PortfolioWriter[" + format + "]";
  }
}
