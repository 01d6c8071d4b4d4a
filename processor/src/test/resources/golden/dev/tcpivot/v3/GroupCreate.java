package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
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
  private GroupCreate() {
    super("GroupCreate", WireObject.Kind.VALUE);
  }

  private GroupCreate(GroupCreate from) {
    super(from);
  }

  /**
   * A Group of type {@code Adversary}, with its required fields: {@code name}.
   */
  public static Builder adversary(String name) {
    Builder builder = new Builder("Adversary");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Attack Pattern}, with its required fields: {@code name}.
   */
  public static Builder attackPattern(String name) {
    Builder builder = new Builder("Attack Pattern");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Campaign}, with its required fields: {@code name}.
   */
  public static Builder campaign(String name) {
    Builder builder = new Builder("Campaign");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Course of Action}, with its required fields: {@code name}.
   */
  public static Builder courseOfAction(String name) {
    Builder builder = new Builder("Course of Action");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Document}, with its required fields: {@code name}.
   */
  public static Document document(String name) {
    Document builder = new Document();
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Email}, with its required fields: {@code name}.
   */
  public static Email email(String name) {
    Email builder = new Email();
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Event}, with its required fields: {@code name}.
   */
  public static Event event(String name) {
    Event builder = new Event();
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Incident}, with its required fields: {@code name}.
   */
  public static Incident incident(String name) {
    Incident builder = new Incident();
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Intrusion Set}, with its required fields: {@code name}.
   */
  public static Builder intrusionSet(String name) {
    Builder builder = new Builder("Intrusion Set");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Malware}, with its required fields: {@code name}.
   */
  public static Builder malware(String name) {
    Builder builder = new Builder("Malware");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Report}, with its required fields: {@code name}.
   */
  public static Report report(String name) {
    Report builder = new Report();
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Signature}, with its required fields: {@code name}, {@code fileName}, {@code fileText}, {@code fileType}.
   */
  public static Signature signature(String name, String fileName, String fileText,
      String fileType) {
    Signature builder = new Signature();
    builder.draft.put("name", notBlank(name, "name"));
    builder.draft.put("fileName", notBlank(fileName, "fileName"));
    builder.draft.put("fileText", notBlank(fileText, "fileText"));
    builder.draft.put("fileType", notBlank(fileType, "fileType"));
    return builder;
  }

  /**
   * A Group of type {@code Tactic}, with its required fields: {@code name}.
   */
  public static Builder tactic(String name) {
    Builder builder = new Builder("Tactic");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Task}, with its required fields: {@code name}.
   */
  public static Task task(String name) {
    Task builder = new Task();
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Threat}, with its required fields: {@code name}.
   */
  public static Builder threat(String name) {
    Builder builder = new Builder("Threat");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Tool}, with its required fields: {@code name}.
   */
  public static Builder tool(String name) {
    Builder builder = new Builder("Tool");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A Group of type {@code Vulnerability}, with its required fields: {@code name}.
   */
  public static Builder vulnerability(String name) {
    Builder builder = new Builder("Vulnerability");
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A builder that starts from this body's fields, to add to them or change them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects a new Group's fields. Each setter checks its argument at once.
   *
   * <p>The fields of one type only are set on that type's builder, which its factory
   * returns (e.g. {@link Document}); the association setters that take varargs return this
   * class, so set a type's own fields first.
   */
  public static class Builder {
    final GroupCreate draft;

    private Builder(String type) {
      this.draft = new GroupCreate();
      draft.put("type", type);
    }

    private Builder(GroupCreate from) {
      this.draft = new GroupCreate(from);
    }

    /**
     * Sets {@code externalDateAdded}.
     */
    public Builder externalDateAdded(Instant externalDateAdded) {
      draft.put("externalDateAdded", instant(notNull(externalDateAdded, "externalDateAdded")));
      return this;
    }

    /**
     * Sets {@code externalDateExpires}.
     */
    public Builder externalDateExpires(Instant externalDateExpires) {
      draft.put("externalDateExpires", instant(notNull(externalDateExpires, "externalDateExpires")));
      return this;
    }

    /**
     * Sets {@code externalLastModified}.
     */
    public Builder externalLastModified(Instant externalLastModified) {
      draft.put("externalLastModified", instant(notNull(externalLastModified, "externalLastModified")));
      return this;
    }

    /**
     * Sets {@code firstSeen}.
     */
    public Builder firstSeen(Instant firstSeen) {
      draft.put("firstSeen", instant(notNull(firstSeen, "firstSeen")));
      return this;
    }

    /**
     * Sets {@code lastSeen}.
     */
    public Builder lastSeen(Instant lastSeen) {
      draft.put("lastSeen", instant(notNull(lastSeen, "lastSeen")));
      return this;
    }

    /**
     * Sets {@code xid}.
     */
    public Builder xid(String xid) {
      draft.put("xid", notNull(xid, "xid"));
      return this;
    }

    /**
     * Creates the Group in the Community or Source of that name (the default is the API user's Organization).
     */
    public Builder ownerName(String ownerName) {
      draft.put("ownerName", notBlank(ownerName, "ownerName"));
      return this;
    }

    /**
     * Creates the Group in the owner with that ID.
     */
    public Builder ownerId(long ownerId) {
      draft.put("ownerId", whole(checkId(ownerId, "ownerId")));
      return this;
    }

    /**
     * Sets one of the fields this SDK sends as given: reviews, assignments. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
      draft.put(oneOf(field, "field", "reviews", "assignments"), data(value, field));
      return this;
    }

    /**
     * Associates the Artifacts; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedArtifacts(Ref<Artifact>... refs) {
      draft.append("associatedArtifacts", refs);
      return this;
    }

    /**
     * Associates the Artifacts in the list, in order; repeated calls add to the list.
     */
    public Builder associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      draft.append("associatedArtifacts", refs);
      return this;
    }

    /**
     * Associates the Cases; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedCases(Ref<Case>... refs) {
      draft.append("associatedCases", refs);
      return this;
    }

    /**
     * Associates the Cases in the list, in order; repeated calls add to the list.
     */
    public Builder associatedCases(List<? extends Ref<Case>> refs) {
      draft.append("associatedCases", refs);
      return this;
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(Ref<Group>... refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public Builder associatedGroups(List<? extends Ref<Group>> refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedIndicators(Ref<Indicator>... refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * Associates the Victim Assets; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedVictimAssets(Ref<VictimAsset>... refs) {
      draft.append("associatedVictimAssets", refs);
      return this;
    }

    /**
     * Associates the Victim Assets in the list, in order; repeated calls add to the list.
     */
    public Builder associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      draft.append("associatedVictimAssets", refs);
      return this;
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      draft.append("attributes", attributes);
      return this;
    }

    /**
     * Adds securityLabels; repeated calls add to the list.
     */
    public Builder securityLabels(SecurityLabel... securityLabels) {
      draft.append("securityLabels", securityLabels);
      return this;
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public Builder tags(Tag... tags) {
      draft.append("tags", tags);
      return this;
    }

    /**
     * The body; the builder can go on to make others.
     */
    public final GroupCreate build() {
      return new GroupCreate(draft);
    }
  }

  /**
   * Collects the fields of a new Document Group: those every Group has, and its own.
   */
  public static final class Document extends Builder {
    private Document() {
      super("Document");
    }

    /**
     * Sets {@code fileName}.
     */
    public Document fileName(String fileName) {
      draft.put("fileName", notNull(fileName, "fileName"));
      return this;
    }

    /**
     * Sets {@code malware}.
     */
    public Document malware(boolean malware) {
      draft.put("malware", bool(malware));
      return this;
    }

    /**
     * Sets {@code password}.
     */
    public Document password(String password) {
      draft.put("password", notNull(password, "password"));
      return this;
    }

    @Override
    public Document externalDateAdded(Instant externalDateAdded) {
      super.externalDateAdded(externalDateAdded);
      return this;
    }

    @Override
    public Document externalDateExpires(Instant externalDateExpires) {
      super.externalDateExpires(externalDateExpires);
      return this;
    }

    @Override
    public Document externalLastModified(Instant externalLastModified) {
      super.externalLastModified(externalLastModified);
      return this;
    }

    @Override
    public Document firstSeen(Instant firstSeen) {
      super.firstSeen(firstSeen);
      return this;
    }

    @Override
    public Document lastSeen(Instant lastSeen) {
      super.lastSeen(lastSeen);
      return this;
    }

    @Override
    public Document xid(String xid) {
      super.xid(xid);
      return this;
    }

    @Override
    public Document ownerName(String ownerName) {
      super.ownerName(ownerName);
      return this;
    }

    @Override
    public Document ownerId(long ownerId) {
      super.ownerId(ownerId);
      return this;
    }

    @Override
    public Document json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public Document associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      super.associatedArtifacts(refs);
      return this;
    }

    @Override
    public Document associatedCases(List<? extends Ref<Case>> refs) {
      super.associatedCases(refs);
      return this;
    }

    @Override
    public Document associatedGroups(List<? extends Ref<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }

    @Override
    public Document associatedIndicators(List<? extends Ref<Indicator>> refs) {
      super.associatedIndicators(refs);
      return this;
    }

    @Override
    public Document associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      super.associatedVictimAssets(refs);
      return this;
    }

    @Override
    public Document attributes(Attribute... attributes) {
      super.attributes(attributes);
      return this;
    }

    @Override
    public Document securityLabels(SecurityLabel... securityLabels) {
      super.securityLabels(securityLabels);
      return this;
    }

    @Override
    public Document tags(Tag... tags) {
      super.tags(tags);
      return this;
    }
  }

  /**
   * Collects the fields of a new Email Group: those every Group has, and its own.
   */
  public static final class Email extends Builder {
    private Email() {
      super("Email");
    }

    /**
     * Sets {@code body}.
     */
    public Email body(String body) {
      draft.put("body", notNull(body, "body"));
      return this;
    }

    /**
     * Sets {@code from}.
     */
    public Email from(String from) {
      draft.put("from", notNull(from, "from"));
      return this;
    }

    /**
     * Sets {@code header}.
     */
    public Email header(String header) {
      draft.put("header", notNull(header, "header"));
      return this;
    }

    /**
     * Sets {@code subject}.
     */
    public Email subject(String subject) {
      draft.put("subject", notNull(subject, "subject"));
      return this;
    }

    @Override
    public Email externalDateAdded(Instant externalDateAdded) {
      super.externalDateAdded(externalDateAdded);
      return this;
    }

    @Override
    public Email externalDateExpires(Instant externalDateExpires) {
      super.externalDateExpires(externalDateExpires);
      return this;
    }

    @Override
    public Email externalLastModified(Instant externalLastModified) {
      super.externalLastModified(externalLastModified);
      return this;
    }

    @Override
    public Email firstSeen(Instant firstSeen) {
      super.firstSeen(firstSeen);
      return this;
    }

    @Override
    public Email lastSeen(Instant lastSeen) {
      super.lastSeen(lastSeen);
      return this;
    }

    @Override
    public Email xid(String xid) {
      super.xid(xid);
      return this;
    }

    @Override
    public Email ownerName(String ownerName) {
      super.ownerName(ownerName);
      return this;
    }

    @Override
    public Email ownerId(long ownerId) {
      super.ownerId(ownerId);
      return this;
    }

    @Override
    public Email json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public Email associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      super.associatedArtifacts(refs);
      return this;
    }

    @Override
    public Email associatedCases(List<? extends Ref<Case>> refs) {
      super.associatedCases(refs);
      return this;
    }

    @Override
    public Email associatedGroups(List<? extends Ref<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }

    @Override
    public Email associatedIndicators(List<? extends Ref<Indicator>> refs) {
      super.associatedIndicators(refs);
      return this;
    }

    @Override
    public Email associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      super.associatedVictimAssets(refs);
      return this;
    }

    @Override
    public Email attributes(Attribute... attributes) {
      super.attributes(attributes);
      return this;
    }

    @Override
    public Email securityLabels(SecurityLabel... securityLabels) {
      super.securityLabels(securityLabels);
      return this;
    }

    @Override
    public Email tags(Tag... tags) {
      super.tags(tags);
      return this;
    }
  }

  /**
   * Collects the fields of a new Event Group: those every Group has, and its own.
   */
  public static final class Event extends Builder {
    private Event() {
      super("Event");
    }

    /**
     * Sets {@code eventDate}.
     */
    public Event eventDate(Instant eventDate) {
      draft.put("eventDate", instant(notNull(eventDate, "eventDate")));
      return this;
    }

    /**
     * Sets {@code eventType}.
     */
    public Event eventType(String eventType) {
      draft.put("eventType", notNull(eventType, "eventType"));
      return this;
    }

    /**
     * Sets {@code status}.
     */
    public Event status(EventStatus status) {
      draft.put("status", notNull(status, "status").wireValue());
      return this;
    }

    @Override
    public Event externalDateAdded(Instant externalDateAdded) {
      super.externalDateAdded(externalDateAdded);
      return this;
    }

    @Override
    public Event externalDateExpires(Instant externalDateExpires) {
      super.externalDateExpires(externalDateExpires);
      return this;
    }

    @Override
    public Event externalLastModified(Instant externalLastModified) {
      super.externalLastModified(externalLastModified);
      return this;
    }

    @Override
    public Event firstSeen(Instant firstSeen) {
      super.firstSeen(firstSeen);
      return this;
    }

    @Override
    public Event lastSeen(Instant lastSeen) {
      super.lastSeen(lastSeen);
      return this;
    }

    @Override
    public Event xid(String xid) {
      super.xid(xid);
      return this;
    }

    @Override
    public Event ownerName(String ownerName) {
      super.ownerName(ownerName);
      return this;
    }

    @Override
    public Event ownerId(long ownerId) {
      super.ownerId(ownerId);
      return this;
    }

    @Override
    public Event json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public Event associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      super.associatedArtifacts(refs);
      return this;
    }

    @Override
    public Event associatedCases(List<? extends Ref<Case>> refs) {
      super.associatedCases(refs);
      return this;
    }

    @Override
    public Event associatedGroups(List<? extends Ref<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }

    @Override
    public Event associatedIndicators(List<? extends Ref<Indicator>> refs) {
      super.associatedIndicators(refs);
      return this;
    }

    @Override
    public Event associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      super.associatedVictimAssets(refs);
      return this;
    }

    @Override
    public Event attributes(Attribute... attributes) {
      super.attributes(attributes);
      return this;
    }

    @Override
    public Event securityLabels(SecurityLabel... securityLabels) {
      super.securityLabels(securityLabels);
      return this;
    }

    @Override
    public Event tags(Tag... tags) {
      super.tags(tags);
      return this;
    }
  }

  /**
   * Collects the fields of a new Incident Group: those every Group has, and its own.
   */
  public static final class Incident extends Builder {
    private Incident() {
      super("Incident");
    }

    /**
     * Sets {@code eventDate}.
     */
    public Incident eventDate(Instant eventDate) {
      draft.put("eventDate", instant(notNull(eventDate, "eventDate")));
      return this;
    }

    /**
     * Sets {@code status}.
     */
    public Incident status(IncidentStatus status) {
      draft.put("status", notNull(status, "status").wireValue());
      return this;
    }

    @Override
    public Incident externalDateAdded(Instant externalDateAdded) {
      super.externalDateAdded(externalDateAdded);
      return this;
    }

    @Override
    public Incident externalDateExpires(Instant externalDateExpires) {
      super.externalDateExpires(externalDateExpires);
      return this;
    }

    @Override
    public Incident externalLastModified(Instant externalLastModified) {
      super.externalLastModified(externalLastModified);
      return this;
    }

    @Override
    public Incident firstSeen(Instant firstSeen) {
      super.firstSeen(firstSeen);
      return this;
    }

    @Override
    public Incident lastSeen(Instant lastSeen) {
      super.lastSeen(lastSeen);
      return this;
    }

    @Override
    public Incident xid(String xid) {
      super.xid(xid);
      return this;
    }

    @Override
    public Incident ownerName(String ownerName) {
      super.ownerName(ownerName);
      return this;
    }

    @Override
    public Incident ownerId(long ownerId) {
      super.ownerId(ownerId);
      return this;
    }

    @Override
    public Incident json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public Incident associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      super.associatedArtifacts(refs);
      return this;
    }

    @Override
    public Incident associatedCases(List<? extends Ref<Case>> refs) {
      super.associatedCases(refs);
      return this;
    }

    @Override
    public Incident associatedGroups(List<? extends Ref<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }

    @Override
    public Incident associatedIndicators(List<? extends Ref<Indicator>> refs) {
      super.associatedIndicators(refs);
      return this;
    }

    @Override
    public Incident associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      super.associatedVictimAssets(refs);
      return this;
    }

    @Override
    public Incident attributes(Attribute... attributes) {
      super.attributes(attributes);
      return this;
    }

    @Override
    public Incident securityLabels(SecurityLabel... securityLabels) {
      super.securityLabels(securityLabels);
      return this;
    }

    @Override
    public Incident tags(Tag... tags) {
      super.tags(tags);
      return this;
    }
  }

  /**
   * Collects the fields of a new Report Group: those every Group has, and its own.
   */
  public static final class Report extends Builder {
    private Report() {
      super("Report");
    }

    /**
     * Sets {@code fileName}.
     */
    public Report fileName(String fileName) {
      draft.put("fileName", notNull(fileName, "fileName"));
      return this;
    }

    /**
     * Sets {@code publishDate}.
     */
    public Report publishDate(Instant publishDate) {
      draft.put("publishDate", instant(notNull(publishDate, "publishDate")));
      return this;
    }

    @Override
    public Report externalDateAdded(Instant externalDateAdded) {
      super.externalDateAdded(externalDateAdded);
      return this;
    }

    @Override
    public Report externalDateExpires(Instant externalDateExpires) {
      super.externalDateExpires(externalDateExpires);
      return this;
    }

    @Override
    public Report externalLastModified(Instant externalLastModified) {
      super.externalLastModified(externalLastModified);
      return this;
    }

    @Override
    public Report firstSeen(Instant firstSeen) {
      super.firstSeen(firstSeen);
      return this;
    }

    @Override
    public Report lastSeen(Instant lastSeen) {
      super.lastSeen(lastSeen);
      return this;
    }

    @Override
    public Report xid(String xid) {
      super.xid(xid);
      return this;
    }

    @Override
    public Report ownerName(String ownerName) {
      super.ownerName(ownerName);
      return this;
    }

    @Override
    public Report ownerId(long ownerId) {
      super.ownerId(ownerId);
      return this;
    }

    @Override
    public Report json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public Report associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      super.associatedArtifacts(refs);
      return this;
    }

    @Override
    public Report associatedCases(List<? extends Ref<Case>> refs) {
      super.associatedCases(refs);
      return this;
    }

    @Override
    public Report associatedGroups(List<? extends Ref<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }

    @Override
    public Report associatedIndicators(List<? extends Ref<Indicator>> refs) {
      super.associatedIndicators(refs);
      return this;
    }

    @Override
    public Report associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      super.associatedVictimAssets(refs);
      return this;
    }

    @Override
    public Report attributes(Attribute... attributes) {
      super.attributes(attributes);
      return this;
    }

    @Override
    public Report securityLabels(SecurityLabel... securityLabels) {
      super.securityLabels(securityLabels);
      return this;
    }

    @Override
    public Report tags(Tag... tags) {
      super.tags(tags);
      return this;
    }
  }

  /**
   * Collects the fields of a new Signature Group: those every Group has, and its own.
   */
  public static final class Signature extends Builder {
    private Signature() {
      super("Signature");
    }

    /**
     * Sets {@code fileName}.
     */
    public Signature fileName(String fileName) {
      draft.put("fileName", notNull(fileName, "fileName"));
      return this;
    }

    @Override
    public Signature externalDateAdded(Instant externalDateAdded) {
      super.externalDateAdded(externalDateAdded);
      return this;
    }

    @Override
    public Signature externalDateExpires(Instant externalDateExpires) {
      super.externalDateExpires(externalDateExpires);
      return this;
    }

    @Override
    public Signature externalLastModified(Instant externalLastModified) {
      super.externalLastModified(externalLastModified);
      return this;
    }

    @Override
    public Signature firstSeen(Instant firstSeen) {
      super.firstSeen(firstSeen);
      return this;
    }

    @Override
    public Signature lastSeen(Instant lastSeen) {
      super.lastSeen(lastSeen);
      return this;
    }

    @Override
    public Signature xid(String xid) {
      super.xid(xid);
      return this;
    }

    @Override
    public Signature ownerName(String ownerName) {
      super.ownerName(ownerName);
      return this;
    }

    @Override
    public Signature ownerId(long ownerId) {
      super.ownerId(ownerId);
      return this;
    }

    @Override
    public Signature json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public Signature associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      super.associatedArtifacts(refs);
      return this;
    }

    @Override
    public Signature associatedCases(List<? extends Ref<Case>> refs) {
      super.associatedCases(refs);
      return this;
    }

    @Override
    public Signature associatedGroups(List<? extends Ref<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }

    @Override
    public Signature associatedIndicators(List<? extends Ref<Indicator>> refs) {
      super.associatedIndicators(refs);
      return this;
    }

    @Override
    public Signature associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      super.associatedVictimAssets(refs);
      return this;
    }

    @Override
    public Signature attributes(Attribute... attributes) {
      super.attributes(attributes);
      return this;
    }

    @Override
    public Signature securityLabels(SecurityLabel... securityLabels) {
      super.securityLabels(securityLabels);
      return this;
    }

    @Override
    public Signature tags(Tag... tags) {
      super.tags(tags);
      return this;
    }
  }

  /**
   * Collects the fields of a new Task Group: those every Group has, and its own.
   */
  public static final class Task extends Builder {
    private Task() {
      super("Task");
    }

    /**
     * Sets {@code status}.
     */
    public Task status(TaskStatus status) {
      draft.put("status", notNull(status, "status").wireValue());
      return this;
    }

    /**
     * Sets {@code dueDate}.
     */
    public Task dueDate(Instant dueDate) {
      draft.put("dueDate", instant(notNull(dueDate, "dueDate")));
      return this;
    }

    /**
     * Sets {@code escalationDate}.
     */
    public Task escalationDate(Instant escalationDate) {
      draft.put("escalationDate", instant(notNull(escalationDate, "escalationDate")));
      return this;
    }

    /**
     * Sets {@code reminderDate}.
     */
    public Task reminderDate(Instant reminderDate) {
      draft.put("reminderDate", instant(notNull(reminderDate, "reminderDate")));
      return this;
    }

    @Override
    public Task externalDateAdded(Instant externalDateAdded) {
      super.externalDateAdded(externalDateAdded);
      return this;
    }

    @Override
    public Task externalDateExpires(Instant externalDateExpires) {
      super.externalDateExpires(externalDateExpires);
      return this;
    }

    @Override
    public Task externalLastModified(Instant externalLastModified) {
      super.externalLastModified(externalLastModified);
      return this;
    }

    @Override
    public Task firstSeen(Instant firstSeen) {
      super.firstSeen(firstSeen);
      return this;
    }

    @Override
    public Task lastSeen(Instant lastSeen) {
      super.lastSeen(lastSeen);
      return this;
    }

    @Override
    public Task xid(String xid) {
      super.xid(xid);
      return this;
    }

    @Override
    public Task ownerName(String ownerName) {
      super.ownerName(ownerName);
      return this;
    }

    @Override
    public Task ownerId(long ownerId) {
      super.ownerId(ownerId);
      return this;
    }

    @Override
    public Task json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public Task associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      super.associatedArtifacts(refs);
      return this;
    }

    @Override
    public Task associatedCases(List<? extends Ref<Case>> refs) {
      super.associatedCases(refs);
      return this;
    }

    @Override
    public Task associatedGroups(List<? extends Ref<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }

    @Override
    public Task associatedIndicators(List<? extends Ref<Indicator>> refs) {
      super.associatedIndicators(refs);
      return this;
    }

    @Override
    public Task associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      super.associatedVictimAssets(refs);
      return this;
    }

    @Override
    public Task attributes(Attribute... attributes) {
      super.attributes(attributes);
      return this;
    }

    @Override
    public Task securityLabels(SecurityLabel... securityLabels) {
      super.securityLabels(securityLabels);
      return this;
    }

    @Override
    public Task tags(Tag... tags) {
      super.tags(tags);
      return this;
    }
  }
}
