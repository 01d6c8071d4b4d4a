package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TQL's grammar over HTTP: every operator and value type (tql-keywords.md, "Operators"), AND before
 * OR, parentheses, the escapes of v3/filter_results.rst L12-36, case, and the 400s.
 */
class TqlGrammarTest {
  private static final String ALPHA = "alpha.example";
  private static final String ADDRESS = "10.0.0.1";
  private static final String BETA = "beta.example";
  private static final String MUTEX = "it's \"q\" `t` back\\slash";
  private static final String URL = "http://alpha.example/path";
  private static final List<String> ALL = List.of(ALPHA, ADDRESS, BETA, MUTEX, URL);

  private static Sandbox sandbox;
  private static TqlQueries tql;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    TestClient client = new TestClient(sandbox);
    tql = new TqlQueries(client);
    client.post(
        "/v3/indicators",
        "{\"type\": \"Host\", \"hostName\": \"alpha.example\", \"rating\": 3, \"confidence\": 50,"
            + " \"dnsActive\": true, \"tags\": {\"data\": [{\"name\": \"APT\"}, {\"name\": \"phish\"}]},"
            + " \"securityLabels\": {\"data\": [{\"name\": \"TLP:AMBER\"}]}}");
    client.post(
        "/v3/indicators", "{\"type\": \"Address\", \"ip\": \"10.0.0.1\", \"rating\": 1, \"confidence\": 10}");
    client.post(
        "/v3/indicators",
        "{\"type\": \"Host\", \"hostName\": \"beta.example\", \"confidence\": 90,"
            + " \"tags\": {\"data\": [{\"name\": \"crime\"}]}}");
    client.post(
        "/v3/indicators",
        "{\"type\": \"Mutex\", \"Mutex\": \"it's \\\"q\\\" `t` back\\\\slash\", \"rating\": 5}");
    client.post(
        "/v3/indicators",
        "{\"type\": \"URL\", \"text\": \"http://alpha.example/path\", \"rating\": 2, \"confidence\": 20}");
    client.post(
        "/v3/groups",
        "{\"type\": \"Adversary\", \"name\": \"Dated\", \"firstSeen\": \"2023-02-28T10:00:00Z\","
            + " \"tags\": {\"data\": [{\"name\": \"hacker\"}]}}");
    client.post("/v3/groups", "{\"type\": \"Campaign\", \"name\": \"Undated\"}");
    client.post(
        "/v3/cases",
        "{\"name\": \"February\", \"severity\": \"Low\", \"status\": \"Open\","
            + " \"caseOpenTime\": \"2023-02-28T23:59:59Z\"}");
    client.post(
        "/v3/cases",
        "{\"name\": \"March\", \"severity\": \"Low\", \"status\": \"Open\","
            + " \"caseOpenTime\": \"2023-03-01T00:00:00Z\"}");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<String> indicators(String query) {
    return tql.names("indicators", query);
  }

  private static List<String> groups(String query) {
    return tql.names("groups", query);
  }

  /** The docs' own examples (filter_results.rst L202, L221, L257, L274, L358). */
  @Test
  void documentedExamples() {
    assertEquals(
        List.of("February"),
        tql.names("cases", "caseOpenTime GEQ \"2023-02-01\" and caseOpenTime LEQ \"2023-02-28\""));
    assertEquals(List.of(ALPHA, ADDRESS, BETA), indicators("typeName in (\"Address\", \"Host\")"));
    assertEquals(List.of(), indicators("abuseIpdbConfidenceScore>=50"));
    assertEquals(List.of("Dated"), groups("typeName in (\"Adversary\") and tag in (\"hacker\")"));
    assertEquals(List.of(MUTEX), indicators("rating >= 4"));
  }

