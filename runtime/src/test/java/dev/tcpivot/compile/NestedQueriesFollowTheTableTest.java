package dev.tcpivot.compile;

import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.spec.TqlKeyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every query type of tql.table × every nested-query keyword that the table uses anywhere: where
 * the type has the keyword, {@code XQuery.hasY(YQuery)} compiles with the query of the row's
 * target; where it does not, the call does not compile ("cannot find symbol"). Nested keywords are
 * the TQL table's own, not the association table's (DESIGN.md, "Pivot queries"). The cases run as
 * two javac runs, one of the accepted calls and one of the refused ones.
 */
class NestedQueriesFollowTheTableTest {
  private static final Spec SPEC = SpecLoader.builtIn();

  @TestFactory
  Stream<DynamicTest> nestedKeywords() {
    Map<String, String> anyTarget = new LinkedHashMap<>();
    for (QueryType type : SPEC.queryTypes()) {
      for (TqlKeyword keyword : type.keywords()) {
        if (keyword.nested()) {
          anyTarget.putIfAbsent(keyword.name(), keyword.target().orElseThrow());
        }
      }
    }
    SnippetBatch accepted = new SnippetBatch();
    SnippetBatch refused = new SnippetBatch();
    List<DynamicTest> tests = new ArrayList<>();
    for (QueryType type : SPEC.queryTypes()) {
      String query = type.name() + "Query";
      for (Map.Entry<String, String> nested : anyTarget.entrySet()) {
        String keyword = nested.getKey();
        String target = type.keyword(keyword).flatMap(TqlKeyword::target).orElse(nested.getValue());
        String inner = target + "Query." + firstComparison(target) + "().isNotNull()";
        if (type.keyword(keyword).isPresent()) {
          accepted.add(query + " query = " + query + "." + keyword + "(" + inner + ");");
          tests.add(DynamicTest.dynamicTest(
              type.endpoint() + " takes " + keyword + "(" + target + "Query)", accepted::compiles));
        } else {
          int snippet = refused.add(query + " query = " + Snippet.MARK + query + "." + keyword + "(" + inner + ");");
          tests.add(DynamicTest.dynamicTest(
              type.endpoint() + " has no " + keyword,
              () -> refused.isRefusedWith(
                  snippet,
                  "cannot find symbol",
                  "method " + keyword + "(dev.tcpivot.v3." + target + "Query)",
                  "location: class dev.tcpivot.v3." + query)));
        }
      }
    }
    tests.add(DynamicTest.dynamicTest("each refused call is the one error of its line", refused::hasOneErrorPerSnippet));
    return tests.stream();
  }

  /** The Java method of the target's first keyword that is not a nested query. */
  private static String firstComparison(String target) {
    String keyword = SPEC.queryType(target).orElseThrow().keywords().stream()
        .filter(k -> !k.nested())
        .findFirst()
        .orElseThrow()
        .name();
    return SourceVersion.isKeyword(keyword) ? keyword + "_" : keyword;
  }
}
