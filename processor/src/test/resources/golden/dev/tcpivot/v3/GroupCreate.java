package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST /v3/groups}: a new Group. Start from a factory, e.g. {@link #adversary},
 * add what else it needs, and {@link Builder#build()}.
 *
 * <p>{@code /v3/groups} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class GroupCreate extends WireObject {
  private GroupCreate(Fields fields) {
    super(fields);
  }

  /**
   * A Group of type {@code Adversary}, with its required fields: {@code name}.
   */
  public static Builder adversary(String name) {
    return new Builder(Fields.builder()
        .put("type", "Adversary")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Attack Pattern}, with its required fields: {@code name}.
   */
  public static Builder attackPattern(String name) {
    return new Builder(Fields.builder()
        .put("type", "Attack Pattern")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Campaign}, with its required fields: {@code name}.
   */
  public static Builder campaign(String name) {
    return new Builder(Fields.builder()
        .put("type", "Campaign")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Course of Action}, with its required fields: {@code name}.
   */
  public static Builder courseOfAction(String name) {
    return new Builder(Fields.builder()
        .put("type", "Course of Action")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Document}, with its required fields: {@code name}.
   */
  public static Builder document(String name) {
    return new Builder(Fields.builder()
        .put("type", "Document")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Email}, with its required fields: {@code name}.
   */
  public static Builder email(String name) {
    return new Builder(Fields.builder()
        .put("type", "Email")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Event}, with its required fields: {@code name}.
   */
  public static Builder event(String name) {
    return new Builder(Fields.builder()
        .put("type", "Event")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Incident}, with its required fields: {@code name}.
   */
  public static Builder incident(String name) {
    return new Builder(Fields.builder()
        .put("type", "Incident")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Intrusion Set}, with its required fields: {@code name}.
   */
  public static Builder intrusionSet(String name) {
    return new Builder(Fields.builder()
        .put("type", "Intrusion Set")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Malware}, with its required fields: {@code name}.
   */
  public static Builder malware(String name) {
    return new Builder(Fields.builder()
        .put("type", "Malware")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Report}, with its required fields: {@code name}.
   */
  public static Builder report(String name) {
    return new Builder(Fields.builder()
        .put("type", "Report")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Signature}, with its required fields: {@code name}, {@code fileName}, {@code fileText}, {@code fileType}.
   */
  public static Builder signature(String name, String fileName, String fileText, String fileType) {
    return new Builder(Fields.builder()
        .put("type", "Signature")
        .put("name", Checks.notBlank(name, "name"))
        .put("fileName", Checks.notBlank(fileName, "fileName"))
        .put("fileText", Checks.notBlank(fileText, "fileText"))
        .put("fileType", Checks.notBlank(fileType, "fileType")));
  }

  /**
   * A Group of type {@code Tactic}, with its required fields: {@code name}.
   */
  public static Builder tactic(String name) {
    return new Builder(Fields.builder()
        .put("type", "Tactic")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Task}, with its required fields: {@code name}.
   */
  public static Builder task(String name) {
    return new Builder(Fields.builder()
        .put("type", "Task")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Threat}, with its required fields: {@code name}.
   */
  public static Builder threat(String name) {
    return new Builder(Fields.builder()
        .put("type", "Threat")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Tool}, with its required fields: {@code name}.
   */
  public static Builder tool(String name) {
    return new Builder(Fields.builder()
        .put("type", "Tool")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * A Group of type {@code Vulnerability}, with its required fields: {@code name}.
   */
  public static Builder vulnerability(String name) {
    return new Builder(Fields.builder()
        .put("type", "Vulnerability")
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * Collects a new Group's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields;

    private Builder(Fields.Builder fields) {
      this.fields = fields;
    }

    /**
     * Sets {@code fileName} (Document, Report, Signature Groups only).
     */
    public Builder fileName(String fileName) {
      Requests.requireType(type(), "fileName", "Groups", "Document", "Report", "Signature");
      return put("fileName", Checks.notNull(fileName, "fileName"));
    }

    /**
     * Sets {@code malware} (Document Groups only).
     */
    public Builder malware(boolean malware) {
      Requests.requireType(type(), "malware", "Groups", "Document");
      return put("malware", malware);
    }

    /**
     * Sets {@code password} (Document Groups only).
     */
    public Builder password(String password) {
      Requests.requireType(type(), "password", "Groups", "Document");
      return put("password", Checks.notNull(password, "password"));
    }

    /**
     * Sets {@code body} (Email Groups only).
     */
    public Builder body(String body) {
      Requests.requireType(type(), "body", "Groups", "Email");
      return put("body", Checks.notNull(body, "body"));
    }

    /**
     * Sets {@code from} (Email Groups only).
     */
    public Builder from(String from) {
      Requests.requireType(type(), "from", "Groups", "Email");
      return put("from", Checks.notNull(from, "from"));
    }

    /**
     * Sets {@code header} (Email Groups only).
     */
    public Builder header(String header) {
      Requests.requireType(type(), "header", "Groups", "Email");
      return put("header", Checks.notNull(header, "header"));
    }

    /**
     * Sets {@code subject} (Email Groups only).
     */
    public Builder subject(String subject) {
      Requests.requireType(type(), "subject", "Groups", "Email");
      return put("subject", Checks.notNull(subject, "subject"));
    }

    /**
     * Sets {@code eventDate} (Event, Incident Groups only).
     */
    public Builder eventDate(Instant eventDate) {
      Requests.requireType(type(), "eventDate", "Groups", "Event", "Incident");
      return put("eventDate", Checks.notNull(eventDate, "eventDate"));
    }

    /**
     * Sets {@code eventType} (Event Groups only).
     */
    public Builder eventType(String eventType) {
      Requests.requireType(type(), "eventType", "Groups", "Event");
      return put("eventType", Checks.notNull(eventType, "eventType"));
    }

    /**
     * Sets {@code status} (Event Groups only).
     */
    public Builder status(EventStatus status) {
      Requests.requireType(type(), "status", "Groups", "Event");
      return put("status", Checks.notNull(status, "status"));
    }

    /**
     * Sets {@code status} (Incident Groups only).
     */
    public Builder status(IncidentStatus status) {
      Requests.requireType(type(), "status", "Groups", "Incident");
      return put("status", Checks.notNull(status, "status"));
    }

    /**
     * Sets {@code status} (Task Groups only).
     */
    public Builder status(TaskStatus status) {
      Requests.requireType(type(), "status", "Groups", "Task");
      return put("status", Checks.notNull(status, "status"));
    }

    /**
     * Sets {@code publishDate} (Report Groups only).
     */
    public Builder publishDate(Instant publishDate) {
      Requests.requireType(type(), "publishDate", "Groups", "Report");
      return put("publishDate", Checks.notNull(publishDate, "publishDate"));
    }

    /**
     * Sets {@code dueDate} (Task Groups only).
     */
    public Builder dueDate(Instant dueDate) {
      Requests.requireType(type(), "dueDate", "Groups", "Task");
      return put("dueDate", Checks.notNull(dueDate, "dueDate"));
    }

    /**
     * Sets {@code escalationDate} (Task Groups only).
     */
    public Builder escalationDate(Instant escalationDate) {
      Requests.requireType(type(), "escalationDate", "Groups", "Task");
      return put("escalationDate", Checks.notNull(escalationDate, "escalationDate"));
    }

    /**
     * Sets {@code reminderDate} (Task Groups only).
     */
    public Builder reminderDate(Instant reminderDate) {
      Requests.requireType(type(), "reminderDate", "Groups", "Task");
      return put("reminderDate", Checks.notNull(reminderDate, "reminderDate"));
    }

    /**
     * Sets {@code externalDateAdded}.
     */
    public Builder externalDateAdded(Instant externalDateAdded) {
      return put("externalDateAdded", Checks.notNull(externalDateAdded, "externalDateAdded"));
    }

    /**
     * Sets {@code externalDateExpires}.
     */
    public Builder externalDateExpires(Instant externalDateExpires) {
      return put("externalDateExpires", Checks.notNull(externalDateExpires, "externalDateExpires"));
    }

    /**
     * Sets {@code externalLastModified}.
     */
    public Builder externalLastModified(Instant externalLastModified) {
      return put("externalLastModified", Checks.notNull(externalLastModified, "externalLastModified"));
    }

    /**
     * Sets {@code firstSeen}.
     */
    public Builder firstSeen(Instant firstSeen) {
      return put("firstSeen", Checks.notNull(firstSeen, "firstSeen"));
    }

    /**
     * Sets {@code lastSeen}.
     */
    public Builder lastSeen(Instant lastSeen) {
      return put("lastSeen", Checks.notNull(lastSeen, "lastSeen"));
    }

    /**
     * Sets {@code xid}.
     */
    public Builder xid(String xid) {
      return put("xid", Checks.notNull(xid, "xid"));
    }

    /**
     * Creates the Group in the Community or Source of that name (the default is the API user's Organization).
     */
    public Builder ownerName(String ownerName) {
      return put("ownerName", Checks.notBlank(ownerName, "ownerName"));
    }

    /**
     * Creates the Group in the owner with that ID.
     */
    public Builder ownerId(long ownerId) {
      return put("ownerId", Checks.id(ownerId, "ownerId"));
    }

    /**
     * Sets one of the fields this SDK sends as given: reviews, assignments. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
      Requests.requireOneOf(field, "field", "reviews", "assignments");
      return put(field, Requests.json(value, field));
    }

    /**
     * Associates the Artifacts; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedArtifacts(Ref<Artifact>... refs) {
      return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
    }

    /**
     * Associates the Artifacts in the list, in order; repeated calls add to the list.
     */
    public Builder associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
    }

    /**
     * Associates the Cases; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedCases(Ref<Case>... refs) {
      return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
    }

    /**
     * Associates the Cases in the list, in order; repeated calls add to the list.
     */
    public Builder associatedCases(List<? extends Ref<Case>> refs) {
      return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(Ref<Group>... refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public Builder associatedGroups(List<? extends Ref<Group>> refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedIndicators(Ref<Indicator>... refs) {
      return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
    }

    /**
     * Associates the Victim Assets; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedVictimAssets(Ref<VictimAsset>... refs) {
      return put("associatedVictimAssets", Requests.refs(current("associatedVictimAssets"), refs, "associatedVictimAssets"));
    }

    /**
     * Associates the Victim Assets in the list, in order; repeated calls add to the list.
     */
    public Builder associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      return put("associatedVictimAssets", Requests.refs(current("associatedVictimAssets"), refs, "associatedVictimAssets"));
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      return put("attributes", Requests.refs(current("attributes"), attributes, "attributes"));
    }

    /**
     * Adds securityLabels; repeated calls add to the list.
     */
    public Builder securityLabels(SecurityLabel... securityLabels) {
      return put("securityLabels", Requests.refs(current("securityLabels"), securityLabels, "securityLabels"));
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public Builder tags(Tag... tags) {
      return put("tags", Requests.refs(current("tags"), tags, "tags"));
    }

    /**
     * The body; the builder can go on to make others.
     */
    public GroupCreate build() {
      return new GroupCreate(fields.build());
    }

    private Builder put(String name, Object value) {
      fields.put(name, value);
      return this;
    }

    private Object current(String name) {
      return fields.get(name);
    }

    private String type() {
      return (String) fields.get("type");
    }
  }
}
