package dev.tcpivot.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A field that the docs give to some types of an endpoint only (a Document Group's {@code malware},
 * a Host's {@code dnsActive}) can be set on an object of those types and does not compile on any
 * other: on a create body and a new object, whose factory tells the type; on the update builder of
 * the type, while the update builder of any type ({@code builder()}, the key does not tell the
 * type) keeps every field. The fields and their types come from the fields.rst page of each
 * endpoint.
 */
class TypeSpecificFieldsTest {
  /**
   * A field of some types only.
   *
   * @param endpoint {@code Group}, {@code Indicator} or {@code VictimAsset}
   * @param type the Java name of a type that has the field, e.g. {@code Document}
   * @param factory a factory of that type on creates and new objects, e.g. {@code document}
   * @param factoryArguments its arguments
   * @param call the setter call, e.g. {@code malware(true)}
   * @param signature the setter as javac names it, e.g. {@code malware(boolean)}
   * @param updatable whether a PUT may change the field
   */
  private record Field(
      String endpoint, String type, String factory, String factoryArguments, String call, String signature,
      boolean updatable) {

    /** The factory of the type's update builder, e.g. {@code document()}. */
    String updateFactory() {
      return Character.toLowerCase(type.charAt(0)) + type.substring(1);
    }
  }

  private static final List<Field> FIELDS = List.of(
      // v3/groups/fields.rst
      new Field("Group", "Document", "document", "\"x\"", "fileName(\"x.pdf\")", "fileName(java.lang.String)", true),
      new Field("Group", "Document", "document", "\"x\"", "malware(true)", "malware(boolean)", true),
      new Field("Group", "Document", "document", "\"x\"", "password(\"p\")", "password(java.lang.String)", true),
      new Field("Group", "Email", "email", "\"x\"", "body(\"b\")", "body(java.lang.String)", true),
      new Field("Group", "Email", "email", "\"x\"", "from(\"a@b.c\")", "from(java.lang.String)", true),
      new Field("Group", "Email", "email", "\"x\"", "header(\"h\")", "header(java.lang.String)", true),
      new Field("Group", "Email", "email", "\"x\"", "subject(\"s\")", "subject(java.lang.String)", true),
      new Field("Group", "Event", "event", "\"x\"", "eventDate(java.time.Instant.EPOCH)", "eventDate(java.time.Instant)", true),
      new Field("Group", "Event", "event", "\"x\"", "eventType(\"Phishing\")", "eventType(java.lang.String)", true),
      new Field("Group", "Event", "event", "\"x\"", "status(EventStatus.NEW)", "status(dev.tcpivot.v3.EventStatus)", true),
      new Field("Group", "Incident", "incident", "\"x\"", "eventDate(java.time.Instant.EPOCH)", "eventDate(java.time.Instant)", true),
      new Field("Group", "Incident", "incident", "\"x\"", "status(IncidentStatus.OPEN)", "status(dev.tcpivot.v3.IncidentStatus)", true),
      new Field("Group", "Report", "report", "\"x\"", "fileName(\"x.pdf\")", "fileName(java.lang.String)", true),
      new Field("Group", "Report", "report", "\"x\"", "publishDate(java.time.Instant.EPOCH)", "publishDate(java.time.Instant)", true),
      new Field("Group", "Task", "task", "\"x\"", "dueDate(java.time.Instant.EPOCH)", "dueDate(java.time.Instant)", true),
      new Field("Group", "Task", "task", "\"x\"", "escalationDate(java.time.Instant.EPOCH)", "escalationDate(java.time.Instant)", true),
      new Field("Group", "Task", "task", "\"x\"", "reminderDate(java.time.Instant.EPOCH)", "reminderDate(java.time.Instant)", true),
      new Field("Group", "Task", "task", "\"x\"", "status(TaskStatus.NOT_STARTED)", "status(dev.tcpivot.v3.TaskStatus)", false),
      // v3/indicators/fields.rst
      new Field("Indicator", "File", "fileMd5", "\"d41d8cd98f00b204e9800998ecf8427e\"", "size(\"1024\")",
          "size(java.lang.String)", true),
      new Field("Indicator", "File", "fileMd5", "\"d41d8cd98f00b204e9800998ecf8427e\"",
          "sha1(\"da39a3ee5e6b4b0d3255bfef95601890afd80709\")", "sha1(java.lang.String)", false),
      new Field("Indicator", "Host", "host", "\"badguy.com\"", "dnsActive(true)", "dnsActive(boolean)", true),
      new Field("Indicator", "Host", "host", "\"badguy.com\"", "whoisActive(true)", "whoisActive(boolean)", true),
      // v3/victim_assets/fields.rst
      new Field("VictimAsset", "EmailAddress", "emailAddress", "1, \"jsmith@companyabc.com\"", "addressType(\"Work\")",
          "addressType(java.lang.String)", true),
      new Field("VictimAsset", "NetworkAccount", "networkAccount", "1, \"jsmith\"", "networkType(\"LAN\")",
          "networkType(java.lang.String)", true),
      new Field("VictimAsset", "SocialNetwork", "socialNetwork", "1, \"jsmith\"", "socialNetwork(\"Mastodon\")",
          "socialNetwork(java.lang.String)", true));

  /**
   * Fields named like a type of their endpoint, whose new object has a factory of that name: a
   * Malware Group ({@code NewGroup.malware(name)}), a SocialNetwork Victim Asset.
   */
  private static final java.util.Map<String, String> FACTORIES_NAMED_LIKE_FIELDS = java.util.Map.of(
      "NewGroup.malware", "incompatible types: boolean cannot be converted to java.lang.String",
      "NewVictimAsset.socialNetwork",
      "method socialNetwork in class dev.tcpivot.v3.NewVictimAsset cannot be applied to given types");

  /** Per endpoint: a type that has none of the fields above, and a factory of it. */
  private static String plainFactory(String endpoint) {
    switch (endpoint) {
      case "Group":
        return "adversary(\"x\")";
      case "Indicator":
        return "address(\"71.6.135.131\")";
      default:
        return "phone(1, \"555-0100\")";
    }
  }

  /** Per endpoint: a type with fields of its own, but not those of {@code type}. */
  private static Field otherTyped(Field field) {
    return FIELDS.stream()
        .filter(f -> f.endpoint().equals(field.endpoint()) && !f.type().equals(field.type()))
        .filter(f -> FIELDS.stream().noneMatch(g -> g.type().equals(f.type()) && g.call().equals(field.call())))
        .findFirst()
        .orElseThrow();
  }

  @TestFactory
  Stream<DynamicTest> createBodies() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Field field : FIELDS) {
      String create = field.endpoint() + "Create";
      tests.add(DynamicTest.dynamicTest(create + "." + field.factory() + "(...)." + field.call() + " compiles",
          () -> Snippet.of(
                  create + " body = " + create + "." + field.factory() + "(" + field.factoryArguments() + ")",
                  "    ." + field.call(),
                  "    .build();")
              .compiles()));
      tests.add(DynamicTest.dynamicTest(create + "." + plainFactory(field.endpoint()) + "." + field.call() + " does not",
          () -> Snippet.of(
                  create + " body = " + create + "." + plainFactory(field.endpoint()),
                  "    " + Snippet.MARK + "." + field.call(),
                  "    .build();")
              .isRefusedWith("cannot find symbol", "method " + field.signature(),
                  "location: class dev.tcpivot.v3." + create + ".Builder")));
      Field other = otherTyped(field);
      tests.add(DynamicTest.dynamicTest(create + "." + other.factory() + "(...)." + field.call() + " does not",
          () -> Snippet.of(
                  create + " body = " + create + "." + other.factory() + "(" + other.factoryArguments() + ")",
                  "    " + Snippet.MARK + "." + field.call(),
                  "    .build();")
              .isRefusedWith("cannot find symbol", "method " + field.signature(),
                  "location: class dev.tcpivot.v3." + create + "." + other.type())));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> newObjects() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Field field : FIELDS) {
      String created = "New" + field.endpoint();
      tests.add(DynamicTest.dynamicTest(created + "." + field.factory() + "(...)." + field.call() + " compiles",
          () -> Snippet.of(
                  created + " object = " + created + "." + field.factory() + "(" + field.factoryArguments() + ")",
                  "    ." + field.call() + ";")
              .compiles()));
      tests.add(DynamicTest.dynamicTest(created + "." + plainFactory(field.endpoint()) + "." + field.call() + " does not",
          () -> {
            Snippet snippet = Snippet.of(
                created + " object = " + created + "." + plainFactory(field.endpoint()),
                "    " + Snippet.MARK + "." + field.call() + ";");
            String factory = FACTORIES_NAMED_LIKE_FIELDS.get(created + "." + field.call().replaceAll("\\(.*", ""));
            if (factory != null) {
              // A type of the same name has a factory, which takes the type's required fields.
              snippet.isRefusedWith(factory);
            } else {
              snippet.isRefusedWith("cannot find symbol", "method " + field.signature(),
                  "location: class dev.tcpivot.v3." + created);
            }
          }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> updateBodies() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Field field : FIELDS) {
      if (!field.updatable()) {
        continue;
      }
      String update = field.endpoint() + "Update";
      tests.add(DynamicTest.dynamicTest(update + ".builder()." + field.call() + " compiles: any type",
          () -> Snippet.of(update + " body = " + update + ".builder()." + field.call() + ".build();").compiles()));
      tests.add(DynamicTest.dynamicTest(update + "." + field.updateFactory() + "()." + field.call() + " compiles",
          () -> Snippet.of(update + " body = " + update + "." + field.updateFactory() + "()." + field.call() + ".build();")
              .compiles()));
      Field other = otherTyped(field);
      tests.add(DynamicTest.dynamicTest(update + "." + other.updateFactory() + "()." + field.call() + " does not",
          () -> Snippet.of(
                  update + " body = " + update + "." + other.updateFactory() + "()",
                  "    " + Snippet.MARK + "." + field.call(),
                  "    .build();")
              .isRefusedWith("cannot find symbol", "method " + field.signature(),
                  "location: class dev.tcpivot.v3." + update + "." + other.type())));
    }
    return tests.stream();
  }

  /** A type's own builder keeps its type through the setters every type has, so they chain in any order. */
  @Test
  void theCommonSettersKeepTheTypesOwnBuilder() {
    Snippet.of(
            "GroupCreate document = GroupCreate.document(\"Bad Guy dossier\")",
            "    .xid(\"dossier-1\").tags(Tag.of(\"APT\")).associatedGroups(List.of(GroupRef.id(12)))",
            "    .malware(true).password(\"infected\")",
            "    .build();",
            "NewGroup email = NewGroup.email(\"Phish\").firstSeen(java.time.Instant.EPOCH).subject(\"Invoice\");",
            "IndicatorCreate host = IndicatorCreate.host(\"badguy.com\").confidence(50).dnsActive(true).build();",
            "GroupUpdate changes = GroupUpdate.event().name(\"Renamed\").associatedGroups(GroupRef.id(1))",
            "    .status(EventStatus.ESCALATED).build();")
        .compiles();
  }
}