  /** The String operators (tql-keywords.md L13-17), symbols and words alike. */
  @Test
  void stringOperators() {
    assertEquals(List.of(ALPHA), indicators("summary = \"alpha.example\""));
    assertEquals(List.of(ALPHA), indicators("summary EQ \"alpha.example\""));
    assertEquals(List.of(ADDRESS, BETA, MUTEX, URL), indicators("summary != \"alpha.example\""));
    assertEquals(List.of(ADDRESS, BETA, MUTEX, URL), indicators("summary NE \"alpha.example\""));
    assertEquals(List.of(ADDRESS, BETA), indicators("summary IN (\"beta.example\", \"10.0.0.1\")"));
    assertEquals(
        List.of(ALPHA, MUTEX, URL), indicators("summary NOT IN (\"beta.example\", \"10.0.0.1\")"));
    assertEquals(List.of(ALPHA, URL), indicators("summary LIKE \"%alpha%\""));
    assertEquals(List.of(ALPHA), indicators("summary LIKE \"alpha%\""));
    assertEquals(List.of(ADDRESS, BETA, MUTEX), indicators("summary NOT LIKE \"%alpha%\""));
    assertEquals(List.of(ALPHA, BETA, URL), indicators("summary CONTAINS \"example\""));
    assertEquals(List.of(ADDRESS, MUTEX), indicators("summary NOT CONTAINS \"example\""));
    assertEquals(List.of(URL), indicators("summary STARTSWITH \"http\""));
    assertEquals(List.of(ALPHA, ADDRESS, BETA, MUTEX), indicators("summary NOT STARTSWITH \"http\""));
    assertEquals(List.of(ALPHA, BETA), indicators("summary ENDSWITH \".example\""));
    assertEquals(List.of(ADDRESS, MUTEX, URL), indicators("summary NOT ENDSWITH \".example\""));
    assertEquals(List.of(), indicators("summary IS NULL"));
    assertEquals(ALL, indicators("summary IS NOT NULL"));
  }

  /** LIKE's one wildcard is %: the docs name no other, so _ stands for itself. */
  @Test
  void likeHasOnlyThePercentWildcard() {
    assertEquals(List.of(), indicators("summary LIKE \"alpha_example\""));
    assertEquals(List.of(ALPHA), indicators("summary LIKE \"alpha.example\""));
    assertEquals(ALL, indicators("summary LIKE \"%\""));
  }

  /** Integer operators; an Indicator's unset rating and confidence compare as responses show them: 0. */
  @Test
  void integerOperators() {
    assertEquals(List.of(ALPHA), indicators("rating = 3"));
    assertEquals(List.of(ALPHA, MUTEX), indicators("rating > 2"));
    assertEquals(List.of(ALPHA, MUTEX), indicators("rating GT 2"));
    assertEquals(List.of(ADDRESS, BETA), indicators("rating < 2"));
    assertEquals(List.of(ADDRESS, BETA), indicators("rating LT 2"));
    assertEquals(List.of(ALPHA, MUTEX), indicators("rating >= 3"));
    assertEquals(List.of(ALPHA, MUTEX), indicators("rating GEQ 3"));
    assertEquals(List.of(ADDRESS, BETA), indicators("rating <= 1"));
    assertEquals(List.of(ADDRESS, BETA), indicators("rating LEQ 1"));
    assertEquals(List.of(BETA, MUTEX), indicators("rating IN (0, 5)"));
    assertEquals(List.of(ALPHA, ADDRESS, URL), indicators("rating NOT IN (0, 5)"));
    assertEquals(List.of(BETA), indicators("rating = 0"));
    assertEquals(ALL, indicators("rating > -1"));
    assertEquals(List.of(ALPHA, BETA), indicators("confidence > 40"));
    assertEquals(List.of(MUTEX), indicators("confidence = 0"));
    List<Long> ids = tql.ids("indicators", "summary IN (\"10.0.0.1\", \"http://alpha.example/path\")");
    assertEquals(List.of(ADDRESS), indicators("id = " + ids.get(0)));
    assertEquals(List.of(ADDRESS, URL), indicators("id IN (" + ids.get(1) + ", " + ids.get(0) + ", 999999)"));
    assertEquals(List.of(ALPHA, BETA, MUTEX), indicators("id NOT IN (" + ids.get(0) + ", " + ids.get(1) + ")"));
  }

