package dev.tcpivot.tql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tcpivot.DateCondition.DateFunction;
import dev.tcpivot.FloatCondition;
import dev.tcpivot.Query;
import dev.tcpivot.v3.CaseQuery;
import dev.tcpivot.v3.GroupAttributeQuery;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.IndicatorQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code toTql()} writes: each operator of each value type of tql-keywords.md in its
 * canonical upper-case form, strings quoted and escaped as v3/filter_results.rst L12-36 says,
 * dates as tql-keywords.md compares them, and parentheses exactly where AND (which binds tighter)
 * holds an OR.
 */
class QueryTextTest {

  /** A query type with a Float keyword, which tql.table does not have: made as the generator makes one. */
  static final class ScoreQuery extends Query<ScoreQuery> {
    private ScoreQuery(Clause clause) {
      super(clause);
    }

    @Override
    protected ScoreQuery with(Clause clause) {
      return new ScoreQuery(clause);
    }

    static FloatCondition<ScoreQuery> score() {
      return decimal("score", ScoreQuery::new);
    }
  }

  @Test
  void stringOperators() {
    assertEquals(
        List.of(
            "summary = \"badguy.com\"",
            "summary != \"badguy.com\"",
            "summary IN (\"badguy.com\", \"evil.com\")",
            "summary NOT IN (\"badguy.com\")",
            "summary IN (\"a\", \"b\")",
            "summary NOT IN (\"a\", \"b\")",
            "summary CONTAINS \"bad\"",
            "summary NOT CONTAINS \"bad\"",
            "summary STARTSWITH \"bad\"",
            "summary NOT STARTSWITH \"bad\"",
            "summary ENDSWITH \".com\"",
            "summary NOT ENDSWITH \".com\"",
            "summary LIKE \"%bad%\"",
            "summary NOT LIKE \"%bad%\"",
            "summary IS NULL",
            "summary IS NOT NULL"),
        tql(
            IndicatorQuery.summary().eq("badguy.com"),
            IndicatorQuery.summary().ne("badguy.com"),
            IndicatorQuery.summary().in("badguy.com", "evil.com"),
            IndicatorQuery.summary().notIn("badguy.com"),
            IndicatorQuery.summary().in(List.of("a", "b")),
            IndicatorQuery.summary().notIn(List.of("a", "b")),
            IndicatorQuery.summary().contains("bad"),
            IndicatorQuery.summary().notContains("bad"),
            IndicatorQuery.summary().startsWith("bad"),
            IndicatorQuery.summary().notStartsWith("bad"),
            IndicatorQuery.summary().endsWith(".com"),
            IndicatorQuery.summary().notEndsWith(".com"),
            IndicatorQuery.summary().like("%bad%"),
            IndicatorQuery.summary().notLike("%bad%"),
            IndicatorQuery.summary().isNull(),
            IndicatorQuery.summary().isNotNull()));
  }

  @Test
  void integerOperators() {
    assertEquals(
        List.of(
            "rating = 4", "rating != 4", "rating > 4", "rating < 4", "rating >= 4", "rating <= 4",
            "rating IN (1, 2, 3)", "rating NOT IN (5)", "rating IN (10, 15)", "rating NOT IN (10, 15)",
            "rating IS NULL", "rating IS NOT NULL", "id = 9223372036854775807", "addressAsn = -1"),
        tql(
            IndicatorQuery.rating().eq(4),
            IndicatorQuery.rating().ne(4),
            IndicatorQuery.rating().gt(4),
            IndicatorQuery.rating().lt(4),
            IndicatorQuery.rating().geq(4),
            IndicatorQuery.rating().leq(4),
            IndicatorQuery.rating().in(1, 2, 3),
            IndicatorQuery.rating().notIn(5),
            IndicatorQuery.rating().in(List.of(10L, 15L)),
            IndicatorQuery.rating().notIn(List.of(10L, 15L)),
            IndicatorQuery.rating().isNull(),
            IndicatorQuery.rating().isNotNull(),
            IndicatorQuery.id().eq(Long.MAX_VALUE),
            IndicatorQuery.addressAsn().eq(-1)));
  }

