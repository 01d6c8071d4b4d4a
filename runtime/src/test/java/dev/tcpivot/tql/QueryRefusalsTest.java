package dev.tcpivot.tql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.DateCondition.DateFunction;
import dev.tcpivot.tql.QueryTextTest.ScoreQuery;
import dev.tcpivot.v3.CaseQuery;
import dev.tcpivot.v3.IndicatorQuery;
import dev.tcpivot.v3.VictimQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A query that could not be sent as meant is refused while it is built, with an
 * IllegalArgumentException that names the keyword and the argument: a null value or list item, an
 * empty {@code IN} list, a number TQL cannot write, a blank value of a keyword that compares names
 * (which no object has), a null nested or combined query.
 */
class QueryRefusalsTest {

  @Test
  void nullValues() {
    assertRefused("summary value must not be null", () -> IndicatorQuery.summary().eq(null));
    assertRefused("summary value must not be null", () -> IndicatorQuery.summary().like(null));
    assertRefused("caseOpenTime value must not be null", () -> CaseQuery.caseOpenTime().gt((Instant) null));
    assertRefused("caseOpenTime value must not be null", () -> CaseQuery.caseOpenTime().leq((LocalDate) null));
    assertRefused("caseOpenTime value must not be null", () -> CaseQuery.caseOpenTime().eq((DateFunction) null));
  }

  @Test
  void nullListsAndItems() {
    assertRefused("summary values must not be null", () -> IndicatorQuery.summary().in((String[]) null));
    assertRefused("summary values must not be null", () -> IndicatorQuery.summary().notIn((List<String>) null));
    assertRefused("summary values[1] must not be null", () -> IndicatorQuery.summary().in("badguy.com", null));
    assertRefused("rating values must not be null", () -> IndicatorQuery.rating().in((long[]) null));
    assertRefused("rating values[1] must not be null", () -> IndicatorQuery.rating().notIn(Arrays.asList(1L, null)));
    assertRefused("score values[0] must not be null", () -> ScoreQuery.score().in(Arrays.asList((Double) null)));
  }

  @Test
  void emptyLists() {
    assertRefused("summary values is empty: IN (...) needs at least one value", () -> IndicatorQuery.summary().in());
    assertRefused("summary values is empty: NOT IN (...) needs at least one value",
        () -> IndicatorQuery.summary().notIn(List.of()));
    assertRefused("rating values is empty: IN (...) needs at least one value", () -> IndicatorQuery.rating().in());
    assertRefused("rating values is empty: NOT IN (...) needs at least one value",
        () -> IndicatorQuery.rating().notIn(List.of()));
    assertRefused("score values is empty: IN (...) needs at least one value", () -> ScoreQuery.score().in());
  }

  @Test
  void numbersTqlCannotWrite() {
    assertRefused("score value must be a finite number, not NaN", () -> ScoreQuery.score().eq(Double.NaN));
    assertRefused("score values[1] must be a finite number, not Infinity",
        () -> ScoreQuery.score().in(1.0, Double.POSITIVE_INFINITY));
  }

  /** Keywords that compare names (their names end in "name") take no blank value; others may. */
  @Test
  void blankNames() {
    assertRefused("typeName value must not be blank", () -> IndicatorQuery.typeName().eq(" "));
    assertRefused("ownerName value must not be blank", () -> IndicatorQuery.ownerName().startsWith(""));
    assertRefused("typeName values[1] must not be blank", () -> IndicatorQuery.typeName().in("Host", ""));
    assertRefused("assetTypename value must not be blank", () -> VictimQuery.assetTypename().ne("\t"));
    assertEquals("description = \"\"", IndicatorQuery.description().eq("").toTql());
  }

  @Test
  void nullQueries() {
    assertRefused("hasGroup query must not be null", () -> IndicatorQuery.hasGroup(null));
    assertRefused("other must not be null", () -> IndicatorQuery.id().eq(1).and(null));
    assertRefused("other must not be null", () -> IndicatorQuery.id().eq(1).or(null));
  }

  private static void assertRefused(String message, Executable build) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
  }
}