  /** Booleans are true or false in any case; != is taken, as the docs do not forbid it. */
  @Test
  void booleanOperators() {
    assertEquals(List.of(ALPHA), indicators("hostDnsActive = true"));
    assertEquals(List.of(), indicators("hostDnsActive = false"));
    assertEquals(List.of(ADDRESS, BETA, MUTEX, URL), indicators("hostDnsActive != TRUE"));
    assertEquals(ALL, indicators("indicatorActive = True"));
    assertEquals(List.of(), indicators("indicatorActive IS NULL"));
  }

  /**
   * Dates: "YYYY-MM-DD HH:MM:SS", "YYYY-MM-DD" and the date functions TODAY() (filter_results.rst
   * L240) and NOW(), the two the sandbox takes; a date stands for its whole day, so LEQ includes it
   * (L268-274: "between February 1 and 28, 2023, inclusive").
   */
  @Test
  void dateOperators() {
    assertEquals(ALL, indicators("dateAdded >= \"TODAY()\""));
    assertEquals(ALL, indicators("dateAdded = \"today()\""));
    assertEquals(List.of(), indicators("dateAdded < \"TODAY()\""));
    assertEquals(ALL, indicators("dateAdded <= \"NOW()\""));
    assertEquals(List.of(), indicators("dateAdded > \"NOW()\""));
    assertEquals(ALL, indicators("dateAdded > \"2000-01-01\""));
    assertEquals(List.of(), indicators("dateAdded LT \"2000-01-01 00:00:00\""));
    assertEquals(ALL, indicators("lastModified GT \"2000-01-01 12:30:00\""));
    assertEquals(
        List.of("Dated"), groups("firstSeen GEQ \"2023-02-01\" and firstSeen LEQ \"2023-02-28\""));
    assertEquals(List.of(), groups("firstSeen GT \"2023-02-28\""));
    assertEquals(List.of("Dated"), groups("firstSeen = \"2023-02-28\""));
    assertEquals(List.of("Dated"), groups("firstSeen = \"2023-02-28 10:00:00\""));
    assertEquals(List.of(), groups("firstSeen > \"2023-02-28 10:00:00\""));
    // != is the complement of =: an object without the value matches it too.
    assertEquals(List.of("Dated", "Undated"), groups("firstSeen != \"2023-03-01\""));
    assertEquals(List.of("Undated"), groups("firstSeen IS NULL"));
  }

  /** AND binds tighter than OR: a OR b AND c is a OR (b AND c). */
  @Test
  void andBindsTighterThanOr() {
    assertEquals(
        List.of(ALPHA), indicators("summary = \"alpha.example\" OR rating = 1 AND confidence = 90"));
    assertEquals(
        List.of(ADDRESS, BETA),
        indicators("rating = 1 AND confidence = 10 OR summary = \"beta.example\""));
  }

  @Test
  void parenthesesGroup() {
    assertEquals(
        List.of(ADDRESS),
        indicators("(summary = \"alpha.example\" OR rating = 1) AND confidence = 10"));
    assertEquals(List.of(ADDRESS), indicators("((rating = 1))"));
    assertEquals(
        List.of(ALPHA, MUTEX),
        indicators("(rating = 3 or (rating = 5 and (confidence = 0 or confidence = 1)))"));
  }

  /**
   * filter_results.rst L12-36: \' \" \` \\ inside a string. Single quotes delimit a string too (why
   * else escape one); a backslash before another character stays, as the docs name no such escape.
   */
  @Test
  void escapes() {
    assertEquals(List.of(MUTEX), indicators("summary = \"it\\'s \\\"q\\\" \\`t\\` back\\\\slash\""));
    assertEquals(List.of(MUTEX), indicators("summary = 'it\\'s \"q\" `t` back\\\\slash'"));
    assertEquals(List.of(MUTEX), indicators("summary CONTAINS \"back\\slash\""));
  }

