package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A Group that an association creates, e.g. {@link #adversary}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public class NewGroup extends WireObject implements SameOwnerRef<Group> {
  /**
   * With room for the {@code fields} that a factory sets.
   */
  private NewGroup(String type, int fields) {
    super("NewGroup", WireObject.Kind.NEW, fields);
    put("type", type);
  }

  private NewGroup(NewGroup from) {
    super(from);
  }

  /**
   * A new Group of type {@code Adversary}, with its required fields: {@code name}.
   */
  public static NewGroup adversary(String name) {
    NewGroup object = new NewGroup("Adversary", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Attack Pattern}, with its required fields: {@code name}.
   */
  public static NewGroup attackPattern(String name) {
    NewGroup object = new NewGroup("Attack Pattern", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Campaign}, with its required fields: {@code name}.
   */
  public static NewGroup campaign(String name) {
    NewGroup object = new NewGroup("Campaign", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Course of Action}, with its required fields: {@code name}.
   */
  public static NewGroup courseOfAction(String name) {
    NewGroup object = new NewGroup("Course of Action", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Document}, with its required fields: {@code name}.
   */
  public static Document document(String name) {
    Document object = new Document(2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Email}, with its required fields: {@code name}.
   */
  public static Email email(String name) {
    Email object = new Email(2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Event}, with its required fields: {@code name}.
   */
  public static Event event(String name) {
    Event object = new Event(2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Incident}, with its required fields: {@code name}.
   */
  public static Incident incident(String name) {
    Incident object = new Incident(2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Intrusion Set}, with its required fields: {@code name}.
   */
  public static NewGroup intrusionSet(String name) {
    NewGroup object = new NewGroup("Intrusion Set", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Malware}, with its required fields: {@code name}.
   */
  public static NewGroup malware(String name) {
    NewGroup object = new NewGroup("Malware", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Report}, with its required fields: {@code name}.
   */
  public static Report report(String name) {
    Report object = new Report(2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Signature}, with its required fields: {@code name}, {@code fileName}, {@code fileText}, {@code fileType}.
   */
  public static Signature signature(String name, String fileName, String fileText,
      String fileType) {
    Signature object = new Signature(5);
    object.put("name", notBlank(name, "name"));
    object.put("fileName", notBlank(fileName, "fileName"));
    object.put("fileText", notBlank(fileText, "fileText"));
    object.put("fileType", notBlank(fileType, "fileType"));
    return object;
  }

  /**
   * A new Group of type {@code Tactic}, with its required fields: {@code name}.
   */
  public static NewGroup tactic(String name) {
    NewGroup object = new NewGroup("Tactic", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Task}, with its required fields: {@code name}.
   */
  public static Task task(String name) {
    Task object = new Task(2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Threat}, with its required fields: {@code name}.
   */
  public static NewGroup threat(String name) {
    NewGroup object = new NewGroup("Threat", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Tool}, with its required fields: {@code name}.
   */
  public static NewGroup tool(String name) {
    NewGroup object = new NewGroup("Tool", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * A new Group of type {@code Vulnerability}, with its required fields: {@code name}.
   */
  public static NewGroup vulnerability(String name) {
    NewGroup object = new NewGroup("Vulnerability", 2);
    object.put("name", notBlank(name, "name"));
    return object;
  }

  /**
   * Sets {@code externalDateAdded}.
   */
  public NewGroup externalDateAdded(Instant externalDateAdded) {
    NewGroup copy = copy();
    copy.put("externalDateAdded", instant(notNull(externalDateAdded, "externalDateAdded")));
    return copy;
  }

  /**
   * Sets {@code externalDateExpires}.
   */
  public NewGroup externalDateExpires(Instant externalDateExpires) {
    NewGroup copy = copy();
    copy.put("externalDateExpires", instant(notNull(externalDateExpires, "externalDateExpires")));
    return copy;
  }

  /**
   * Sets {@code externalLastModified}.
   */
  public NewGroup externalLastModified(Instant externalLastModified) {
    NewGroup copy = copy();
    copy.put("externalLastModified", instant(notNull(externalLastModified, "externalLastModified")));
    return copy;
  }

  /**
   * Sets {@code firstSeen}.
   */
  public NewGroup firstSeen(Instant firstSeen) {
    NewGroup copy = copy();
    copy.put("firstSeen", instant(notNull(firstSeen, "firstSeen")));
    return copy;
  }

  /**
   * Sets {@code lastSeen}.
   */
  public NewGroup lastSeen(Instant lastSeen) {
    NewGroup copy = copy();
    copy.put("lastSeen", instant(notNull(lastSeen, "lastSeen")));
    return copy;
  }

  /**
   * Sets {@code xid}.
   */
  public NewGroup xid(String xid) {
    NewGroup copy = copy();
    copy.put("xid", notNull(xid, "xid"));
    return copy;
  }

  /**
   * Sets one of the fields this SDK sends as given: reviews, assignments. The value is made of maps with
   * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
   */
  public NewGroup json(String field, Object value) {
    NewGroup copy = copy();
    copy.put(oneOf(field, "field", "reviews", "assignments"), data(value, field));
    return copy;
  }

  /**
   * Associates the Artifacts; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedArtifacts(Ref<Artifact>... refs) {
    NewGroup copy = copy();
    copy.append("associatedArtifacts", refs);
    return copy;
  }

  /**
   * Associates the Artifacts in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedArtifacts(List<? extends Ref<Artifact>> refs) {
    NewGroup copy = copy();
    copy.append("associatedArtifacts", refs);
    return copy;
  }

  /**
   * Associates the Cases; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedCases(Ref<Case>... refs) {
    NewGroup copy = copy();
    copy.append("associatedCases", refs);
    return copy;
  }

  /**
   * Associates the Cases in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedCases(List<? extends Ref<Case>> refs) {
    NewGroup copy = copy();
    copy.append("associatedCases", refs);
    return copy;
  }

  /**
   * Associates the Groups; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedGroups(Ref<Group>... refs) {
    NewGroup copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedGroups(List<? extends Ref<Group>> refs) {
    NewGroup copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * Associates the Indicators; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedIndicators(Ref<Indicator>... refs) {
    NewGroup copy = copy();
    copy.append("associatedIndicators", refs);
    return copy;
  }

  /**
   * Associates the Indicators in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedIndicators(List<? extends Ref<Indicator>> refs) {
    NewGroup copy = copy();
    copy.append("associatedIndicators", refs);
    return copy;
  }

  /**
   * Associates the Victim Assets; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewGroup associatedVictimAssets(Ref<VictimAsset>... refs) {
    NewGroup copy = copy();
    copy.append("associatedVictimAssets", refs);
    return copy;
  }

  /**
   * Associates the Victim Assets in the list, in order; repeated calls add to the list.
   */
  public NewGroup associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
    NewGroup copy = copy();
    copy.append("associatedVictimAssets", refs);
    return copy;
  }

  /**
   * Adds attributes; repeated calls add to the list.
   */
  public NewGroup attributes(Attribute... attributes) {
    NewGroup copy = copy();
    copy.append("attributes", attributes);
    return copy;
  }

  /**
   * Adds securityLabels; repeated calls add to the list.
   */
  public NewGroup securityLabels(SecurityLabel... securityLabels) {
    NewGroup copy = copy();
    copy.append("securityLabels", securityLabels);
    return copy;
  }

  /**
   * Adds tags; repeated calls add to the list.
   */
  public NewGroup tags(Tag... tags) {
    NewGroup copy = copy();
    copy.append("tags", tags);
    return copy;
  }

  /**
   * This Group in the Community or Source of that name instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public final Ref<Group> ownerName(String ownerName) {
    return inOwner("ownerName", notBlank(ownerName, "ownerName"));
  }

  /**
   * This Group in the owner with that ID instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public final Ref<Group> ownerId(long ownerId) {
    return inOwner("ownerId", whole(checkId(ownerId, "ownerId")));
  }

  /**
   * A copy for a setter to change; the class of each type copies itself.
   */
  NewGroup copy() {
    return new NewGroup(this);
  }

  /**
   * A new Document Group, with the setters every Group has and its own.
   */
  public static final class Document extends NewGroup {
    private Document(int fields) {
      super("Document", fields);
    }

    private Document(Document from) {
      super(from);
    }

    /**
     * Sets {@code fileName}.
     */
    public Document fileName(String fileName) {
      Document copy = copy();
      copy.put("fileName", notNull(fileName, "fileName"));
      return copy;
    }

    /**
     * Sets {@code malware}.
     */
    public Document malware(boolean malware) {
      Document copy = copy();
      copy.put("malware", bool(malware));
      return copy;
    }

    /**
     * Sets {@code password}.
     */
    public Document password(String password) {
      Document copy = copy();
      copy.put("password", notNull(password, "password"));
      return copy;
    }

    @Override
    public Document externalDateAdded(Instant externalDateAdded) {
      return (Document) super.externalDateAdded(externalDateAdded);
    }

    @Override
    public Document externalDateExpires(Instant externalDateExpires) {
      return (Document) super.externalDateExpires(externalDateExpires);
    }

    @Override
    public Document externalLastModified(Instant externalLastModified) {
      return (Document) super.externalLastModified(externalLastModified);
    }

    @Override
    public Document firstSeen(Instant firstSeen) {
      return (Document) super.firstSeen(firstSeen);
    }

    @Override
    public Document lastSeen(Instant lastSeen) {
      return (Document) super.lastSeen(lastSeen);
    }

    @Override
    public Document xid(String xid) {
      return (Document) super.xid(xid);
    }

    @Override
    public Document json(String field, Object value) {
      return (Document) super.json(field, value);
    }

    @Override
    public Document associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return (Document) super.associatedArtifacts(refs);
    }

    @Override
    public Document associatedCases(List<? extends Ref<Case>> refs) {
      return (Document) super.associatedCases(refs);
    }

    @Override
    public Document associatedGroups(List<? extends Ref<Group>> refs) {
      return (Document) super.associatedGroups(refs);
    }

    @Override
    public Document associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return (Document) super.associatedIndicators(refs);
    }

    @Override
    public Document associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      return (Document) super.associatedVictimAssets(refs);
    }

    @Override
    public Document attributes(Attribute... attributes) {
      return (Document) super.attributes(attributes);
    }

    @Override
    public Document securityLabels(SecurityLabel... securityLabels) {
      return (Document) super.securityLabels(securityLabels);
    }

    @Override
    public Document tags(Tag... tags) {
      return (Document) super.tags(tags);
    }

    @Override
    Document copy() {
      return new Document(this);
    }
  }

  /**
   * A new Email Group, with the setters every Group has and its own.
   */
  public static final class Email extends NewGroup {
    private Email(int fields) {
      super("Email", fields);
    }

    private Email(Email from) {
      super(from);
    }

    /**
     * Sets {@code body}.
     */
    public Email body(String body) {
      Email copy = copy();
      copy.put("body", notNull(body, "body"));
      return copy;
    }

    /**
     * Sets {@code from}.
     */
    public Email from(String from) {
      Email copy = copy();
      copy.put("from", notNull(from, "from"));
      return copy;
    }

    /**
     * Sets {@code header}.
     */
    public Email header(String header) {
      Email copy = copy();
      copy.put("header", notNull(header, "header"));
      return copy;
    }

    /**
     * Sets {@code subject}.
     */
    public Email subject(String subject) {
      Email copy = copy();
      copy.put("subject", notNull(subject, "subject"));
      return copy;
    }

    @Override
    public Email externalDateAdded(Instant externalDateAdded) {
      return (Email) super.externalDateAdded(externalDateAdded);
    }

    @Override
    public Email externalDateExpires(Instant externalDateExpires) {
      return (Email) super.externalDateExpires(externalDateExpires);
    }

    @Override
    public Email externalLastModified(Instant externalLastModified) {
      return (Email) super.externalLastModified(externalLastModified);
    }

    @Override
    public Email firstSeen(Instant firstSeen) {
      return (Email) super.firstSeen(firstSeen);
    }

    @Override
    public Email lastSeen(Instant lastSeen) {
      return (Email) super.lastSeen(lastSeen);
    }

    @Override
    public Email xid(String xid) {
      return (Email) super.xid(xid);
    }

    @Override
    public Email json(String field, Object value) {
      return (Email) super.json(field, value);
    }

    @Override
    public Email associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return (Email) super.associatedArtifacts(refs);
    }

    @Override
    public Email associatedCases(List<? extends Ref<Case>> refs) {
      return (Email) super.associatedCases(refs);
    }

    @Override
    public Email associatedGroups(List<? extends Ref<Group>> refs) {
      return (Email) super.associatedGroups(refs);
    }

    @Override
    public Email associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return (Email) super.associatedIndicators(refs);
    }

    @Override
    public Email associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      return (Email) super.associatedVictimAssets(refs);
    }

    @Override
    public Email attributes(Attribute... attributes) {
      return (Email) super.attributes(attributes);
    }

    @Override
    public Email securityLabels(SecurityLabel... securityLabels) {
      return (Email) super.securityLabels(securityLabels);
    }

    @Override
    public Email tags(Tag... tags) {
      return (Email) super.tags(tags);
    }

    @Override
    Email copy() {
      return new Email(this);
    }
  }

  /**
   * A new Event Group, with the setters every Group has and its own.
   */
  public static final class Event extends NewGroup {
    private Event(int fields) {
      super("Event", fields);
    }

    private Event(Event from) {
      super(from);
    }

    /**
     * Sets {@code eventDate}.
     */
    public Event eventDate(Instant eventDate) {
      Event copy = copy();
      copy.put("eventDate", instant(notNull(eventDate, "eventDate")));
      return copy;
    }

    /**
     * Sets {@code eventType}.
     */
    public Event eventType(String eventType) {
      Event copy = copy();
      copy.put("eventType", notNull(eventType, "eventType"));
      return copy;
    }

    /**
     * Sets {@code status}.
     */
    public Event status(EventStatus status) {
      Event copy = copy();
      copy.put("status", notNull(status, "status").wireValue());
      return copy;
    }

    @Override
    public Event externalDateAdded(Instant externalDateAdded) {
      return (Event) super.externalDateAdded(externalDateAdded);
    }

    @Override
    public Event externalDateExpires(Instant externalDateExpires) {
      return (Event) super.externalDateExpires(externalDateExpires);
    }

    @Override
    public Event externalLastModified(Instant externalLastModified) {
      return (Event) super.externalLastModified(externalLastModified);
    }

    @Override
    public Event firstSeen(Instant firstSeen) {
      return (Event) super.firstSeen(firstSeen);
    }

    @Override
    public Event lastSeen(Instant lastSeen) {
      return (Event) super.lastSeen(lastSeen);
    }

    @Override
    public Event xid(String xid) {
      return (Event) super.xid(xid);
    }

    @Override
    public Event json(String field, Object value) {
      return (Event) super.json(field, value);
    }

    @Override
    public Event associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return (Event) super.associatedArtifacts(refs);
    }

    @Override
    public Event associatedCases(List<? extends Ref<Case>> refs) {
      return (Event) super.associatedCases(refs);
    }

    @Override
    public Event associatedGroups(List<? extends Ref<Group>> refs) {
      return (Event) super.associatedGroups(refs);
    }

    @Override
    public Event associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return (Event) super.associatedIndicators(refs);
    }

    @Override
    public Event associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      return (Event) super.associatedVictimAssets(refs);
    }

    @Override
    public Event attributes(Attribute... attributes) {
      return (Event) super.attributes(attributes);
    }

    @Override
    public Event securityLabels(SecurityLabel... securityLabels) {
      return (Event) super.securityLabels(securityLabels);
    }

    @Override
    public Event tags(Tag... tags) {
      return (Event) super.tags(tags);
    }

    @Override
    Event copy() {
      return new Event(this);
    }
  }

  /**
   * A new Incident Group, with the setters every Group has and its own.
   */
  public static final class Incident extends NewGroup {
    private Incident(int fields) {
      super("Incident", fields);
    }

    private Incident(Incident from) {
      super(from);
    }

    /**
     * Sets {@code eventDate}.
     */
    public Incident eventDate(Instant eventDate) {
      Incident copy = copy();
      copy.put("eventDate", instant(notNull(eventDate, "eventDate")));
      return copy;
    }

    /**
     * Sets {@code status}.
     */
    public Incident status(IncidentStatus status) {
      Incident copy = copy();
      copy.put("status", notNull(status, "status").wireValue());
      return copy;
    }

    @Override
    public Incident externalDateAdded(Instant externalDateAdded) {
      return (Incident) super.externalDateAdded(externalDateAdded);
    }

    @Override
    public Incident externalDateExpires(Instant externalDateExpires) {
      return (Incident) super.externalDateExpires(externalDateExpires);
    }

    @Override
    public Incident externalLastModified(Instant externalLastModified) {
      return (Incident) super.externalLastModified(externalLastModified);
    }

    @Override
    public Incident firstSeen(Instant firstSeen) {
      return (Incident) super.firstSeen(firstSeen);
    }

    @Override
    public Incident lastSeen(Instant lastSeen) {
      return (Incident) super.lastSeen(lastSeen);
    }

    @Override
    public Incident xid(String xid) {
      return (Incident) super.xid(xid);
    }

    @Override
    public Incident json(String field, Object value) {
      return (Incident) super.json(field, value);
    }

    @Override
    public Incident associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return (Incident) super.associatedArtifacts(refs);
    }

    @Override
    public Incident associatedCases(List<? extends Ref<Case>> refs) {
      return (Incident) super.associatedCases(refs);
    }

    @Override
    public Incident associatedGroups(List<? extends Ref<Group>> refs) {
      return (Incident) super.associatedGroups(refs);
    }

    @Override
    public Incident associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return (Incident) super.associatedIndicators(refs);
    }

    @Override
    public Incident associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      return (Incident) super.associatedVictimAssets(refs);
    }

    @Override
    public Incident attributes(Attribute... attributes) {
      return (Incident) super.attributes(attributes);
    }

    @Override
    public Incident securityLabels(SecurityLabel... securityLabels) {
      return (Incident) super.securityLabels(securityLabels);
    }

    @Override
    public Incident tags(Tag... tags) {
      return (Incident) super.tags(tags);
    }

    @Override
    Incident copy() {
      return new Incident(this);
    }
  }

  /**
   * A new Report Group, with the setters every Group has and its own.
   */
  public static final class Report extends NewGroup {
    private Report(int fields) {
      super("Report", fields);
    }

    private Report(Report from) {
      super(from);
    }

    /**
     * Sets {@code fileName}.
     */
    public Report fileName(String fileName) {
      Report copy = copy();
      copy.put("fileName", notNull(fileName, "fileName"));
      return copy;
    }

    /**
     * Sets {@code publishDate}.
     */
    public Report publishDate(Instant publishDate) {
      Report copy = copy();
      copy.put("publishDate", instant(notNull(publishDate, "publishDate")));
      return copy;
    }

    @Override
    public Report externalDateAdded(Instant externalDateAdded) {
      return (Report) super.externalDateAdded(externalDateAdded);
    }

    @Override
    public Report externalDateExpires(Instant externalDateExpires) {
      return (Report) super.externalDateExpires(externalDateExpires);
    }

    @Override
    public Report externalLastModified(Instant externalLastModified) {
      return (Report) super.externalLastModified(externalLastModified);
    }

    @Override
    public Report firstSeen(Instant firstSeen) {
      return (Report) super.firstSeen(firstSeen);
    }

    @Override
    public Report lastSeen(Instant lastSeen) {
      return (Report) super.lastSeen(lastSeen);
    }

    @Override
    public Report xid(String xid) {
      return (Report) super.xid(xid);
    }

    @Override
    public Report json(String field, Object value) {
      return (Report) super.json(field, value);
    }

    @Override
    public Report associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return (Report) super.associatedArtifacts(refs);
    }

    @Override
    public Report associatedCases(List<? extends Ref<Case>> refs) {
      return (Report) super.associatedCases(refs);
    }

    @Override
    public Report associatedGroups(List<? extends Ref<Group>> refs) {
      return (Report) super.associatedGroups(refs);
    }

    @Override
    public Report associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return (Report) super.associatedIndicators(refs);
    }

    @Override
    public Report associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      return (Report) super.associatedVictimAssets(refs);
    }

    @Override
    public Report attributes(Attribute... attributes) {
      return (Report) super.attributes(attributes);
    }

    @Override
    public Report securityLabels(SecurityLabel... securityLabels) {
      return (Report) super.securityLabels(securityLabels);
    }

    @Override
    public Report tags(Tag... tags) {
      return (Report) super.tags(tags);
    }

    @Override
    Report copy() {
      return new Report(this);
    }
  }

  /**
   * A new Signature Group, with the setters every Group has and its own.
   */
  public static final class Signature extends NewGroup {
    private Signature(int fields) {
      super("Signature", fields);
    }

    private Signature(Signature from) {
      super(from);
    }

    /**
     * Sets {@code fileName}.
     */
    public Signature fileName(String fileName) {
      Signature copy = copy();
      copy.put("fileName", notNull(fileName, "fileName"));
      return copy;
    }

    @Override
    public Signature externalDateAdded(Instant externalDateAdded) {
      return (Signature) super.externalDateAdded(externalDateAdded);
    }

    @Override
    public Signature externalDateExpires(Instant externalDateExpires) {
      return (Signature) super.externalDateExpires(externalDateExpires);
    }

    @Override
    public Signature externalLastModified(Instant externalLastModified) {
      return (Signature) super.externalLastModified(externalLastModified);
    }

    @Override
    public Signature firstSeen(Instant firstSeen) {
      return (Signature) super.firstSeen(firstSeen);
    }

    @Override
    public Signature lastSeen(Instant lastSeen) {
      return (Signature) super.lastSeen(lastSeen);
    }

    @Override
    public Signature xid(String xid) {
      return (Signature) super.xid(xid);
    }

    @Override
    public Signature json(String field, Object value) {
      return (Signature) super.json(field, value);
    }

    @Override
    public Signature associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return (Signature) super.associatedArtifacts(refs);
    }

    @Override
    public Signature associatedCases(List<? extends Ref<Case>> refs) {
      return (Signature) super.associatedCases(refs);
    }

    @Override
    public Signature associatedGroups(List<? extends Ref<Group>> refs) {
      return (Signature) super.associatedGroups(refs);
    }

    @Override
    public Signature associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return (Signature) super.associatedIndicators(refs);
    }

    @Override
    public Signature associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      return (Signature) super.associatedVictimAssets(refs);
    }

    @Override
    public Signature attributes(Attribute... attributes) {
      return (Signature) super.attributes(attributes);
    }

    @Override
    public Signature securityLabels(SecurityLabel... securityLabels) {
      return (Signature) super.securityLabels(securityLabels);
    }

    @Override
    public Signature tags(Tag... tags) {
      return (Signature) super.tags(tags);
    }

    @Override
    Signature copy() {
      return new Signature(this);
    }
  }

  /**
   * A new Task Group, with the setters every Group has and its own.
   */
  public static final class Task extends NewGroup {
    private Task(int fields) {
      super("Task", fields);
    }

    private Task(Task from) {
      super(from);
    }

    /**
     * Sets {@code status}.
     */
    public Task status(TaskStatus status) {
      Task copy = copy();
      copy.put("status", notNull(status, "status").wireValue());
      return copy;
    }

    /**
     * Sets {@code dueDate}.
     */
    public Task dueDate(Instant dueDate) {
      Task copy = copy();
      copy.put("dueDate", instant(notNull(dueDate, "dueDate")));
      return copy;
    }

    /**
     * Sets {@code escalationDate}.
     */
    public Task escalationDate(Instant escalationDate) {
      Task copy = copy();
      copy.put("escalationDate", instant(notNull(escalationDate, "escalationDate")));
      return copy;
    }

    /**
     * Sets {@code reminderDate}.
     */
    public Task reminderDate(Instant reminderDate) {
      Task copy = copy();
      copy.put("reminderDate", instant(notNull(reminderDate, "reminderDate")));
      return copy;
    }

    @Override
    public Task externalDateAdded(Instant externalDateAdded) {
      return (Task) super.externalDateAdded(externalDateAdded);
    }

    @Override
    public Task externalDateExpires(Instant externalDateExpires) {
      return (Task) super.externalDateExpires(externalDateExpires);
    }

    @Override
    public Task externalLastModified(Instant externalLastModified) {
      return (Task) super.externalLastModified(externalLastModified);
    }

    @Override
    public Task firstSeen(Instant firstSeen) {
      return (Task) super.firstSeen(firstSeen);
    }

    @Override
    public Task lastSeen(Instant lastSeen) {
      return (Task) super.lastSeen(lastSeen);
    }

    @Override
    public Task xid(String xid) {
      return (Task) super.xid(xid);
    }

    @Override
    public Task json(String field, Object value) {
      return (Task) super.json(field, value);
    }

    @Override
    public Task associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return (Task) super.associatedArtifacts(refs);
    }

    @Override
    public Task associatedCases(List<? extends Ref<Case>> refs) {
      return (Task) super.associatedCases(refs);
    }

    @Override
    public Task associatedGroups(List<? extends Ref<Group>> refs) {
      return (Task) super.associatedGroups(refs);
    }

    @Override
    public Task associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return (Task) super.associatedIndicators(refs);
    }

    @Override
    public Task associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      return (Task) super.associatedVictimAssets(refs);
    }

    @Override
    public Task attributes(Attribute... attributes) {
      return (Task) super.attributes(attributes);
    }

    @Override
    public Task securityLabels(SecurityLabel... securityLabels) {
      return (Task) super.securityLabels(securityLabels);
    }

    @Override
    public Task tags(Tag... tags) {
      return (Task) super.tags(tags);
    }

    @Override
    Task copy() {
      return new Task(this);
    }
  }
}
