package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.OwnedReference;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A Group that an association creates, e.g. {@link #adversary}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class NewGroup extends WireObject implements SameOwnerRef<Group> {
  private NewGroup(Fields fields) {
    super(fields);
  }

  /**
   * A new Group of type {@code Adversary}, with its required fields: {@code name}.
   */
  public static NewGroup adversary(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Adversary")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Attack Pattern}, with its required fields: {@code name}.
   */
  public static NewGroup attackPattern(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Attack Pattern")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Campaign}, with its required fields: {@code name}.
   */
  public static NewGroup campaign(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Campaign")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Course of Action}, with its required fields: {@code name}.
   */
  public static NewGroup courseOfAction(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Course of Action")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Document}, with its required fields: {@code name}.
   */
  public static NewGroup document(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Document")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Email}, with its required fields: {@code name}.
   */
  public static NewGroup email(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Email")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Event}, with its required fields: {@code name}.
   */
  public static NewGroup event(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Event")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Incident}, with its required fields: {@code name}.
   */
  public static NewGroup incident(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Incident")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Intrusion Set}, with its required fields: {@code name}.
   */
  public static NewGroup intrusionSet(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Intrusion Set")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Malware}, with its required fields: {@code name}.
   */
  public static NewGroup malware(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Malware")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Report}, with its required fields: {@code name}.
   */
  public static NewGroup report(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Report")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Signature}, with its required fields: {@code name}, {@code fileName}, {@code fileText}, {@code fileType}.
   */
  public static NewGroup signature(String name, String fileName, String fileText, String fileType) {
    return new NewGroup(Fields.builder()
        .put("type", "Signature")
        .put("name", Checks.notBlank(name, "name"))
        .put("fileName", Checks.notBlank(fileName, "fileName"))
        .put("fileText", Checks.notBlank(fileText, "fileText"))
        .put("fileType", Checks.notBlank(fileType, "fileType"))
        .build());
  }

  /**
   * A new Group of type {@code Tactic}, with its required fields: {@code name}.
   */
  public static NewGroup tactic(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Tactic")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Task}, with its required fields: {@code name}.
   */
  public static NewGroup task(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Task")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Threat}, with its required fields: {@code name}.
   */
  public static NewGroup threat(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Threat")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Tool}, with its required fields: {@code name}.
   */
  public static NewGroup tool(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Tool")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * A new Group of type {@code Vulnerability}, with its required fields: {@code name}.
   */
  public static NewGroup vulnerability(String name) {
    return new NewGroup(Fields.builder()
        .put("type", "Vulnerability")
        .put("name", Checks.notBlank(name, "name"))
        .build());
  }

  /**
   * Sets {@code fileName} (Document, Report, Signature Groups only).
   */
  public NewGroup fileName(String fileName) {
    Requests.requireType(type(), "fileName", "Groups", "Document", "Report", "Signature");
    return put("fileName", Checks.notNull(fileName, "fileName"));
  }

  /**
   * Sets {@code malware} (Document Groups only).
   */
  public NewGroup malware(boolean malware) {
    Requests.requireType(type(), "malware", "Groups", "Document");
    return put("malware", malware);
  }

  /**
   * Sets {@code password} (Document Groups only).
   */
  public NewGroup password(String password) {
    Requests.requireType(type(), "password", "Groups", "Document");
    return put("password", Checks.notNull(password, "password"));
  }

  /**
   * Sets {@code body} (Email Groups only).
   */
  public NewGroup body(String body) {
    Requests.requireType(type(), "body", "Groups", "Email");
    return put("body", Checks.notNull(body, "body"));
  }

  /**
   * Sets {@code from} (Email Groups only).
   */
  public NewGroup from(String from) {
    Requests.requireType(type(), "from", "Groups", "Email");
    return put("from", Checks.notNull(from, "from"));
  }

  /**
   * Sets {@code header} (Email Groups only).
   */
  public NewGroup header(String header) {
    Requests.requireType(type(), "header", "Groups", "Email");
    return put("header", Checks.notNull(header, "header"));
  }

  /**
   * Sets {@code subject} (Email Groups only).
   */
  public NewGroup subject(String subject) {
    Requests.requireType(type(), "subject", "Groups", "Email");
    return put("subject", Checks.notNull(subject, "subject"));
  }

  /**
   * Sets {@code eventDate} (Event, Incident Groups only).
   */
  public NewGroup eventDate(Instant eventDate) {
    Requests.requireType(type(), "eventDate", "Groups", "Event", "Incident");
    return put("eventDate", Checks.notNull(eventDate, "eventDate"));
  }

  /**
   * Sets {@code eventType} (Event Groups only).
   */
  public NewGroup eventType(String eventType) {
    Requests.requireType(type(), "eventType", "Groups", "Event");
    return put("eventType", Checks.notNull(eventType, "eventType"));
  }

  /**
   * Sets {@code status} (Event Groups only).
   */
  public NewGroup status(EventStatus status) {
    Requests.requireType(type(), "status", "Groups", "Event");
    return put("status", Checks.notNull(status, "status"));
  }

  /**
   * Sets {@code status} (Incident Groups only).
   */
  public NewGroup status(IncidentStatus status) {
    Requests.requireType(type(), "status", "Groups", "Incident");
    return put("status", Checks.notNull(status, "status"));
  }

  /**
   * Sets {@code status} (Task Groups only).
   */
  public NewGroup status(TaskStatus status) {
    Requests.requireType(type(), "status", "Groups", "Task");
    return put("status", Checks.notNull(status, "status"));
  }

  /**
   * Sets {@code publishDate} (Report Groups only).
   */
  public NewGroup publishDate(Instant publishDate) {
    Requests.requireType(type(), "publishDate", "Groups", "Report");
    return put("publishDate", Checks.notNull(publishDate, "publishDate"));
  }

  /**
   * Sets {@code dueDate} (Task Groups only).
   */
  public NewGroup dueDate(Instant dueDate) {
    Requests.requireType(type(), "dueDate", "Groups", "Task");
    return put("dueDate", Checks.notNull(dueDate, "dueDate"));
  }

  /**
   * Sets {@code escalationDate} (Task Groups only).
   */
  public NewGroup escalationDate(Instant escalationDate) {
    Requests.requireType(type(), "escalationDate", "Groups", "Task");
    return put("escalationDate", Checks.notNull(escalationDate, "escalationDate"));
  }

  /**
   * Sets {@code reminderDate} (Task Groups only).
   */
  public NewGroup reminderDate(Instant reminderDate) {
    Requests.requireType(type(), "reminderDate", "Groups", "Task");
    return put("reminderDate", Checks.notNull(reminderDate, "reminderDate"));
  }

  /**
   * Sets {@code externalDateAdded}.
   */
  public NewGroup externalDateAdded(Instant externalDateAdded) {
    return put("externalDateAdded", Checks.notNull(externalDateAdded, "externalDateAdded"));
  }

  /**
   * Sets {@code externalDateExpires}.
   */
  public NewGroup externalDateExpires(Instant externalDateExpires) {
    return put("externalDateExpires", Checks.notNull(externalDateExpires, "externalDateExpires"));
  }

  /**
   * Sets {@code externalLastModified}.
   */
  public NewGroup externalLastModified(Instant externalLastModified) {
    return put("externalLastModified", Checks.notNull(externalLastModified, "externalLastModified"));
  }

  /**
   * Sets {@code firstSeen}.
   */
  public NewGroup firstSeen(Instant firstSeen) {
    return put("firstSeen", Checks.notNull(firstSeen, "firstSeen"));
  }

  /**
   * Sets {@code lastSeen}.
   */
  public NewGroup lastSeen(Instant lastSeen) {
    return put("lastSeen", Checks.notNull(lastSeen, "lastSeen"));
  }

  /**
   * Sets {@code xid}.
   */
  public NewGroup xid(String xid) {
    return put("xid", Checks.notNull(xid, "xid"));
  }

  /**
   * Sets one of the fields this SDK sends as given: reviews, assignments. The value is made of maps with
   * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
   */
  public NewGroup json(String field, Object value) {
    Requests.requireOneOf(field, "field", "reviews", "assignments");
    return put(field, Requests.json(value, field));
  }

  /**
   * Associates the Artifacts; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedArtifacts(Ref<Artifact>... refs) {
    return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
  }

  /**
   * Associates the Artifacts in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedArtifacts(List<? extends Ref<Artifact>> refs) {
    return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
  }

  /**
   * Associates the Cases; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedCases(Ref<Case>... refs) {
    return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
  }

  /**
   * Associates the Cases in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedCases(List<? extends Ref<Case>> refs) {
    return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
  }

  /**
   * Associates the Groups; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedGroups(Ref<Group>... refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedGroups(List<? extends Ref<Group>> refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  /**
   * Associates the Indicators; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedIndicators(Ref<Indicator>... refs) {
    return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
  }

  /**
   * Associates the Indicators in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedIndicators(List<? extends Ref<Indicator>> refs) {
    return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
  }

  /**
   * Associates the Victim Assets; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedVictimAssets(Ref<VictimAsset>... refs) {
    return put("associatedVictimAssets", Requests.refs(current("associatedVictimAssets"), refs, "associatedVictimAssets"));
  }

  /**
   * Associates the Victim Assets in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
    return put("associatedVictimAssets", Requests.refs(current("associatedVictimAssets"), refs, "associatedVictimAssets"));
  }

  /**
   * Adds attributes; repeated calls add to the list.
   */
  public NewGroup attributes(Attribute... attributes) {
    return put("attributes", Requests.refs(current("attributes"), attributes, "attributes"));
  }

  /**
   * Adds securityLabels; repeated calls add to the list.
   */
  public NewGroup securityLabels(SecurityLabel... securityLabels) {
    return put("securityLabels", Requests.refs(current("securityLabels"), securityLabels, "securityLabels"));
  }

  /**
   * Adds tags; repeated calls add to the list.
   */
  public NewGroup tags(Tag... tags) {
    return put("tags", Requests.refs(current("tags"), tags, "tags"));
  }

  /**
   * This Group in the Community or Source of that name instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public Ref<Group> ownerName(String ownerName) {
    return OwnedReference.of(this, "NewGroup", fields().toBuilder().put("ownerName", Checks.notBlank(ownerName, "ownerName")).build());
  }

  /**
   * This Group in the owner with that ID instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public Ref<Group> ownerId(long ownerId) {
    return OwnedReference.of(this, "NewGroup", fields().toBuilder().put("ownerId", Checks.id(ownerId, "ownerId")).build());
  }

  private NewGroup put(String name, Object value) {
    return new NewGroup(fields().toBuilder().put(name, value).build());
  }

  private Object current(String name) {
    return fields().get(name);
  }

  private String type() {
    return (String) fields().get("type");
  }
}
