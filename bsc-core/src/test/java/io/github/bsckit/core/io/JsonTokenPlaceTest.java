package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.ReaderBasedJsonParser;

/**
 * The tree reader places a JSON value by the parser's token line and column instead of asking for a location
 * object per token: the two must agree on every value token, wherever it stands.
 */
class JsonTokenPlaceTest {

  @Test
  void theParsersTokenPlaceIsItsLocationForEveryValueToken() {
    List<String> texts = List.of(
        "{\"a\":1,\n  \"b\" :  [ 1 , 2,\n\n 3],\"c\":{\"d\":null}, \"e\": \"x\\ny\", \"f\":true, \"g\": false}",
        "  \n\t{\"a\":\t-1.5e3, \"b\": [[], {}, [[1]]]}",
        "[\"\u00e9\u00e9\", \"\ud83d\ude00\", 1, \"\\u00e9\", 1e400, -0]",
        "{\"bsc\": 1,\r\n\"name\": \"Acme\",\r\n  \"objectives\": [{\"id\": \"O1\",\n\"kpis\": []}]}",
        "\"top\"", "42", "{}",
        DocumentWriter.of(Format.JSON).write(DocumentReader.of(Format.YAML).read(
            "bsc: 1\nname: Acme\nobjectives:\n  - {id: F1, name: Grow, perspective: financial, kpis: [{id: k1,"
                + " name: Revenue, baseline: {value: 1, date: 2026-01-01}, target: {value: 2, date: 2026-12-31}}]}\n",
            "x")));
    List<String> mismatches = new ArrayList<>();
    int values = 0;
    for (String text : texts) {
      try (JsonParser p = Notations.parser(Format.JSON, text)) {
        assertThat(p).isInstanceOf(ReaderBasedJsonParser.class);
        ReaderBasedJsonParser json = (ReaderBasedJsonParser) p;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            continue;
          }
          values++;
          TokenStreamLocation at = p.currentTokenLocation();
          int column = TreeReader.valueColumn(json.getTokenColumnNr());
          if (at.getLineNr() != json.getTokenLineNr() || at.getColumnNr() != column) {
            mismatches.add(t + " at " + at.getLineNr() + ":" + at.getColumnNr() + " but token place "
                + json.getTokenLineNr() + ":" + column + " in " + text);
          }
        }
      }
    }
    assertThat(values).isGreaterThan(40);
    assertThat(mismatches).isEmpty();
  }
}
