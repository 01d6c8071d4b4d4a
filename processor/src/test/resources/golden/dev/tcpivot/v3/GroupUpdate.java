package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.Block;
import dev.tcpivot.Metadata;
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
 * The body of {@code PUT /v3/groups/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/groups} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class GroupUpdate extends WireObject {
  private GroupUpdate(Fields fields) {
    super(fields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the changes to a group. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields = Fields.builder();

    private Builder() {
    }

    /**
     * Sets {@code name}.
     */
    public Builder name(String name) {
      return put("name", Checks.notNull(name, "name"));
    }

    /**
     * Sets {@code fileName} (Document, Report, Signature Groups only).
     */
    public Builder fileName(String fileName) {
      return put("fileName", Checks.notNull(fileName, "fileName"));
    }

    /**
     * Sets {@code fileText} (Signature Groups only).
     */
    public Builder fileText(String fileText) {
      return put("fileText", Checks.notNull(fileText, "fileText"));
    }

    /**
     * Sets {@code fileType} (Signature Groups only).
     */
    public Builder fileType(String fileType) {
      return put("fileType", Checks.notNull(fileType, "fileType"));
    }

    /**
     * Sets {@code malware} (Document Groups only).
     */
    public Builder malware(boolean malware) {
      return put("malware", malware);
    }

    /**
     * Sets {@code password} (Document Groups only).
     */
    public Builder password(String password) {
      return put("password", Checks.notNull(password, "password"));
    }

    /**
     * Sets {@code body} (Email Groups only).
     */
    public Builder body(String body) {
      return put("body", Checks.notNull(body, "body"));
    }

    /**
     * Sets {@code from} (Email Groups only).
     */
    public Builder from(String from) {
      return put("from", Checks.notNull(from, "from"));
    }

    /**
     * Sets {@code header} (Email Groups only).
     */
    public Builder header(String header) {
      return put("header", Checks.notNull(header, "header"));
    }

    /**
     * Sets {@code subject} (Email Groups only).
     */
    public Builder subject(String subject) {
      return put("subject", Checks.notNull(subject, "subject"));
    }

    /**
     * Sets {@code eventDate} (Event, Incident Groups only).
     */
    public Builder eventDate(Instant eventDate) {
      return put("eventDate", Checks.notNull(eventDate, "eventDate"));
    }

    /**
     * Sets {@code eventType} (Event Groups only).
     */
    public Builder eventType(String eventType) {
      return put("eventType", Checks.notNull(eventType, "eventType"));
    }

    /**
     * Sets {@code status} (Event Groups only).
     */
    public Builder status(EventStatus status) {
      return put("status", Checks.notNull(status, "status"));
    }

    /**
     * Sets {@code status} (Incident Groups only).
     */
    public Builder status(IncidentStatus status) {
      return put("status", Checks.notNull(status, "status"));
    }

    /**
     * Sets {@code publishDate} (Report Groups only).
     */
    public Builder publishDate(Instant publishDate) {
      return put("publishDate", Checks.notNull(publishDate, "publishDate"));
    }

    /**
     * Sets {@code dueDate} (Task Groups only).
     */
    public Builder dueDate(Instant dueDate) {
      return put("dueDate", Checks.notNull(dueDate, "dueDate"));
    }

    /**
     * Sets {@code escalationDate} (Task Groups only).
     */
    public Builder escalationDate(Instant escalationDate) {
      return put("escalationDate", Checks.notNull(escalationDate, "escalationDate"));
    }

    /**
     * Sets {@code reminderDate} (Task Groups only).
     */
    public Builder reminderDate(Instant reminderDate) {
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
     * Appends, replaces or deletes associations to Artifacts, as the block says (see {@link Associations}).
     */
    public Builder associatedArtifacts(Block<? extends Ref<Artifact>> block) {
      return put("associatedArtifacts", Requests.block(current("associatedArtifacts"), block, "associatedArtifacts"));
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
     * Appends, replaces or deletes associations to Cases, as the block says (see {@link Associations}).
     */
    public Builder associatedCases(Block<? extends Ref<Case>> block) {
      return put("associatedCases", Requests.block(current("associatedCases"), block, "associatedCases"));
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
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}).
     */
    public Builder associatedGroups(Block<? extends Ref<Group>> block) {
      return put("associatedGroups", Requests.block(current("associatedGroups"), block, "associatedGroups"));
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
     * Appends, replaces or deletes associations to Indicators, as the block says (see {@link Associations}).
     */
    public Builder associatedIndicators(Block<? extends Ref<Indicator>> block) {
      return put("associatedIndicators", Requests.block(current("associatedIndicators"), block, "associatedIndicators"));
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
     * Appends, replaces or deletes associations to Victim Assets, as the block says (see {@link Associations}).
     */
    public Builder associatedVictimAssets(Block<? extends Ref<VictimAsset>> block) {
      return put("associatedVictimAssets", Requests.block(current("associatedVictimAssets"), block, "associatedVictimAssets"));
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      return put("attributes", Requests.refs(current("attributes"), attributes, "attributes"));
    }

    /**
     * Appends, replaces or deletes attributes, as the block says (see {@link Metadata}).
     */
    public Builder attributes(Block<? extends Attribute> block) {
      return put("attributes", Requests.block(current("attributes"), block, "attributes"));
    }

    /**
     * Adds securityLabels; repeated calls add to the list.
     */
    public Builder securityLabels(SecurityLabel... securityLabels) {
      return put("securityLabels", Requests.refs(current("securityLabels"), securityLabels, "securityLabels"));
    }

    /**
     * Appends, replaces or deletes securityLabels, as the block says (see {@link Metadata}).
     */
    public Builder securityLabels(Block<? extends SecurityLabel> block) {
      return put("securityLabels", Requests.block(current("securityLabels"), block, "securityLabels"));
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public Builder tags(Tag... tags) {
      return put("tags", Requests.refs(current("tags"), tags, "tags"));
    }

    /**
     * Appends, replaces or deletes tags, as the block says (see {@link Metadata}).
     */
    public Builder tags(Block<? extends Tag> block) {
      return put("tags", Requests.block(current("tags"), block, "tags"));
    }

    /**
     * The body.
     *
     * @throws IllegalStateException when nothing was set: a PUT must change something
     */
    public GroupUpdate build() {
      Fields built = fields.build();
      if (built.size() == 0) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new GroupUpdate(built);
    }

    private Builder put(String name, Object value) {
      fields.put(name, value);
      return this;
    }

    private Object current(String name) {
      return fields.get(name);
    }
  }
}
