package io.github.bsckit.graph;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import java.util.ArrayList;
import java.util.List;

/** Big complete layered maps, for the path-counting test and its timing. */
public final class LayeredMaps {
  private LayeredMaps() {}

  /**
   * A map of {@code rows} perspectives with {@code width} objectives each; every objective links to every
   * objective of the next row up and, when {@code skip} is set, of the row above that too.
   *
   * @param rows the number of perspectives
   * @param width the objectives per perspective
   * @param skip whether links also jump one row
   * @return the scorecard
   */
  public static Scorecard complete(int rows, int width, boolean skip) {
    Scorecard.Builder b = Scorecard.builder("Layered " + rows + "x" + width);
    for (int r = rows - 1; r >= 0; r--) {
      b.perspective("r" + r, "Row " + r);
    }
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < width; i++) {
        b.objective(id(r, i), "Objective " + r + "." + i, "r" + r);
      }
    }
    List<CausalLink> links = new ArrayList<>();
    for (int r = 0; r + 1 < rows; r++) {
      for (int i = 0; i < width; i++) {
        for (int j = 0; j < width; j++) {
          links.add(CausalLink.of(ObjectiveId.of(id(r, i)), ObjectiveId.of(id(r + 1, j))));
          if (skip && r + 2 < rows) {
            links.add(CausalLink.of(ObjectiveId.of(id(r, i)), ObjectiveId.of(id(r + 2, j))));
          }
        }
      }
    }
    links.forEach(b::link);
    return b.build();
  }

  /**
   * {@return the id of objective i of row r}
   *
   * @param r the row from the bottom
   * @param i the position in the row
   */
  public static String id(int r, int i) {
    return "o" + r + "-" + i;
  }
}