  /** Keywords, operators and conjunctions in any case; strings compare ignoring case. */
  @Test
  void caseDoesNotMatter() {
    assertEquals(List.of(ALPHA), indicators("SUMMARY eq \"ALPHA.example\" aNd TYPENAME In (\"host\")"));
    assertEquals(ALL, indicators("rating is not NULL Or summary Not Contains \"x\""));
    assertEquals(List.of(URL), indicators("Summary startsWith \"HTTP\" and summary EndsWith \"PATH\""));
  }

  /**
   * Keywords of the table whose data the sandbox does not hold (ThreatAssess, enrichment, an
   * Indicator's description) compare as null: IS NULL holds, = does not, != does.
   */
  @Test
  void keywordsWithoutDataCompareAsNull() {
    assertEquals(ALL, indicators("threatAssessScore IS NULL"));
    assertEquals(List.of(), indicators("threatAssessScore = 5"));
    assertEquals(ALL, indicators("threatAssessScore != 5"));
    assertEquals(List.of(), indicators("threatAssessLastUpdated > \"TODAY()\" and threatAssessScore >= 500"));
    assertEquals(ALL, indicators("description IS NULL"));
  }

  /** Tags and security labels: several values; = holds for one of them, != for none. */
  @Test
  void tagsAndLabelsHoldSeveralValues() {
    assertEquals(List.of(ALPHA), indicators("tag = \"apt\""));
    assertEquals(List.of(ALPHA), indicators("tag = \"phish\""));
    assertEquals(List.of(BETA), indicators("tag IN (\"crime\", \"nope\")"));
    assertEquals(List.of(ADDRESS, BETA, MUTEX, URL), indicators("tag != \"APT\""));
    assertEquals(List.of(ADDRESS, MUTEX, URL), indicators("tag IS NULL"));
    assertEquals(List.of(ALPHA), indicators("securityLabel = \"TLP:AMBER\""));
  }

  /** A blank query filters nothing (the docs are silent). */
  @Test
  void blankQueryFiltersNothing() {
    assertEquals(ALL, indicators(" "));
  }

  /**
   * The table types hasCommonGroup Integer, as the API's OPTIONS does for nested queries, yet the
   * docs write it nested (v3/groups/unified_view_vulnerabilities.rst L20): taken, and since the
   * sandbox holds no such link, it matches nothing.
   */
  @Test
  void integerKeywordWrittenNestedIsTakenAndMatchesNothing() {
    assertEquals(List.of(), groups("hasCommonGroup(typeName=\"Vulnerability\")"));
    assertEquals(List.of("Dated"), groups("hasCommonGroup(anything = 1) OR summary = \"Dated\""));
  }

