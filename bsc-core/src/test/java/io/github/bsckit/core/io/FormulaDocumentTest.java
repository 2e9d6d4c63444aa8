package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.formula.MissingInputs;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.LevelAggregate;
import io.github.bsckit.core.model.Scorecard;
import org.junit.jupiter.api.Test;

/** Calculated KPIs and period policies in documents: read, written back, and every formula problem located. */
class FormulaDocumentTest {
  private static final String HEAD = """
      bsc: 1
      name: Formulas
      objectives:
        - id: F1
          name: Grow
          perspective: financial
          kpis:
            - {id: revenue, name: Revenue, kind: flow, emptyPeriods: zero}
            - {id: customers, name: Customers, aggregate: mean, emptyPeriods: carry}
      """;

  private static Scorecard read(String kpis) {
    return DocumentReader.of(Format.YAML).read(HEAD + kpis, "f.yaml").scorecard();
  }

  private static java.util.List<String> problems(String kpis) {
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> read(kpis));
    assertThat(e).as("a problem is expected in %s", kpis).isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void readsAndWritesFormulasAndPeriodPolicies() {
    Scorecard s = read("""
              - id: per-customer
                name: Revenue per customer
                formula: revenue / customers
                missingInputs: zero
        """);
    Kpi calculated = s.kpi(KpiId.of("per-customer")).orElseThrow();
    assertThat(calculated.formula().orElseThrow().text()).isEqualTo("revenue / customers");
    assertThat(calculated.formula().orElseThrow().missing()).isEqualTo(MissingInputs.ZERO);
    assertThat(calculated.isCalculated()).isTrue();
    assertThat(s.kpi(KpiId.of("customers")).orElseThrow().aggregate()).isEqualTo(LevelAggregate.MEAN);
    assertThat(s.kpi(KpiId.of("revenue")).orElseThrow().emptyPeriods()).isEqualTo(EmptyPeriods.ZERO);
    String yaml = DocumentWriter.of(Format.YAML).write(s);
    assertThat(yaml).contains("formula: revenue / customers", "missingInputs: zero", "aggregate: mean",
        "emptyPeriods: carry");
    assertThat(DocumentReader.of(Format.YAML).read(yaml, "again.yaml").scorecard()).isEqualTo(s);
  }

  @Test
  void placesASyntaxErrorAtItsCharacterInsideAPlainOrQuotedFormula() {
    assertThat(problems("""
              - {id: r, name: R, formula: revenue / / customers}
        """)).containsExactly("f.yaml:10:45: objectives[0].kpis[2].formula: formula \"revenue / / customers\":"
            + " expected a number, a KPI id, a function or ( but found \"/\"");
    assertThat(problems("""
              - id: r
                name: R
                formula: "sum(revenue, customers"
        """)).containsExactly("f.yaml:12:41: objectives[0].kpis[2].formula: formula \"sum(revenue, customers\":"
            + " expected , or ) in the arguments of sum but the formula ended");
  }

  @Test
  void placesAnUnknownKpiAtItsName() {
    assertThat(problems("""
              - {id: r, name: R, formula: 100 * revenue / custmers}
        """)).containsExactly("f.yaml:10:51: objectives[0].kpis[2].formula: formula \"100 * revenue / custmers\":"
            + " names custmers, which is no KPI of the scorecard; did you mean \"customers\"?");
  }

  @Test
  void placesACycleAtTheReferenceThatClosesIt() {
    assertThat(problems("""
              - {id: a, name: A, formula: b + revenue}
              - {id: b, name: B, formula: 2 * a}
        """)).containsExactly("f.yaml:11:39: objectives[0].kpis[3].formula: formula \"2 * a\": forms a cycle"
            + " through other formulas: a -> b -> a");
  }

  @Test
  void locatesAFormulaInJsonInsideItsQuotes() {
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> DocumentReader.of(Format.JSON).read("""
        {"bsc": 1, "name": "J", "objectives": [{"id": "F1", "name": "F", "perspective": "financial",
          "kpis": [{"id": "x", "name": "X"}, {"id": "y", "name": "Y", "formula": "x + z"}]}]}
        """, "j.json"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly("j.json:2:79: objectives[0].kpis[1].formula:"
        + " formula \"x + z\": names z, which is no KPI of the scorecard");
  }

  @Test
  void missingInputsNeedAFormulaAndPoliciesMustSuitTheKind() {
    assertThat(problems("""
              - {id: r, name: R, missingInputs: zero}
        """)).containsExactly("f.yaml:10:41: objectives[0].kpis[2].missingInputs: is only allowed with a formula");
    assertThat(problems("""
              - {id: r, name: R, kind: flow, aggregate: mean}
        """)).singleElement().asString().contains("aggregate: must be last for a flow");
  }
}
