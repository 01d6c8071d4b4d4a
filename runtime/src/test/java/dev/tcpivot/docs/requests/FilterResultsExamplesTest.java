package dev.tcpivot.docs.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.DateCondition.DateFunction;
import dev.tcpivot.Paged;
import dev.tcpivot.Query;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.CaseQuery;
import dev.tcpivot.v3.GroupAttributeQuery;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorQuery;
import dev.tcpivot.v3.TagQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every TQL example request of v3/filter_results.rst, written with the query classes: {@code toTql()}
 * gives the same query as the docs' decoded URL, and where the endpoint has a facade the request it
 * sends is the documented one. The docs spell operators several ways ({@code in},
 * {@code GEQ}, {@code >=}, {@code EQ}, {@code =}) and space them as they like; TQL operators are
 * case-insensitive (tql-keywords.md) and {@code EQ}/{@code =}, {@code GEQ}/{@code >=}, ... are the
 * same operator. So both sides are split into tokens (quoted strings kept exactly as written, words,
 * numbers, operators, parentheses, commas), word tokens are upper-cased and word operators become
 * their symbols, and the token lists must be equal.
 */
class FilterResultsExamplesTest {
  @RegisterExtension final MockApi api = new MockApi();

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

  /** The examples of an endpoint that has a facade, as the docs print the decoded request line. */
  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("L202", "GET /v3/indicators?tql=typeName in (\"Address\", \"Host\")",
            send(tc -> tc.indicators().list(IndicatorQuery.typeName().in("Address", "Host")))),
        Arguments.of("L221", "GET /v3/indicators?tql=abuseIpdbConfidenceScore>=50",
            send(tc -> tc.indicators().list(IndicatorQuery.abuseIpdbConfidenceScore().geq(50)))),
        Arguments.of("L240", "GET /v3/indicators?tql=threatAssessLastUpdated>\"TODAY()\" and threatAssessScore>=500",
            send(tc -> tc.indicators().list(IndicatorQuery.threatAssessLastUpdated().gt(DateFunction.TODAY)
                .and(IndicatorQuery.threatAssessScore().geq(500))))),
        Arguments.of("L257", "GET /v3/groups?tql=typeName in (\"Adversary\") and tag in (\"hacker\")",
            send(tc -> tc.groups().list(GroupQuery.typeName().in("Adversary").and(GroupQuery.tag().in("hacker"))))),
        Arguments.of("L274", "GET /v3/cases?tql=caseOpenTime GEQ \"2023-02-01\" and caseOpenTime LEQ \"2023-02-28\"",
            send(tc -> tc.cases().list(CaseQuery.caseOpenTime().geq(LocalDate.of(2023, 2, 1))
                .and(CaseQuery.caseOpenTime().leq(LocalDate.of(2023, 2, 28)))))),
        Arguments.of("L339", "GET v3/groups?tql=associatedIndicatorSource=\"API\"",
            send(tc -> tc.groups().list(GroupQuery.associatedIndicatorSource().eq("API")))),
        Arguments.of("L358", "GET /v3/indicators?tql=rating >= 4&fields=tags&fields=attributes",
            send(tc -> tc.indicators().list(IndicatorQuery.rating().geq(4), IndicatorField.TAGS, IndicatorField.ATTRIBUTES))));
  }

  /**
   * The request goes to the documented path under the {@code /api} root (quick_start.rst L14; L339
   * prints it without its leading slash), with the documented parameters, {@code tql} compared by
   * its tokens and the others exactly; the order of parameters of different names does not matter.
   */
  @ParameterizedTest(name = "v3/filter_results.rst {0}: {1}")
  @MethodSource("requests")
  void theExampleRequestIsSentAsTheDocsShowIt(String line, String documented, Function<ThreatConnect, Paged<?>> send) {
    api.respond(200, "{\"data\": [], \"status\": \"Success\"}");
    send.apply(api.hmacClient()).stream().count();
    HttpUrl sent = api.take().getRequestUrl();

    String target = documented.substring("GET ".length());
    String path = target.substring(0, target.indexOf('?'));
    assertEquals("/api" + (path.startsWith("/") ? path : "/" + path), sent.encodedPath());
    Map<String, List<String>> expected = new TreeMap<>();
    for (String parameter : target.substring(target.indexOf('?') + 1).split("&")) {
      int equals = parameter.indexOf('=');
      expected.computeIfAbsent(parameter.substring(0, equals), k -> new ArrayList<>()).add(parameter.substring(equals + 1));
    }
    Map<String, List<String>> actual = new TreeMap<>();
    for (String name : sent.queryParameterNames()) {
      actual.put(name, sent.queryParameterValues(name));
    }
    expected.computeIfPresent("tql", (k, values) -> tokens(values.get(0)));
    actual.computeIfPresent("tql", (k, values) -> tokens(values.get(0)));
    assertEquals(expected, actual);
  }

  private static Function<ThreatConnect, Paged<?>> send(Function<ThreatConnect, Paged<?>> send) {
    return send;
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
