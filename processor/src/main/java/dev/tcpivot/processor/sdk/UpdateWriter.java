package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XUpdate}, the body of a PUT: the updatable fields, and for each association of the
 * endpoint's row and each metadata field, refs (sent without a mode, so appended) or a block with
 * a mode. A key does not tell an object's type, so {@code builder()} has the fields of every
 * type; where types have fields of their own, a builder per such type (e.g. {@code document()})
 * has only the fields that type has, and both share their common setters in {@code Changes}.
 */
final class UpdateWriter {
  private UpdateWriter() {}

  static TypeSpec write(EndpointModel endpoint, ValueTypes values) {
    ClassName update = endpoint.update;
    ClassName builder = update.nestedClass("Builder");
    List<String> ownTypes = endpoint.typesWithOwnFields(endpoint.updateSetters);
    TypeSpec.Builder spec = TypeSpec.classBuilder(update)
        .addAnnotation(Poet.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeTypes.WIRE_OBJECT)
        .addJavadoc(
            "The body of {@code PUT $L/{id}}: only what changes. Start from {@link #builder()}.\n\n<p>$L\n",
            endpoint.object.endpoint(), Docs.associationSentence(endpoint))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($S, $T.VALUE)", update.simpleName(), RuntimeTypes.KIND)
            .build())
        .addMethod(Poet.copyConstructor(update))
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("Changes to $L of any type.\n", lowerArticle(endpoint.object.singular()))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    for (String type : ownTypes) {
      ClassName variant = update.nestedClass(Naming.typeClass(type));
      spec.addMethod(MethodSpec.methodBuilder(Naming.member(type))
          .addJavadoc("Changes to $L $L: the fields every $L has and those of {@code $L} only.\n",
              lowerArticle(type), endpoint.object.singular(), endpoint.object.singular(), type)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(variant)
          .addStatement("return new $T()", variant)
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("A builder that starts from this body's changes, to add to them.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addStatement("return new $T(this)", builder)
        .build());

    String builderDoc = "Collects the changes to " + lowerArticle(endpoint.object.singular())
        + ". Each setter checks its argument at once.\n";
    List<Setter> common = ownTypes.isEmpty() ? endpoint.updateSetters : Setter.common(endpoint.updateSetters);
    List<Setter> typed = new ArrayList<>(endpoint.updateSetters);
    typed.removeAll(common);
    if (ownTypes.isEmpty()) {
      TypeSpec.Builder builderSpec = draftHolder(builder, update, endpoint)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc(builderDoc)
          .addMethod(constructor(update, false, Modifier.PRIVATE))
          .addMethod(constructor(update, true, Modifier.PRIVATE));
      addCommon(builderSpec, new SetterMethods(endpoint, values, builder, SetterMethods.Style.BUILDER), endpoint, common);
      return spec.addType(builderSpec.addMethod(build(update)).build()).build();
    }
    ClassName changes = update.nestedClass("Changes");
    TypeVariableName b = TypeVariableName.get("B", ParameterizedTypeName.get(changes, TypeVariableName.get("B")));
    TypeSpec.Builder changesSpec = draftHolder(changes, update, endpoint)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC)
        .addTypeVariable(b)
        .addJavadoc("The setters of every $L's changes, shared by {@link Builder} and the builder of each\n"
            + "type that has fields of its own.\n\n@param <B> the builder itself\n", endpoint.object.singular())
        .addMethod(constructor(update, false))
        .addMethod(constructor(update, true))
        .addMethod(MethodSpec.methodBuilder("self")
            .addModifiers(Modifier.ABSTRACT)
            .returns(TypeVariableName.get("B"))
            .build());
    addCommon(changesSpec, new SetterMethods(endpoint, values, TypeVariableName.get("B"), SetterMethods.Style.SELF),
        endpoint, common);
    spec.addType(changesSpec.addMethod(build(update)).build());
    spec.addType(variant(builder, changes, true, builderDoc,
        new SetterMethods(endpoint, values, builder, SetterMethods.Style.BUILDER).fields(typed, true)));
    for (String type : ownTypes) {
      ClassName variant = update.nestedClass(Naming.typeClass(type));
      spec.addType(variant(variant, changes, false,
          "Collects changes to " + lowerArticle(type) + " "
              + endpoint.object.singular() + ": the fields every " + endpoint.object.singular()
              + " has and its own.\n",
          new SetterMethods(endpoint, values, variant, SetterMethods.Style.BUILDER)
              .fields(Setter.only(endpoint.updateSetters, type), false)));
    }
    return spec.build();
  }

  /** {@code a Document}, {@code an Email}: the article in lower case, the name as it is. */
  private static String lowerArticle(String noun) {
    String article = ModelWriter.article(noun);
    return Character.toLowerCase(article.charAt(0)) + article.substring(1);
  }

  private static TypeSpec.Builder draftHolder(ClassName name, ClassName update, EndpointModel endpoint) {
    return TypeSpec.classBuilder(name)
        .addField(FieldSpec.builder(update, "draft", Modifier.FINAL).build());
  }

  private static void addCommon(TypeSpec.Builder spec, SetterMethods setters, EndpointModel endpoint, List<Setter> common) {
    // Every setter is final: a subclass adds setters, it never changes these.
    for (MethodSpec method : concat(
        setters.fields(common, true), setters.json(endpoint.updateJsonFields),
        setters.associations(true), setters.metadata(true))) {
      MethodSpec.Builder edited = method.toBuilder();
      if (!method.modifiers().contains(Modifier.FINAL)) {
        edited.addModifiers(Modifier.FINAL);
      }
      spec.addMethod(edited.build());
    }
  }

  @SafeVarargs
  private static List<MethodSpec> concat(List<MethodSpec>... lists) {
    List<MethodSpec> all = new ArrayList<>();
    for (List<MethodSpec> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  /** A concrete builder over {@code Changes}: {@link Builder} (copyable) or one type's. */
  private static TypeSpec variant(
      ClassName self, ClassName changes, boolean copyable, String doc, List<MethodSpec> own) {
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(changes, self))
        .addJavadoc(doc)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (copyable) {
      ClassName update = changes.enclosingClassName();
      spec.addMethod(MethodSpec.constructorBuilder()
          .addModifiers(Modifier.PRIVATE)
          .addParameter(update, "from")
          .addStatement("super(from)")
          .build());
    }
    return spec
        .addMethod(MethodSpec.methodBuilder("self")
            .addAnnotation(Override.class)
            .returns(self)
            .addStatement("return this")
            .build())
        .addMethods(own)
        .build();
  }

  private static MethodSpec constructor(ClassName update, boolean copy, Modifier... modifiers) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(modifiers);
    if (copy) {
      return constructor.addParameter(update, "from").addStatement("this.draft = new $T(from)", update).build();
    }
    return constructor.addStatement("this.draft = new $T()", update).build();
  }

  private static MethodSpec build(ClassName update) {
    return MethodSpec.methodBuilder("build")
        .addJavadoc("The body.\n\n@throws IllegalStateException when nothing was set: a PUT must change something\n")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .returns(update)
        .beginControlFlow("if (draft.isEmpty())")
        .addStatement("throw new $T($S)", IllegalStateException.class,
            "an update must change something: set a field, an association or metadata")
        .endControlFlow()
        .addStatement("return new $T(draft)", update)
        .build();
  }
}
