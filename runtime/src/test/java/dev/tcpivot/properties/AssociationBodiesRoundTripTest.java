package dev.tcpivot.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.Associations;
import dev.tcpivot.Internals;
import dev.tcpivot.WireObject;
import dev.tcpivot.v3.ArtifactRef;
import dev.tcpivot.v3.ArtifactUpdate;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.IntelRequirementUpdate;
import dev.tcpivot.v3.NewArtifact;
import dev.tcpivot.v3.NewCase;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.NewVictimAsset;
import dev.tcpivot.v3.VictimAssetRef;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimUpdate;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random update bodies of every endpoint, each with random association fields of its row, in a
 * random order, every mode (none, append, replace, delete), and refs of every kind (IDs,
 * Indicators by summary, new objects of each target type, either naming an owner where the row
 * allows it), serialize through {@link Json#mapper()} to exactly the JSON built here independently:
 * every ref, in order, nothing added; and {@link Json#bytes}, which writes request bodies, writes
 * the same bytes. The setters are reached by name, as the table of
 * v3/associations.rst lists them.
 */
class AssociationBodiesRoundTripTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** A ref made with the SDK and the JSON it must become. */
  record Item(Object ref, ObjectNode json) {}

  /** One association field of a body: its items and the mode ("" for none). */
  record Field(String name, String mode, List<Item> items) {}

  /** An update body: the endpoint's builder class and its fields, in the order they are set. */
  record Body(Class<?> update, List<Field> fields) {
    @Override
    public String toString() {
      return update.getSimpleName() + fields;
    }
  }

  private record Endpoint(Class<?> update, boolean crossOwner, List<String> targets) {}

  private static final List<Endpoint> ROWS = List.of(
      new Endpoint(ArtifactUpdate.class, true, List.of("Groups", "Indicators")),
      new Endpoint(CaseUpdate.class, true, List.of("Cases", "Groups", "Indicators")),
      new Endpoint(GroupUpdate.class, true, List.of("Artifacts", "Cases", "Groups", "Indicators", "VictimAssets")),
      new Endpoint(IndicatorUpdate.class, true, List.of("Artifacts", "Cases", "Groups", "Indicators")),
      new Endpoint(IntelRequirementUpdate.class, true,
          List.of("Artifacts", "Cases", "Groups", "Indicators", "VictimAssets")),
      new Endpoint(VictimAssetUpdate.class, false, List.of("Groups")),
      new Endpoint(VictimUpdate.class, false, List.of("Groups")));

  @Property(tries = 300)
  void updateBodiesSerializeToTheIndependentTree(@ForAll("bodies") Body body) throws Exception {
    Object builder = body.update().getMethod("builder").invoke(null);
    ObjectNode expected = NODES.objectNode();
    for (Field field : body.fields()) {
      List<Object> refs = new ArrayList<>();
      ArrayNode data = NODES.arrayNode();
      for (Item item : field.items()) {
        refs.add(item.ref());
        data.add(item.json());
      }
      ObjectNode wire = expected.putObject(field.name());
      wire.set("data", data);
      if (field.mode().isEmpty()) {
        setter(builder, field.name(), List.class).invoke(builder, refs);
      } else {
        wire.put("mode", field.mode());
        setter(builder, field.name(), dev.tcpivot.Block.class).invoke(builder, block(field.mode(), refs));
      }
    }
    Object built = builder.getClass().getMethod("build").invoke(builder);

    String written = ((WireObject) built).toJson();

    // Compared as text, so that the order of fields and of refs counts.
    assertEquals(PLAIN.writeValueAsString(expected), PLAIN.writeValueAsString(PLAIN.readTree(written)));
    // What goes on the wire is the same JSON, as bytes.
    assertEquals(written, new String(Internals.bytes((WireObject) built), StandardCharsets.UTF_8));
  }

  private static Method setter(Object builder, String name, Class<?> parameter) throws NoSuchMethodException {
    return builder.getClass().getMethod(name, parameter);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object block(String mode, List<Object> refs) {
    switch (mode) {
      case "append":
        return Associations.append((List) refs);
      case "replace":
        return Associations.replace((List) refs);
      default:
        return Associations.delete((List) refs);
    }
  }

  @Provide
  Arbitrary<Body> bodies() {
    return Arbitraries.of(ROWS).flatMap(row -> Arbitraries.shuffle(row.targets())
        .flatMap(targets -> Arbitraries.integers().between(1, targets.size())
            .flatMap(count -> fields(row, targets.subList(0, count)))));
  }

  private static Arbitrary<Body> fields(Endpoint row, List<String> targets) {
    List<Arbitrary<Field>> fields = new ArrayList<>();
    for (String target : targets) {
      fields.add(field(target, row.crossOwner()));
    }
    return Combinators.combine(fields).as(list -> new Body(row.update(), list));
  }

  private static Arbitrary<Field> field(String target, boolean crossOwner) {
    String name = "associated" + target;
    Arbitrary<Item> any = items(target, crossOwner);
    Arbitrary<Item> ids = ids(target);
    return Arbitraries.of("", "append", "replace", "delete").flatMap(mode -> (mode.equals("delete") ? ids : any)
        .list().ofMinSize(1).ofMaxSize(6).map(items -> new Field(name, mode, items)));
  }

  private static Arbitrary<Item> ids(String target) {
    Map<String, LongFunction<Object>> factories = Map.of(
        "Artifacts", ArtifactRef::id, "Cases", CaseRef::id, "Groups", GroupRef::id,
        "Indicators", IndicatorRef::id, "VictimAssets", VictimAssetRef::id);
    return Arbitraries.longs().between(1, Long.MAX_VALUE)
        .map(id -> new Item(factories.get(target).apply(id), NODES.objectNode().put("id", id)));
  }

  private static Arbitrary<Item> items(String target, boolean crossOwner) {
    Arbitrary<Item> created;
    switch (target) {
      case "Groups":
        created = owned(newGroups(), crossOwner);
        break;
      case "Indicators":
        created = owned(Arbitraries.oneOf(indicators(true), indicators(false)), crossOwner);
        break;
      case "Cases":
        created = newCases();
        break;
      case "Artifacts":
        created = newArtifacts();
        break;
      default:
        created = newVictimAssets();
    }
    return Arbitraries.oneOf(ids(target), created);
  }

  /** Any text that is not blank: every Unicode code point but unpaired surrogates. */
  static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF')
        .ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank());
  }

  /** The ref as is, or naming an owner by name or ID, where the endpoint allows other owners. */
  private static Arbitrary<Item> owned(Arbitrary<Item> refs, boolean crossOwner) {
    if (!crossOwner) {
      return refs;
    }
    return Arbitraries.oneOf(
        refs,
        Combinators.combine(refs, text()).as((item, owner) -> new Item(
            invoke(item.ref(), "ownerName", String.class, owner), item.json().deepCopy().put("ownerName", owner))),
        Combinators.combine(refs, Arbitraries.longs().between(1, Long.MAX_VALUE)).as((item, owner) -> new Item(
            invoke(item.ref(), "ownerId", long.class, owner), item.json().deepCopy().put("ownerId", owner))));
  }

  private static Arbitrary<Item> newGroups() {
    Map<String, Function<String, Object>> types = Map.of(
        "Adversary", NewGroup::adversary, "Attack Pattern", NewGroup::attackPattern, "Campaign", NewGroup::campaign,
        "Intrusion Set", NewGroup::intrusionSet, "Malware", NewGroup::malware, "Tool", NewGroup::tool,
        "Course of Action", NewGroup::courseOfAction, "Vulnerability", NewGroup::vulnerability);
    return Combinators.combine(Arbitraries.of(types.keySet()), text()).as((type, name) -> new Item(
        types.get(type).apply(name), NODES.objectNode().put("type", type).put("name", name)));
  }

  /** Existing Indicators by type and summary ({@code IndicatorRef}) or new ones ({@code NewIndicator}). */
  private static Arbitrary<Item> indicators(boolean existing) {
    Arbitrary<String> asn = Arbitraries.longs().between(1, 4_294_967_295L).map(n -> "ASN" + n);
    // Values in the formats of indicators.table: labels separated by dots, four octets, one @, 64 hex digits.
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> host = label.list().ofMinSize(1).ofMaxSize(3).map(labels -> String.join(".", labels));
    Arbitrary<String> ip = Arbitraries.integers().between(0, 255).list().ofSize(4)
        .map(octets -> octets.stream().map(String::valueOf).collect(Collectors.joining(".")));
    Arbitrary<String> email = Combinators.combine(label, host).as((local, domain) -> local + "@" + domain);
    Arbitrary<String> sha256 = Arbitraries.strings().withChars("0123456789abcdefABCDEF".toCharArray()).ofLength(64);
    return Arbitraries.oneOf(
        indicator(existing, "address", "Address", "ip", ip),
        indicator(existing, "emailAddress", "EmailAddress", "address", email),
        indicator(existing, "fileSha256", "File", "sha256", sha256),
        indicator(existing, "host", "Host", "hostName", host),
        indicator(existing, "asn", "ASN", "AS Number", asn),
        indicator(existing, "emailSubject", "Email Subject", "Subject", text()),
        indicator(existing, "hashtag", "Hashtag", "Hashtag", text()),
        indicator(existing, "mutex", "Mutex", "Mutex", text()),
        indicator(existing, "userAgent", "User Agent", "User Agent String", text()));
  }

  private static Arbitrary<Item> indicator(
      boolean existing, String factory, String type, String field, Arbitrary<String> values) {
    Class<?> owner = existing ? IndicatorRef.class : NewIndicator.class;
    return values.map(value -> new Item(invoke(owner, factory, value),
        NODES.objectNode().put("type", type).put(field, value)));
  }

  private static Arbitrary<Item> newCases() {
    Map<String, CaseSeverity> severities = Map.of(
        "Low", CaseSeverity.LOW, "Medium", CaseSeverity.MEDIUM, "High", CaseSeverity.HIGH, "Critical", CaseSeverity.CRITICAL);
    Map<String, CaseStatus> statuses = Map.of("Open", CaseStatus.OPEN, "Closed", CaseStatus.CLOSED);
    return Combinators.combine(text(), Arbitraries.of(severities.keySet()), Arbitraries.of(statuses.keySet()))
        .as((name, severity, status) -> new Item(
            NewCase.of(name, severities.get(severity), statuses.get(status)),
            NODES.objectNode().put("name", name).put("severity", severity).put("status", status)));
  }

  private static Arbitrary<Item> newArtifacts() {
    return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), text(), text())
        .as((caseId, summary, type) -> new Item(
            NewArtifact.of(caseId, summary, type),
            NODES.objectNode().put("caseId", caseId).put("summary", summary).put("type", type)));
  }

  private static Arbitrary<Item> newVictimAssets() {
    return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), text(), Arbitraries.of(0, 1, 2))
        .as((victimId, value, kind) -> {
          switch (kind) {
            case 0:
              return new Item(NewVictimAsset.emailAddress(victimId, value), NODES.objectNode()
                  .put("type", "EmailAddress").put("victimId", victimId).put("address", value));
            case 1:
              return new Item(NewVictimAsset.phone(victimId, value), NODES.objectNode()
                  .put("type", "Phone").put("victimId", victimId).put("phone", value));
            default:
              return new Item(NewVictimAsset.webSite(victimId, value), NODES.objectNode()
                  .put("type", "WebSite").put("victimId", victimId).put("website", value));
          }
        });
  }

  private static Object invoke(Class<?> owner, String factory, String value) {
    try {
      return owner.getMethod(factory, String.class).invoke(null, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(owner.getSimpleName() + "." + factory, e);
    }
  }

  private static Object invoke(Object target, String method, Class<?> parameter, Object value) {
    try {
      Method m = target.getClass().getMethod(method, parameter);
      m.setAccessible(true);
      return m.invoke(target, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(target.getClass().getSimpleName() + "." + method, e);
    }
  }
}
