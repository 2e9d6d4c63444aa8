/**
 * The scorecard document format: {@link io.github.bsckit.core.io.DocumentReader} and
 * {@link io.github.bsckit.core.io.DocumentWriter} for YAML and JSON documents, its published JSON Schema
 * ({@link io.github.bsckit.core.io.DocumentSchema}), and {@link io.github.bsckit.core.io.ActualsCsv} for KPI
 * actuals kept as {@code kpi,date,value} CSV.
 *
 * <pre>{@code
 * ScorecardDocument doc = DocumentReader.of(Format.YAML).read(text, "acme.yaml");
 * String json = DocumentWriter.of(Format.JSON).write(doc);
 * }</pre>
 *
 * <p>Reading never yields a partial scorecard: it returns a valid one or throws one
 * {@link io.github.bsckit.core.io.DocumentException} that names every problem as
 * {@code FILE:line:col: path: what is wrong}. The format itself is described key by key in
 * {@code docs/format.md}.
 */
package io.github.bsckit.core.io;
