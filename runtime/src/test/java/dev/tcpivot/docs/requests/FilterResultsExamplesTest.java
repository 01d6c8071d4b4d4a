package dev.tcpivot.docs.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.DateCondition.DateFunction;
import dev.tcpivot.Query;
import dev.tcpivot.v3.CaseQuery;
import dev.tcpivot.v3.GroupAttributeQuery;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.IndicatorQuery;
import dev.tcpivot.v3.TagQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every TQL example request of v3/filter_results.rst, written with the query classes: {@code toTql()}
 * gives the same query as the docs' decoded URL. The docs spell operators several ways ({@code in},
 * {@code GEQ}, {@code >=}, {@code EQ}, {@code =}) and space them as they like; TQL operators are
 * case-insensitive (tql-keywords.md) and {@code EQ}/{@code =}, {@code GEQ}/{@code >=}, ... are the
 * same operator. So both sides are split into tokens (quoted strings kept exactly as written, words,
 * numbers, operators, parentheses, commas), word tokens are upper-cased and word operators become
 * their symbols, and the token lists must be equal.
 */
class FilterResultsExamplesTest {
  private static final Pattern TOKEN =
      Pattern.compile("\\s*(\"(?:\\\\.|[^\"\\\\])*\"|[A-Za-z_][A-Za-z0-9_]*|-?[0-9]+(?:\\.[0-9]+)?|>=|<=|!=|=|>|<|[(),])");
  private static final Map<String, String> SYMBOLS =
      Map.of("EQ", "=", "NE", "!=", "GT", ">", "LT", "<", "GEQ", ">=", "LEQ", "<=");

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("L202", "typeName in (\"Address\", \"Host\")",
            IndicatorQuery.typeName().in("Address", "Host")),
        Arguments.of("L221", "abuseIpdbConfidenceScore>=50",
            IndicatorQuery.abuseIpdbConfidenceScore().geq(50)),
        Arguments.of("L240", "threatAssessLastUpdated>\"TODAY()\" and threatAssessScore>=500",
            IndicatorQuery.threatAssessLastUpdated().gt(DateFunction.TODAY)
                .and(IndicatorQuery.threatAssessScore().geq(500))),
        Arguments.of("L257", "typeName in (\"Adversary\") and tag in (\"hacker\")",
            GroupQuery.typeName().in("Adversary").and(GroupQuery.tag().in("hacker"))),
        Arguments.of("L274", "caseOpenTime GEQ \"2023-02-01\" and caseOpenTime LEQ \"2023-02-28\"",
            CaseQuery.caseOpenTime().geq(LocalDate.of(2023, 2, 1))
                .and(CaseQuery.caseOpenTime().leq(LocalDate.of(2023, 2, 28)))),
        Arguments.of("L291", "techniqueId startswith \"T1001\"",
            TagQuery.techniqueId().startsWith("T1001")),
        Arguments.of("L308", "techniqueId is not null and associatedGroup EQ 11",
            TagQuery.techniqueId().isNotNull().and(TagQuery.associatedGroup().eq(11))),
        Arguments.of("L339", "associatedIndicatorSource=\"API\"",
            GroupQuery.associatedIndicatorSource().eq("API")),
        Arguments.of("L358", "rating >= 4",
            IndicatorQuery.rating().geq(4)),
        Arguments.of("L375", "hasGroup(id in (10,15)) AND associable=true",
            GroupAttributeQuery.hasGroup(GroupQuery.id().in(10, 15)).and(GroupAttributeQuery.associable().eq(true))));
  }

  @ParameterizedTest(name = "v3/filter_results.rst {0}: {1}")
  @MethodSource("examples")
  void theExampleIsWrittenAsTheDocsWriteIt(String line, String documented, Query<?> query) {
    assertEquals(tokens(documented), tokens(query.toTql()), query.toTql());
  }

  /** The tokens of a query, normalised as the class comment says. */
  static List<String> tokens(String tql) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(tql);
    int at = 0;
    while (at < tql.length() && matcher.find(at) && matcher.start() == at) {
      String token = matcher.group(1);
      if (!token.startsWith("\"") && Character.isLetter(token.charAt(0))) {
        token = token.toUpperCase(Locale.ROOT);
        token = SYMBOLS.getOrDefault(token, token);
      }
      tokens.add(token);
      at = matcher.end();
    }
    assertEquals("", tql.substring(at).strip(), "the part of " + tql + " that is not TQL");
    return tokens;
  }
}
