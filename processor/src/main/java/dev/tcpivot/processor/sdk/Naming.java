package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import dev.tcpivot.spec.GeneratedNames;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Every Java name of the generated SDK, derived from the names the tables use. Spec names
 * ({@code victimAssets}, {@code Victim Assets}, {@code AS Number}) never appear in Java code except
 * through here.
 */
public final class Naming {
  /**
   * Names a generated method must not take: those of Object, of the model and body base classes,
   * and of the builders' own plumbing. A field with such a name gets the suffix {@code Value}.
   */
  private static final Set<String> RESERVED =
      Set.of(
          "asMap", "has", "unknownFields", "knownFields", "string", "longValue", "integer", "bool",
          "decimal", "instant", "list", "raw", "enumValue", "equals", "hashCode", "toString",
          "getClass", "fields", "notify", "notifyAll", "wait", "clone", "finalize", "builder",
          "build", "put", "current");

  /**
   * Names a setter must not take besides those: the members that the body classes and their
   * builders call unqualified (the runtime's value and check helpers, the builders' plumbing).
   */
  private static final Set<String> SETTER_RESERVED =
      Set.of(
          "copy", "self", "draft", "toBuilder", "toJson", "append", "block", "whole",
          "counted", "data", "idObject", "array", "inOwner", "isEmpty", "idValue", "notNull",
          "notBlank", "checkId", "oneOf", "checkFormat");

  /**
   * Names a keyword method of a query class must not take: the instance methods of the runtime's
   * {@code Query} base, which a static method of the same name would clash with, and those of Object.
   */
  private static final Set<String> QUERY_RESERVED =
      Set.of(
          "and", "or", "toTql", "with", "equals", "hashCode", "toString", "getClass", "notify",
          "notifyAll", "wait", "clone", "finalize");

  private Naming() {}

  /** {@code Indicator} → {@code IndicatorQuery}: the query class of a TQL query type. */
  public static String query(QueryType type) {
    return type.className();
  }

  /**
   * A TQL keyword as the static method of its query class: the keyword itself, with a trailing
   * underscore where Java or the query base class takes the name ({@code default} → {@code default_}).
   */
  public static String keyword(String keyword) {
    return SourceVersion.isKeyword(keyword) || QUERY_RESERVED.contains(keyword) ? keyword + "_" : keyword;
  }

  /** {@code victimAssets} → {@code VictimAssets}: the endpoint facade. */
  public static String facade(ObjectType object) {
    return capitalize(object.endpointName());
  }

  /**
   * {@code victimAsset} → {@code VictimAsset}: the response model and the stem of the rest, from
   * the endpoint's word for one object in objects.table.
   */
  public static String model(ObjectType object) {
    return capitalize(object.endpointSingular());
  }

  public static String create(ObjectType object) {
    return model(object) + "Create";
  }

  public static String update(ObjectType object) {
    return model(object) + "Update";
  }

  public static String field(ObjectType object) {
    return model(object) + "Field";
  }

  public static String ref(ObjectType object) {
    return model(object) + "Ref";
  }

  static String newObject(ObjectType object) {
    return "New" + model(object);
  }

  /** The abstract class with one accessor per endpoint, which {@code ThreatConnect} extends. */
  public static String endpoints() {
    return "Endpoints";
  }

  /** The asynchronous twin of {@link #endpoints()}, e.g. what {@code tc.async()} returns. */
  public static String asyncEndpoints() {
    return "Async" + endpoints();
  }

  /** The asynchronous twin of an endpoint facade, e.g. {@code AsyncGroups}. */
  public static String asyncFacade(ObjectType object) {
    return "Async" + facade(object);
  }

  /**
   * The builder or class of one object type, for the fields only that type has: {@code Document},
   * {@code EmailAddress}; the factory that makes it is {@link #member} of the same type.
   */
  static String typeClass(String wireType) {
    return capitalize(lowerCamel(wireType));
  }

  /** The implementation of a declared client, e.g. {@code com.acme.Outer_Inner_Impl}. */
  public static ClassName implementation(ClassName client) {
    String name =
        GeneratedNames.implementation(client.canonicalName(), client.packageName());
    return ClassName.get(client.packageName(), name.substring(name.lastIndexOf('.') + 1));
  }

  /** {@code case severity} → {@code CaseSeverity}. */
  static String enumType(String specName) {
    return capitalize(lowerCamel(specName));
  }

  /** {@code Deferred / Delayed} → {@code DEFERRED_DELAYED}; {@code associatedGroups} → {@code ASSOCIATED_GROUPS}. */
  public static String constant(String wireName) {
    String snake = wireName.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    String constant =
        snake.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    if (constant.isEmpty() || !Character.isJavaIdentifierStart(constant.charAt(0))) {
      constant = "V_" + constant;
    }
    return constant;
  }

  /**
   * A wire name or type name as a Java method or parameter name: {@code Attack Pattern} →
   * {@code attackPattern}, {@code AS Number} → {@code asNumber}, {@code URL} → {@code url},
   * {@code EmailAddress} → {@code emailAddress}.
   */
  public static String member(String wireName) {
    String name = lowerCamel(wireName);
    return SourceVersion.isKeyword(name) || RESERVED.contains(name) ? name + "Value" : name;
  }

  /** A setter name: {@link #member}, and {@code Value} added where it would hide a helper. */
  static String setter(String wireName) {
    String name = member(wireName);
    return SETTER_RESERVED.contains(name) ? name + "Value" : name;
  }

  /** A getter name; the same as {@link #member}, named for what it is used for. */
  static String getter(String wireName) {
    return member(wireName);
  }

  /** The factory for a one-of group member that is not the default: {@code file} + {@code md5}. */
  static String alternative(String base, String fieldWireName) {
    return base + capitalize(member(fieldWireName));
  }

  /** The first item of a required list: {@code keywordSections} → {@code keywordSection}. */
  static String first(String wireName) {
    String name = member(wireName);
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : "first" + capitalize(name);
  }

  /** The rest of a required list: {@code keywordSections} → {@code moreKeywordSections}. */
  static String more(String wireName) {
    return "more" + capitalize(member(wireName));
  }

  /** The parameter that takes an object's ID: {@code subtype} → {@code subtypeId}. */
  static String idParameter(String wireName) {
    return member(wireName) + "Id";
  }

  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String lowerCamel(String words) {
    StringBuilder out = new StringBuilder();
    for (String word : words.trim().split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String part = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1
          ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT)
          : word;
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    if (out.length() == 0) {
      throw new IllegalArgumentException("no Java name for '" + words + "'");
    }
    String name = Character.toLowerCase(out.charAt(0)) + out.substring(1);
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "v" + capitalize(name);
    }
    return name;
  }
}
