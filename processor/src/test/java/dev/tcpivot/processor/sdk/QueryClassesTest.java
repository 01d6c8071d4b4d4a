package dev.tcpivot.processor.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.SourceLine;
import dev.tcpivot.spec.TqlKeyword;
import dev.tcpivot.spec.TqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The query classes and the query methods of the endpoint facades, read from their TypeSpecs and
 * checked against the rows of tql.table: one static method per keyword, named as the keyword (a
 * Java keyword with a trailing underscore, DESIGN.md "Pivot queries"), returning the condition
 * builder of its value type, or for a nested query taking the query class of its target.
 */
class QueryClassesTest {
  private static final Map<String, String> CONDITIONS =
      Map.of(
          "String", "StringCondition",
          "Integer", "IntegerCondition",
          "Float", "FloatCondition",
          "Date", "DateCondition",
          "Boolean", "BooleanCondition");

  @Test
  void thereIsOneQueryClassPerQueryType() {
    List<String> names = new ArrayList<>();
    for (QueryType type : Writers.SPEC.queryTypes()) {
      TypeSpec query = QueryWriter.write(Writers.SPEC, type, Writers.PACKAGE);
      names.add(query.name());
      assertTrue(query.modifiers().containsAll(List.of(Modifier.PUBLIC, Modifier.FINAL)), query.name());
      assertEquals(
          ParameterizedTypeName.get(ClassName.get("dev.tcpivot", "Query"), ClassName.get(Writers.PACKAGE, query.name())),
          query.superclass());
      MethodSpec constructor = query.methodSpecs().stream().filter(MethodSpec::isConstructor).findFirst().orElseThrow();
      assertEquals(List.of(Modifier.PRIVATE), new ArrayList<>(constructor.modifiers()), query.name());
    }
    assertEquals(
        List.of("ArtifactQuery", "CaseQuery", "GroupQuery", "IndicatorQuery", "IntelRequirementQuery", "VictimQuery",
            "VictimAssetQuery", "GroupAttributeQuery", "IndicatorAttributeQuery", "VictimAttributeQuery", "NoteQuery",
            "SecurityLabelQuery", "TagQuery", "TaskQuery", "AttributeTypeQuery",
            "IntelRequirementCategoryQuery", "IntelRequirementSubtypeQuery", "IntelRequirementResultQuery"),
        names);
  }

  @Test
  void everyKeywordIsAStaticMethodOfItsValueType() {
    for (QueryType type : Writers.SPEC.queryTypes()) {
      TypeSpec query = QueryWriter.write(Writers.SPEC, type, Writers.PACKAGE);
      ClassName self = ClassName.get(Writers.PACKAGE, type.name() + "Query");
      List<String> expected = new ArrayList<>();
      for (TqlKeyword keyword : type.keywords()) {
        String method = SourceVersion.isKeyword(keyword.name()) ? keyword.name() + "_" : keyword.name();
        if (keyword.nested()) {
          expected.add(method + "(" + Writers.PACKAGE + "." + keyword.target().orElseThrow() + "Query) " + self);
        } else {
          TypeName condition = ParameterizedTypeName.get(
              ClassName.get("dev.tcpivot", CONDITIONS.get(keyword.type().tableName())), self);
          expected.add(method + "() " + condition);
        }
      }
      List<String> actual = query.methodSpecs().stream()
          .filter(m -> m.modifiers().contains(Modifier.STATIC) && m.modifiers().contains(Modifier.PUBLIC))
          .map(m -> Writers.signature(m) + " " + m.returnType())
          .collect(Collectors.toList());
      assertEquals(expected, actual, type.name());
    }
  }

  @Test
  void aJavaKeywordGetsATrailingUnderscore() {
    QueryType attributes = Writers.SPEC.queryType("GroupAttribute").orElseThrow();
    TypeSpec query = QueryWriter.write(Writers.SPEC, attributes, Writers.PACKAGE);
    assertTrue(query.methodSpecs().stream().anyMatch(m -> m.name().equals("default_")), "default_()");
    assertTrue(query.methodSpecs().stream().noneMatch(m -> m.name().equals("default")), "no default()");
  }

  /** tql.table has no Float keyword yet; a row of one gets the Float operators. */
  @Test
  void aFloatKeywordGetsTheFloatOperators() {
    SourceLine line = new SourceLine("tql.table", 1);
    QueryType type = new QueryType(
        "Indicator", "/v3/indicators", List.of(new TqlKeyword("score", TqlType.FLOAT, "", line)), line);
    MethodSpec score = QueryWriter.write(Writers.SPEC, type, Writers.PACKAGE).methodSpecs().stream()
        .filter(m -> m.name().equals("score"))
        .findFirst()
        .orElseThrow();
    assertEquals(
        ParameterizedTypeName.get(ClassName.get("dev.tcpivot", "FloatCondition"), ClassName.get(Writers.PACKAGE, "IndicatorQuery")),
        score.returnType());
    assertEquals("return decimal(\"score\", dev.tcpivot.v3.IndicatorQuery::new);\n", score.code().toString());
  }

  /**
   * A keyword named like a method of the query base class or of Object would clash with it as a
   * static method: it gets the underscore too.
   */
  @Test
  void namesTheBaseClassTakesGetAnUnderscore() {
    assertEquals(
        List.of("typeName", "default_", "class_", "and_", "or_", "toTql_", "with_", "toString_", "hashCode_"),
        List.of("typeName", "default", "class", "and", "or", "toTql", "with", "toString", "hashCode").stream()
            .map(Naming::keyword)
            .collect(Collectors.toList()));
  }

  @Test
  void everyFacadeWithAQueryTypeListsAndCountsByIt() {
    for (ObjectType object : Writers.SPEC.objects()) {
      EndpointModel endpoint = Writers.endpoint(object.endpointName());
      QueryType type = Writers.SPEC.queryType(object).orElseThrow();
      TypeSpec facade = FacadeWriter.write(endpoint);
      String query = Writers.PACKAGE + "." + type.name() + "Query";
      String fields = ArrayTypeName.of(endpoint.field).toString();
      assertEquals(
          List.of(
              "list(" + fields + ")",
              "list(dev.tcpivot.ListOptions, " + fields + ")",
              "list(" + query + ", " + fields + ")",
              "list(" + query + ", dev.tcpivot.ListOptions, " + fields + ")"),
          Writers.signatures(facade, "list"),
          object.endpoint());
      assertEquals(List.of("count()", "count(" + query + ")"), Writers.signatures(facade, "count"), object.endpoint());
      assertEquals(List.of("resume(java.lang.String)"), Writers.signatures(facade, "resume"), object.endpoint());
      for (MethodSpec count : facade.methodSpecs()) {
        if (count.name().equals("count")) {
          assertEquals(TypeName.LONG, count.returnType(), object.endpoint());
        }
      }
    }
  }
}