  @Test
  void floatOperatorsWriteNumbersWithoutExponent() {
    assertEquals(
        List.of(
            "score = 2.5", "score != 7", "score > 0.0001", "score < 10000000000", "score >= -0.5", "score <= 0",
            "score IN (1.5, 2)", "score NOT IN (3)", "score IN (0.25)", "score NOT IN (0.75)",
            "score IS NULL", "score IS NOT NULL"),
        tql(
            ScoreQuery.score().eq(2.5),
            ScoreQuery.score().ne(7.0),
            ScoreQuery.score().gt(1e-4),
            ScoreQuery.score().lt(1e10),
            ScoreQuery.score().geq(-0.5),
            ScoreQuery.score().leq(0.0),
            ScoreQuery.score().in(1.5, 2.0),
            ScoreQuery.score().notIn(3.0),
            ScoreQuery.score().in(List.of(0.25)),
            ScoreQuery.score().notIn(List.of(0.75)),
            ScoreQuery.score().isNull(),
            ScoreQuery.score().isNotNull()));
  }

  /** An Instant in UTC to the second, a LocalDate as a date, TODAY() as v3/filter_results.rst L240 writes it. */
  @Test
  void dateOperators() {
    Instant instant = Instant.parse("2023-02-01T13:07:08.999Z");
    LocalDate date = LocalDate.of(2023, 2, 28);
    assertEquals(
        List.of(
            "caseOpenTime = \"2023-02-01 13:07:08\"", "caseOpenTime != \"2023-02-01 13:07:08\"",
            "caseOpenTime > \"2023-02-01 13:07:08\"", "caseOpenTime < \"2023-02-01 13:07:08\"",
            "caseOpenTime >= \"2023-02-01 13:07:08\"", "caseOpenTime <= \"2023-02-01 13:07:08\"",
            "caseOpenTime = \"2023-02-28\"", "caseOpenTime != \"2023-02-28\"", "caseOpenTime > \"2023-02-28\"",
            "caseOpenTime < \"2023-02-28\"", "caseOpenTime >= \"2023-02-28\"", "caseOpenTime <= \"2023-02-28\"",
            "caseOpenTime = \"TODAY()\"", "caseOpenTime != \"TODAY()\"", "caseOpenTime > \"TODAY()\"",
            "caseOpenTime < \"TODAY()\"", "caseOpenTime >= \"TODAY()\"", "caseOpenTime <= \"TODAY()\"",
            "caseOpenTime IS NULL", "caseOpenTime IS NOT NULL"),
        tql(
            CaseQuery.caseOpenTime().eq(instant),
            CaseQuery.caseOpenTime().ne(instant),
            CaseQuery.caseOpenTime().gt(instant),
            CaseQuery.caseOpenTime().lt(instant),
            CaseQuery.caseOpenTime().geq(instant),
            CaseQuery.caseOpenTime().leq(instant),
            CaseQuery.caseOpenTime().eq(date),
            CaseQuery.caseOpenTime().ne(date),
            CaseQuery.caseOpenTime().gt(date),
            CaseQuery.caseOpenTime().lt(date),
            CaseQuery.caseOpenTime().geq(date),
            CaseQuery.caseOpenTime().leq(date),
            CaseQuery.caseOpenTime().eq(DateFunction.TODAY),
            CaseQuery.caseOpenTime().ne(DateFunction.TODAY),
            CaseQuery.caseOpenTime().gt(DateFunction.TODAY),
            CaseQuery.caseOpenTime().lt(DateFunction.TODAY),
            CaseQuery.caseOpenTime().geq(DateFunction.TODAY),
            CaseQuery.caseOpenTime().leq(DateFunction.TODAY),
            CaseQuery.caseOpenTime().isNull(),
            CaseQuery.caseOpenTime().isNotNull()));
  }

  @Test
  void booleanOperators() {
    assertEquals(
        List.of("associable = true", "associable = false", "associable IS NULL", "associable IS NOT NULL"),
        tql(
            GroupAttributeQuery.associable().eq(true),
            GroupAttributeQuery.associable().eq(false),
            GroupAttributeQuery.associable().isNull(),
            GroupAttributeQuery.associable().isNotNull()));
  }

  /** A Java keyword as a TQL keyword: {@code default_()} writes {@code default}. */
  @Test
  void aJavaKeywordIsWrittenAsTheTqlKeyword() {
    assertEquals("default = true", GroupAttributeQuery.default_().eq(true).toTql());
  }