  /** Each refusal names the character, the token and the problem. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "nope = 1 | Invalid TQL at character 1 ('nope'): 'nope' is not a TQL keyword of /v3/indicators (OPTIONS /v3/indicators/tql lists them)",
        "confidence CONTAINS 5 | Invalid TQL at character 12 ('CONTAINS'): confidence is an Integer keyword and does not take CONTAINS (it takes =, !=, >, <, >=, <=, IN, NOT IN, IS NULL, IS NOT NULL)",
        "summary > \"a\" | Invalid TQL at character 9 ('>'): summary is a String keyword and does not take > (it takes =, !=, IN, NOT IN, LIKE, NOT LIKE, CONTAINS, NOT CONTAINS, STARTSWITH, NOT STARTSWITH, ENDSWITH, NOT ENDSWITH, IS NULL, IS NOT NULL)",
        "dateAdded IN (\"2024-01-01\") | Invalid TQL at character 11 ('IN'): dateAdded is a Date keyword and does not take IN (it takes =, !=, >, <, >=, <=, IS NULL, IS NOT NULL)",
        "hostDnsActive > true | Invalid TQL at character 15 ('>'): hostDnsActive is a Boolean keyword and does not take > (it takes =, !=, IS NULL, IS NOT NULL)",
        "confidence = \"5\" | Invalid TQL at character 14 ('\"5\"'): confidence is an Integer keyword: expected a whole number, not '\"5\"'",
        "confidence = 1.5 | Invalid TQL at character 14 ('1.5'): confidence is an Integer keyword: expected a whole number, not '1.5'",
        "summary = 5 | Invalid TQL at character 11 ('5'): summary is a String keyword: expected a string in double quotes, not '5'",
        "indicatorActive = \"true\" | Invalid TQL at character 19 ('\"true\"'): indicatorActive is a Boolean keyword: expected true or false, not '\"true\"'",
        "dateAdded > \"yesterday\" | Invalid TQL at character 13 ('\"yesterday\"'): dateAdded is a Date keyword: expected \"YYYY-MM-DD HH:MM:SS\", \"YYYY-MM-DD\", \"TODAY()\" or \"NOW()\", not '\"yesterday\"'",
        "summary EQ | Invalid TQL at the end of the query: summary is a String keyword: expected a string in double quotes, not the end of the query",
        "summary = \"x | Invalid TQL at character 11 ('\"x'): the string is not closed: it needs a \" at its end",
        "(summary = \"x\" | Invalid TQL at the end of the query: expected ')' to close the '(' at character 1",
        "summary = \"x\") | Invalid TQL at character 14 (')'): this ')' closes no '('",
        "summary # \"x\" | Invalid TQL at character 9 ('#'): TQL has no such character here (operators: = != > < >= <=; strings in double quotes)",
        "summary = \"a\" XOR rating = 1 | Invalid TQL at character 15 ('XOR'): expected AND, OR or the end of the query",
        "summary = \"a\" AND | Invalid TQL at the end of the query: expected a keyword or '('",
        "= 5 | Invalid TQL at character 1 ('='): expected a keyword or '('",
        "summary \"x\" | Invalid TQL at character 9 ('\"x\"'): expected an operator after summary (=, !=, >, <, >=, <=, EQ, NE, GT, LT, GEQ, LEQ, IN, NOT IN, LIKE, NOT LIKE, CONTAINS, NOT CONTAINS, STARTSWITH, NOT STARTSWITH, ENDSWITH, NOT ENDSWITH, IS NULL, IS NOT NULL)",
        "summary NOT EQ \"x\" | Invalid TQL at character 13 ('EQ'): expected IN, LIKE, CONTAINS, STARTSWITH or ENDSWITH after NOT",
        "summary IS \"x\" | Invalid TQL at character 12 ('\"x\"'): expected NULL or NOT NULL after IS",
        "rating IN 1 | Invalid TQL at character 11 ('1'): IN takes a list in parentheses: IN (value, ...)",
        "rating IN (1, | Invalid TQL at the end of the query: rating is an Integer keyword: expected a whole number, not the end of the query",
        "hasGroup = 5 | Invalid TQL at character 10 ('='): hasGroup is a nested query: write hasGroup(<query over /v3/groups>)",
        "hasGroup(nope = 1) | Invalid TQL at character 10 ('nope'): 'nope' is not a TQL keyword of /v3/groups (OPTIONS /v3/groups/tql lists them)",
        "hasTag(summary > \"x\") | Invalid TQL at character 16 ('>'): summary is a String keyword and does not take > (it takes =, !=, IN, NOT IN, LIKE, NOT LIKE, CONTAINS, NOT CONTAINS, STARTSWITH, NOT STARTSWITH, ENDSWITH, NOT ENDSWITH, IS NULL, IS NOT NULL)",
        "hasGroup(hasIndicator(hasGroup(id = \"1\"))) | Invalid TQL at character 37 ('\"1\"'): id is an Integer keyword: expected a whole number, not '\"1\"'",
        "summary(\"x\") | Invalid TQL at character 8 ('('): expected an operator after summary (=, !=, >, <, >=, <=, EQ, NE, GT, LT, GEQ, LEQ, IN, NOT IN, LIKE, NOT LIKE, CONTAINS, NOT CONTAINS, STARTSWITH, NOT STARTSWITH, ENDSWITH, NOT ENDSWITH, IS NULL, IS NOT NULL)"
      })
  void refusals(String query, String message) {
    tql.assertRefused("indicators", query, message);
  }
}
