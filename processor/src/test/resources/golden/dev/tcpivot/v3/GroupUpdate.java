package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.Block;
import dev.tcpivot.Metadata;
import dev.tcpivot.Ref;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/groups/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/groups} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class GroupUpdate extends WireObject {
  private GroupUpdate() {
    super("GroupUpdate", WireObject.Kind.VALUE);
  }

  private GroupUpdate(GroupUpdate from) {
    super(from);
  }

  /**
   * Changes to a Group of any type.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Changes to a Document Group: the fields every Group has and those of {@code Document} only.
   */
  public static Document document() {
    return new Document();
  }

  /**
   * Changes to an Email Group: the fields every Group has and those of {@code Email} only.
   */
  public static Email email() {
    return new Email();
  }

  /**
   * Changes to an Event Group: the fields every Group has and those of {@code Event} only.
   */
  public static Event event() {
    return new Event();
  }

  /**
   * Changes to an Incident Group: the fields every Group has and those of {@code Incident} only.
   */
  public static Incident incident() {
    return new Incident();
  }

  /**
   * Changes to a Report Group: the fields every Group has and those of {@code Report} only.
   */
  public static Report report() {
    return new Report();
  }

  /**
   * Changes to a Signature Group: the fields every Group has and those of {@code Signature} only.
   */
  public static Signature signature() {
    return new Signature();
  }

  /**
   * Changes to a Task Group: the fields every Group has and those of {@code Task} only.
   */
  public static Task task() {
    return new Task();
  }

  /**
   * A builder that starts from this body's changes, to add to them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The setters of every Group's changes, shared by {@link Builder} and the builder of each
   * type that has fields of its own.
   *
   * @param <B> the builder itself
   */
  public abstract static class Changes<B extends Changes<B>> {
    final GroupUpdate draft;

    Changes() {
      this.draft = new GroupUpdate();
    }

    Changes(GroupUpdate from) {
      this.draft = new GroupUpdate(from);
    }

    abstract B self();

    /**
     * Sets {@code name}.
     */
    public final B name(String name) {
      draft.put("name", notNull(name, "name"));
      return self();
    }

    /**
     * Sets {@code externalDateAdded}.
     */
    public final B externalDateAdded(Instant externalDateAdded) {
      draft.put("externalDateAdded", instant(notNull(externalDateAdded, "externalDateAdded")));
      return self();
    }

    /**
     * Sets {@code externalDateExpires}.
     */
    public final B externalDateExpires(Instant externalDateExpires) {
      draft.put("externalDateExpires", instant(notNull(externalDateExpires, "externalDateExpires")));
      return self();
    }

    /**
     * Sets {@code externalLastModified}.
     */
    public final B externalLastModified(Instant externalLastModified) {
      draft.put("externalLastModified", instant(notNull(externalLastModified, "externalLastModified")));
      return self();
    }

    /**
     * Sets {@code firstSeen}.
     */
    public final B firstSeen(Instant firstSeen) {
      draft.put("firstSeen", instant(notNull(firstSeen, "firstSeen")));
      return self();
    }

    /**
     * Sets {@code lastSeen}.
     */
    public final B lastSeen(Instant lastSeen) {
      draft.put("lastSeen", instant(notNull(lastSeen, "lastSeen")));
      return self();
    }

    /**
     * Sets one of the fields this SDK sends as given: reviews, assignments. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public final B json(String field, Object value) {
      draft.put(oneOf(field, "field", "reviews", "assignments"), data(value, field));
      return self();
    }

    /**
     * Associates the Artifacts; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedArtifacts(Ref<Artifact>... refs) {
      draft.append("associatedArtifacts", refs);
      return self();
    }

    /**
     * Associates the Artifacts in the list, in order; repeated calls add to the list.
     */
    public final B associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      draft.append("associatedArtifacts", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Artifacts, as the block says (see {@link Associations}).
     */
    public final B associatedArtifacts(Block<? extends Ref<Artifact>> block) {
      draft.block("associatedArtifacts", block);
      return self();
    }

    /**
     * Associates the Cases; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedCases(Ref<Case>... refs) {
      draft.append("associatedCases", refs);
      return self();
    }

    /**
     * Associates the Cases in the list, in order; repeated calls add to the list.
     */
    public final B associatedCases(List<? extends Ref<Case>> refs) {
      draft.append("associatedCases", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Cases, as the block says (see {@link Associations}).
     */
    public final B associatedCases(Block<? extends Ref<Case>> block) {
      draft.block("associatedCases", block);
      return self();
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedGroups(Ref<Group>... refs) {
      draft.append("associatedGroups", refs);
      return self();
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public final B associatedGroups(List<? extends Ref<Group>> refs) {
      draft.append("associatedGroups", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}).
     */
    public final B associatedGroups(Block<? extends Ref<Group>> block) {
      draft.block("associatedGroups", block);
      return self();
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedIndicators(Ref<Indicator>... refs) {
      draft.append("associatedIndicators", refs);
      return self();
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public final B associatedIndicators(List<? extends Ref<Indicator>> refs) {
      draft.append("associatedIndicators", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Indicators, as the block says (see {@link Associations}).
     */
    public final B associatedIndicators(Block<? extends Ref<Indicator>> block) {
      draft.block("associatedIndicators", block);
      return self();
    }

    /**
     * Associates the Victim Assets; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedVictimAssets(Ref<VictimAsset>... refs) {
      draft.append("associatedVictimAssets", refs);
      return self();
    }

    /**
     * Associates the Victim Assets in the list, in order; repeated calls add to the list.
     */
    public final B associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      draft.append("associatedVictimAssets", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Victim Assets, as the block says (see {@link Associations}).
     */
    public final B associatedVictimAssets(Block<? extends Ref<VictimAsset>> block) {
      draft.block("associatedVictimAssets", block);
      return self();
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public final B attributes(Attribute... attributes) {
      draft.append("attributes", attributes);
      return self();
    }

    /**
     * Appends, replaces or deletes attributes, as the block says (see {@link Metadata}).
     */
    public final B attributes(Block<? extends Attribute> block) {
      draft.block("attributes", block);
      return self();
    }

    /**
     * Adds securityLabels; repeated calls add to the list.
     */
    public final B securityLabels(SecurityLabel... securityLabels) {
      draft.append("securityLabels", securityLabels);
      return self();
    }

    /**
     * Appends, replaces or deletes securityLabels, as the block says (see {@link Metadata}).
     */
    public final B securityLabels(Block<? extends SecurityLabel> block) {
      draft.block("securityLabels", block);
      return self();
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public final B tags(Tag... tags) {
      draft.append("tags", tags);
      return self();
    }

    /**
     * Appends, replaces or deletes tags, as the block says (see {@link Metadata}).
     */
    public final B tags(Block<? extends Tag> block) {
      draft.block("tags", block);
      return self();
    }

    /**
     * The body.
     *
     * @throws IllegalStateException when nothing was set: a PUT must change something
     */
    public final GroupUpdate build() {
      if (draft.isEmpty()) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new GroupUpdate(draft);
    }
  }

  /**
   * Collects the changes to a Group. Each setter checks its argument at once.
   */
  public static final class Builder extends Changes<Builder> {
    private Builder() {
    }

    private Builder(GroupUpdate from) {
      super(from);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets {@code fileName} (Document, Report, Signature Groups only).
     */
    public Builder fileName(String fileName) {
      draft.put("fileName", notNull(fileName, "fileName"));
      return this;
    }

    /**
     * Sets {@code fileText} (Signature Groups only).
     */
    public Builder fileText(String fileText) {
      draft.put("fileText", notNull(fileText, "fileText"));
      return this;
    }

    /**
     * Sets {@code fileType} (Signature Groups only).
     */
    public Builder fileType(String fileType) {
      draft.put("fileType", notNull(fileType, "fileType"));
      return this;
    }

    /**
     * Sets {@code malware} (Document Groups only).
     */
    public Builder malware(boolean malware) {
      draft.put("malware", bool(malware));
      return this;
    }

    /**
     * Sets {@code password} (Document Groups only).
     */
    public Builder password(String password) {
      draft.put("password", notNull(password, "password"));
      return this;
    }

    /**
     * Sets {@code body} (Email Groups only).
     */
    public Builder body(String body) {
      draft.put("body", notNull(body, "body"));
      return this;
    }

    /**
     * Sets {@code from} (Email Groups only).
     */
    public Builder from(String from) {
      draft.put("from", notNull(from, "from"));
      return this;
    }

    /**
     * Sets {@code header} (Email Groups only).
     */
    public Builder header(String header) {
      draft.put("header", notNull(header, "header"));
      return this;
    }

    /**
     * Sets {@code subject} (Email Groups only).
     */
    public Builder subject(String subject) {
      draft.put("subject", notNull(subject, "subject"));
      return this;
    }

    /**
     * Sets {@code eventDate} (Event, Incident Groups only).
     */
    public Builder eventDate(Instant eventDate) {
      draft.put("eventDate", instant(notNull(eventDate, "eventDate")));
      return this;
    }

    /**
     * Sets {@code eventType} (Event Groups only).
     */
    public Builder eventType(String eventType) {
      draft.put("eventType", notNull(eventType, "eventType"));
      return this;
    }

    /**
     * Sets {@code status} (Event Groups only).
     */
    public Builder status(EventStatus status) {
      draft.put("status", notNull(status, "status").wireValue());
      return this;
    }

    /**
     * Sets {@code status} (Incident Groups only).
     */
    public Builder status(IncidentStatus status) {
      draft.put("status", notNull(status, "status").wireValue());
      return this;
    }

    /**
     * Sets {@code publishDate} (Report Groups only).
     */
    public Builder publishDate(Instant publishDate) {
      draft.put("publishDate", instant(notNull(publishDate, "publishDate")));
      return this;
    }

    /**
     * Sets {@code dueDate} (Task Groups only).
     */
    public Builder dueDate(Instant dueDate) {
      draft.put("dueDate", instant(notNull(dueDate, "dueDate")));
      return this;
    }

    /**
     * Sets {@code escalationDate} (Task Groups only).
     */
    public Builder escalationDate(Instant escalationDate) {
      draft.put("escalationDate", instant(notNull(escalationDate, "escalationDate")));
      return this;
    }

    /**
     * Sets {@code reminderDate} (Task Groups only).
     */
    public Builder reminderDate(Instant reminderDate) {
      draft.put("reminderDate", instant(notNull(reminderDate, "reminderDate")));
      return this;
    }
  }

  /**
   * Collects changes to a Document Group: the fields every Group has and its own.
   */
  public static final class Document extends Changes<Document> {
    private Document() {
    }

    @Override
    Document self() {
      return this;
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
  }

  /**
   * Collects changes to an Email Group: the fields every Group has and its own.
   */
  public static final class Email extends Changes<Email> {
    private Email() {
    }

    @Override
    Email self() {
      return this;
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
  }

  /**
   * Collects changes to an Event Group: the fields every Group has and its own.
   */
  public static final class Event extends Changes<Event> {
    private Event() {
    }

    @Override
    Event self() {
      return this;
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
  }

  /**
   * Collects changes to an Incident Group: the fields every Group has and its own.
   */
  public static final class Incident extends Changes<Incident> {
    private Incident() {
    }

    @Override
    Incident self() {
      return this;
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
  }

  /**
   * Collects changes to a Report Group: the fields every Group has and its own.
   */
  public static final class Report extends Changes<Report> {
    private Report() {
    }

    @Override
    Report self() {
      return this;
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
  }

  /**
   * Collects changes to a Signature Group: the fields every Group has and its own.
   */
  public static final class Signature extends Changes<Signature> {
    private Signature() {
    }

    @Override
    Signature self() {
      return this;
    }

    /**
     * Sets {@code fileName}.
     */
    public Signature fileName(String fileName) {
      draft.put("fileName", notNull(fileName, "fileName"));
      return this;
    }

    /**
     * Sets {@code fileText}.
     */
    public Signature fileText(String fileText) {
      draft.put("fileText", notNull(fileText, "fileText"));
      return this;
    }

    /**
     * Sets {@code fileType}.
     */
    public Signature fileType(String fileType) {
      draft.put("fileType", notNull(fileType, "fileType"));
      return this;
    }
  }

  /**
   * Collects changes to a Task Group: the fields every Group has and its own.
   */
  public static final class Task extends Changes<Task> {
    private Task() {
    }

    @Override
    Task self() {
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
  }
}