  /** v3/filter_results.rst L12-36: {@code ' " ` \} each get a backslash; nothing else changes. */
  @Test
  void stringsAreEscapedAsTheDocsSay() {
    assertEquals(
        "summary = \"O\\'Brien \\\"the \\`bad\\` guy\\\" C:\\\\temp %_ é\"",
        IndicatorQuery.summary().eq("O'Brien \"the `bad` guy\" C:\\temp %_ é").toTql());
    assertEquals(
        "tag IN (\"a\\\"b\", \"c\\\\\")", IndicatorQuery.tag().in("a\"b", "c\\").toTql());
  }

  @Test
  void aNestedQueryIsWrittenInItsParentheses() {
    assertEquals("hasGroup(id = 12)", IndicatorQuery.hasGroup(GroupQuery.id().eq(12)).toTql());
    assertEquals(
        "hasGroup(typeName = \"Campaign\" OR hasIndicator(summary = \"badguy.com\"))",
        IndicatorQuery.hasGroup(GroupQuery.typeName().eq("Campaign")
            .or(GroupQuery.hasIndicator(IndicatorQuery.summary().eq("badguy.com")))).toTql());
  }

  /** AND binds tighter than OR: an OR inside an AND gets parentheses, an AND inside an OR does not. */
  @Test
  void parenthesesOnlyWherePrecedenceNeedsThem() {
    IndicatorQuery a = IndicatorQuery.rating().eq(1);
    IndicatorQuery b = IndicatorQuery.rating().eq(2);
    IndicatorQuery c = IndicatorQuery.rating().eq(3);
    IndicatorQuery d = IndicatorQuery.rating().eq(4);
    assertEquals(
        List.of(
            "rating = 1 AND rating = 2 AND rating = 3",
            "rating = 1 AND rating = 2 AND rating = 3",
            "rating = 1 OR rating = 2 OR rating = 3",
            "rating = 1 OR rating = 2 OR rating = 3",
            "(rating = 1 OR rating = 2) AND rating = 3",
            "rating = 1 AND (rating = 2 OR rating = 3)",
            "rating = 1 AND rating = 2 OR rating = 3",
            "rating = 1 OR rating = 2 AND rating = 3",
            "(rating = 1 OR rating = 2) AND (rating = 3 OR rating = 4)",
            "rating = 1 AND rating = 2 OR rating = 3 AND rating = 4",
            "(rating = 1 AND rating = 2 OR rating = 3) AND rating = 4"),
        tql(
            a.and(b).and(c),
            a.and(b.and(c)),
            a.or(b).or(c),
            a.or(b.or(c)),
            a.or(b).and(c),
            a.and(b.or(c)),
            a.and(b).or(c),
            a.or(b.and(c)),
            a.or(b).and(c.or(d)),
            a.and(b).or(c.and(d)),
            a.and(b).or(c).and(d)));
  }

  /** DESIGN.md, "Pivot queries": the two examples, as their comments give the {@code tql} parameter. */
  @Test
  void theDesignExamples() {
    assertEquals(
        "typeName IN (\"Host\", \"Address\") AND hasGroup(id = 12)",
        IndicatorQuery.typeName().in("Host", "Address")
            .and(IndicatorQuery.hasGroup(GroupQuery.id().eq(12))).toTql());
    assertEquals(
        "typeName = \"Campaign\" OR hasIndicator(summary = \"badguy.com\")",
        GroupQuery.typeName().eq("Campaign")
            .or(GroupQuery.hasIndicator(IndicatorQuery.summary().eq("badguy.com"))).toTql());
  }

  @Test
  void queriesAreValues() {
    IndicatorQuery one = IndicatorQuery.rating().geq(4);
    assertEquals(IndicatorQuery.rating().geq(4), one);
    assertEquals(IndicatorQuery.rating().geq(4).hashCode(), one.hashCode());
    assertEquals("rating >= 4", one.toString());
    assertNotEquals(GroupQuery.id().eq(4), IndicatorQuery.id().eq(4));
    assertNotEquals(IndicatorQuery.rating().gt(4), one);
    IndicatorQuery combined = one.and(IndicatorQuery.id().eq(1));
    assertEquals("rating >= 4", one.toTql(), "and() leaves the query it is called on as it was");
    assertNotEquals(one, combined);
  }

  private static List<String> tql(Query<?>... queries) {
    return java.util.Arrays.stream(queries).map(Query::toTql).toList();
  }
}
