package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Requirement;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.spec.ValueFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Builds valid objects from the spec's catalogs, so that the tests cover every endpoint and type
 * without restating what each needs: the smallest body that carries every required field (the
 * default member of a one-of group), with parents (an Artifact's Case, a Victim Asset's Victim)
 * created first.
 */
final class Fixtures {
  static final Spec SPEC = SpecLoader.builtIn();
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final TestClient client;
  private final String ownerQuery;

  Fixtures(TestClient client) {
    this(client, "");
  }

  private Fixtures(TestClient client, String ownerQuery) {
    this.client = client;
    this.ownerQuery = ownerQuery;
  }

  /** Fixtures that create objects (and their parents) in the named owner, with ?owner=. */
  Fixtures in(String ownerName) {
    return new Fixtures(client, "?owner=" + ownerName.replace(" ", "%20"));
  }

  static ObjectType endpoint(String name) {
    return SPEC.objectAt(name).orElseThrow();
  }

  static String path(ObjectType endpoint) {
    return "/v3/" + endpoint.endpointName();
  }

  /** The endpoint's types, or a single {@code null} for untyped endpoints. */
  static List<String> types(ObjectType endpoint) {
    Catalog catalog = SPEC.catalog(endpoint);
    return catalog.typed() ? catalog.types() : Arrays.asList((String) null);
  }

  static String firstType(ObjectType endpoint) {
    return types(endpoint).get(0);
  }

  static String unique(String prefix) {
    return prefix + "-" + COUNTER.incrementAndGet();
  }

  /** The fields a create of this type must carry (one-of groups: the default member). */
  static List<BodyField> requiredFields(ObjectType endpoint, String type) {
    List<BodyField> required = new ArrayList<>();
    Set<String> groupsSeen = new HashSet<>();
    for (BodyField field : SPEC.catalog(endpoint).fieldsOf(type)) {
      Requirement requirement = field.requirement();
      if (requirement.kind() == Requirement.Kind.REQUIRED) {
        required.add(field);
      } else if (requirement.kind() == Requirement.Kind.ONE_OF
          && (requirement.isDefault()
              || !hasDefault(endpoint, type, requirement.group().orElseThrow()))
          && groupsSeen.add(requirement.group().orElseThrow())) {
        required.add(field);
      }
    }
    return required;
  }

  private static boolean hasDefault(ObjectType endpoint, String type, String group) {
    return SPEC.catalog(endpoint).fieldsOf(type).stream()
        .anyMatch(
            f ->
                f.requirement().group().filter(group::equals).isPresent()
                    && f.requirement().isDefault());
  }

  /** The smallest valid create body of this type, creating the parent objects it names. */
  ObjectNode minimal(ObjectType endpoint, String type) {
    ObjectNode body = NODES.objectNode();
    for (BodyField field : requiredFields(endpoint, type)) {
      body.set(field.name(), value(endpoint, type, field));
    }
    return body;
  }

  ObjectNode minimal(ObjectType endpoint) {
    return minimal(endpoint, firstType(endpoint));
  }

  private com.fasterxml.jackson.databind.JsonNode value(
      ObjectType endpoint, String type, BodyField field) {
    switch (field.value().kind()) {
      case TYPE:
        return NODES.textNode(type);
      case ENUM:
        return NODES.textNode(field.value().enumType().orElseThrow().values().get(0));
      case ID:
        return NODES.numberNode(create(parentNamedBy(field.name())));
      case ID_OBJECT:
        return NODES.objectNode().put("id", 1);
      case KEYWORD_SECTIONS:
        return TestClient.json(
                "{\"k\":[{\"compareValue\":\"includes\",\"keywords\":[{\"value\":\"x\"}],\"sectionNumber\":0}]}")
            .get("k");
      case BOOLEAN:
        return NODES.booleanNode(true);
      case INTEGER:
      case DECIMAL:
        return NODES.numberNode(1);
      case DATETIME:
        return NODES.textNode("2024-01-01T00:00:00Z");
      default:
        String plain = unique(field.name().replace(" ", "").toLowerCase(Locale.ROOT));
        return NODES.textNode(field.format().map(f -> inFormat(f, plain)).orElse(plain));
    }
  }

  /** A fresh value in a summary field's documented format (other/common_errors.rst). */
  private static String inFormat(ValueFormat format, String plain) {
    switch (format) {
      case ASN:
        return "ASN" + COUNTER.incrementAndGet();
      case REGISTRY_KEY_NAME:
        return "HKEY_LOCAL_MACHINE\\" + plain;
      case IP_ADDRESS:
        long n = COUNTER.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
      case EMAIL_ADDRESS:
        return plain + "@example.com";
      case MD5:
        return hex(32);
      case SHA1:
        return hex(40);
      case SHA256:
        return hex(64);
      default:
        // A lowercase ASCII word is a host name, and neither a URL with a domain nor an IPv6 range.
        return plain;
    }
  }

  /** A fresh hash of so many hexadecimal digits (v3/indicators/fields.rst L255-276). */
  private static String hex(int digits) {
    String n = Long.toHexString(COUNTER.incrementAndGet());
    return "0".repeat(digits - n.length()) + n;
  }

  /**
   * The object type a field such as caseId names: the one whose singular, camel-cased, is its stem.
   */
  static ObjectType parentNamedBy(String idField) {
    return SPEC.objects().stream()
        .filter(o -> (camel(o.singular()) + "Id").equals(idField))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parent for " + idField));
  }

  private static String camel(String words) {
    String[] parts = words.split(" ");
    StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      out.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT))
          .append(parts[i].substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** Creates an object of the endpoint's first type and returns its id. */
  long create(ObjectType endpoint) {
    return create(endpoint, firstType(endpoint));
  }

  long create(ObjectType endpoint, String type) {
    Response response = client.post(path(endpoint) + ownerQuery, minimal(endpoint, type));
    assertEquals(201, response.status(), () -> "creating " + endpoint + ": " + response);
    return response.id();
  }

  /** The names of the items of an association list in a response. */
  static Set<Long> ids(com.fasterxml.jackson.databind.JsonNode list) {
    Set<Long> ids = new HashSet<>();
    list.path("data").forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }

  static String names(List<ObjectType> types) {
    return types.stream().map(ObjectType::name).collect(Collectors.joining(", "));
  }
}
