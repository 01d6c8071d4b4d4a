package dev.tcpivot.processor.sdk;

import dev.tcpivot.spec.ObjectType;
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

  private Naming() {}

  /** {@code victimAssets} → {@code VictimAssets}: the endpoint facade. */
  static String facade(ObjectType object) {
    return capitalize(object.endpointName());
  }

  /** {@code victimAssets} → {@code VictimAsset}: the response model and the stem of the rest. */
  public static String model(ObjectType object) {
    String plural = object.endpointName();
    if (!plural.endsWith("s")) {
      throw new IllegalArgumentException("cannot name one object of " + object.endpoint());
    }
    return capitalize(plural.substring(0, plural.length() - 1));
  }

  public static String create(ObjectType object) {
    return model(object) + "Create";
  }

  public static String update(ObjectType object) {
    return model(object) + "Update";
  }

  static String field(ObjectType object) {
    return model(object) + "Field";
  }

  public static String ref(ObjectType object) {
    return model(object) + "Ref";
  }

  static String newObject(ObjectType object) {
    return "New" + model(object);
  }

  static String api(ObjectType object) {
    return facade(object) + "Api";
  }

  /** {@code case severity} → {@code CaseSeverity}. */
  static String enumType(String specName) {
    return capitalize(lowerCamel(specName));
  }

  /** {@code Deferred / Delayed} → {@code DEFERRED_DELAYED}; {@code associatedGroups} → {@code ASSOCIATED_GROUPS}. */
  static String constant(String wireName) {
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
