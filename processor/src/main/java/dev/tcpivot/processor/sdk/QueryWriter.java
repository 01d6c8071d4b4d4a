package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.TqlKeyword;
import dev.tcpivot.spec.TqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the query class of one TQL query type, e.g. {@code IndicatorQuery}: one static method per
 * keyword of its rows in tql.table, returning the condition builder of the keyword's value type, or
 * for a nested query taking the query class of the type it runs over. A keyword the table does not
 * give the type has no method, so it does not compile.
 */
final class QueryWriter {
  private QueryWriter() {}

  static TypeSpec write(Spec spec, QueryType type, String sdkPackage) {
    ClassName self = ClassName.get(sdkPackage, Naming.query(type));
    TypeSpec.Builder query = TypeSpec.classBuilder(self)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RuntimeTypes.QUERY, self))
        .addJavadoc(classDoc(spec, type))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeTypes.CLAUSE, "clause")
            .addStatement("super(clause)")
            .build())
        .addMethod(MethodSpec.methodBuilder("with")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(self)
            .addParameter(RuntimeTypes.CLAUSE, "clause")
            .addStatement("return new $T(clause)", self)
            .build());
    for (TqlKeyword keyword : type.keywords()) {
      query.addMethod(keyword.nested()
          ? nested(spec, type, keyword, self, sdkPackage)
          : condition(type, keyword, self));
    }
    return query.build();
  }

  private static MethodSpec condition(QueryType type, TqlKeyword keyword, ClassName self) {
    ClassName condition;
    String factory;
    switch (keyword.type()) {
      case INTEGER:
        condition = RuntimeTypes.INTEGER_CONDITION;
        factory = "integer";
        break;
      case FLOAT:
        condition = RuntimeTypes.FLOAT_CONDITION;
        factory = "decimal";
        break;
      case BOOLEAN:
        condition = RuntimeTypes.BOOLEAN_CONDITION;
        factory = "bool";
        break;
      case DATE:
        condition = RuntimeTypes.DATE_CONDITION;
        factory = "date";
        break;
      case STRING:
        condition = RuntimeTypes.STRING_CONDITION;
        factory = "string";
        break;
      default:
        throw new IllegalArgumentException(keyword.name() + " is a nested query, not a comparison");
    }
    return MethodSpec.methodBuilder(Naming.keyword(keyword.name()))
        .addJavadoc("The {@code $L} keyword of {@code $L}, which compares a$L $L.\n",
            keyword.name(), type.endpoint(), keyword.type() == TqlType.INTEGER ? "n" : "",
            keyword.type().tableName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(condition, self))
        .addStatement("return $N($S, $T::new)", factory, keyword.name(), self)
        .build();
  }

  private static MethodSpec nested(
      Spec spec, QueryType type, TqlKeyword keyword, ClassName self, String sdkPackage) {
    QueryType target = spec.target(keyword);
    ClassName inner = ClassName.get(sdkPackage, Naming.query(target));
    return MethodSpec.methodBuilder(Naming.keyword(keyword.name()))
        .addJavadoc("The {@code $L(...)} keyword of {@code $L}: a nested query, in which\n"
                + "{@code query} runs over {@code $L}.\n",
            keyword.name(), type.endpoint(), target.endpoint())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(inner, "query")
        .addStatement("return new $T(nested($S, query))", self, keyword.name())
        .build();
  }

  private static String classDoc(Spec spec, QueryType type) {
    StringBuilder doc = new StringBuilder()
        .append("TQL over {@code ").append(type.endpoint()).append("}: one static method per keyword of its rows in\n")
        .append("tql.table, with the operators of the keyword's value type. Queries of this type combine with\n")
        .append("{@code and} and {@code or}.\n");
    Optional<ObjectType> endpoint = spec.objectAt(type.endpoint());
    if (endpoint.isPresent()) {
      doc.append("\n<p>Taken by {@code tc.").append(endpoint.get().endpointName())
          .append("().list(query, ...)} and {@code count(query)}.\n");
    }
    List<String> nestedIn = nestedIn(spec, type);
    if (!nestedIn.isEmpty()) {
      doc.append("\n<p>Nested in ").append(String.join(", ", nestedIn)).append(".\n");
    }
    return Poet.doc(doc.toString());
  }

  /** Where the type runs as a nested query, e.g. {@code ArtifactQuery.hasNote(...)}, as Javadoc code. */
  private static List<String> nestedIn(Spec spec, QueryType type) {
    List<String> places = new ArrayList<>();
    for (QueryType outer : spec.queryTypes()) {
      for (TqlKeyword keyword : outer.keywords()) {
        if (keyword.target().filter(type.name()::equals).isPresent()) {
          places.add("{@code " + Naming.query(outer) + "." + Naming.keyword(keyword.name()) + "(...)}");
        }
      }
    }
    return places;
  }
}
