package dev.tcpivot;

import dev.tcpivot.spec.BatchRules.Side;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.EnumType;
import java.time.Instant;
import java.util.List;

/**
 * A Group of a batch file, made by the generated factories ({@code BatchGroups.incident(xid,
 * name)}) and added with {@link BatchFile#add(BatchGroup)}. The file names it by XID, so it is
 * also the ref to itself in associations. Fields are those of v2_batch_api_group_fields.rst; a
 * field that only some types take is refused on the others (batch.table). Instances are immutable,
 * each method returns a copy.
 */
public final class BatchGroup extends BatchGroupRef {
  private final String type;
  private final String xid;
  private final BatchFields fields;

  BatchGroup(String type, String xid, String name) {
    this.type = Checks.notBlank(type, "type");
    this.xid = Checks.notBlank(xid, "xid");
    this.fields = new BatchFields()
        .put("name", Checks.notBlank(name, "name")).put("type", type).put("xid", xid);
  }

  private BatchGroup(BatchGroup from, BatchFields fields) {
    this.type = from.type;
    this.xid = from.xid;
    this.fields = fields;
  }

  private BatchGroup with(BatchFields changed) {
    return new BatchGroup(this, changed);
  }

  /** A field that a factory requires (an Email's subject, a Signature's file). */
  BatchGroup required(String field, String value) {
    return with(fields.copy().put(field, Checks.notBlank(value, field)));
  }

  private BatchFields taken(String field) {
    BatchFields.requireTaken(Side.GROUP, type, field);
    return fields.copy();
  }

  /** When the event or incident took place (Event and Incident Groups). */
  public BatchGroup eventDate(Instant eventDate) {
    return with(taken("eventDate").put("eventDate", eventDate));
  }

  /** When the report was published (Report Groups). */
  public BatchGroup publishDate(Instant publishDate) {
    return with(taken("publishDate").put("publishDate", publishDate));
  }

  /**
   * The type of an Event (Event Groups; v2_batch_api_group_fields.rst L85-115). An instance
   * defines its own event types ({@code GET /v3/groups/eventTypeCategories}), so only a blank
   * value is refused here.
   */
  public BatchGroup eventType(String eventType) {
    return with(taken("eventType").put("eventType", Checks.notBlank(eventType, "eventType")));
  }

  /**
   * The status of an Event or an Incident, one of the values its type accepts (Event and Incident
   * Groups; v2_batch_api_group_fields.rst L208-236, v3/groups/fields.rst footnotes 7 and 8).
   *
   * @throws IllegalArgumentException for another type, or a value the type does not accept
   */
  public BatchGroup status(String status) {
    Checks.notNull(status, "status");
    BodyField field = BatchFields.v3Field(Side.GROUP, type, "status");
    List<String> accepted = field.value().enumType().map(EnumType::values).orElse(List.of());
    if (!accepted.isEmpty() && !accepted.contains(status)) {
      throw new IllegalArgumentException("status of " + type + " Groups must be one of " + String.join(", ", accepted) + ", not '" + status + "' ("
          + field.source() + ")");
    }
    return with(fields.copy().put("status", status));
  }

  /** The sender's address of an Email (Email Groups). */
  public BatchGroup from(String from) {
    return with(taken("from").put("from", Checks.notBlank(from, "from")));
  }

  /** The recipient's address of an Email (Email Groups; v2_batch_api_group_fields.rst L249-252). */
  public BatchGroup to(String to) {
    return with(taken("to").put("to", Checks.notBlank(to, "to")));
  }

  /**
   * The name of the Group's file (Document and Report Groups, where it is optional; a Signature's
   * comes from its factory).
   */
  public BatchGroup fileName(String fileName) {
    return with(taken("fileName").put("fileName", Checks.notBlank(fileName, "fileName")));
  }

  /**
   * Marks a Document's file as malware, with the password that the API requires with it
   * (Document Groups; v2_batch_api_group_fields.rst L178-191).
   */
  public BatchGroup malware(String password) {
    Checks.notBlank(password, "password");
    return with(taken("malware").put("malware", true).put("password", password));
  }

  /**
   * An AI-generated summary and its provider, which the API requires with it (Document, Event and
   * Report Groups; v2_batch_api_group_fields.rst L13-16, L168-173).
   */
  public BatchGroup insights(String insights, String aiProvider) {
    Checks.notBlank(aiProvider, "aiProvider");
    return with(taken("insights").put("insights", Checks.notBlank(insights, "insights"))
        .put("aiProvider", aiProvider));
  }

  /** When the AI-generated summary was last retrieved (Document, Event and Report Groups). */
  public BatchGroup aiLastRetrievalDate(Instant date) {
    return with(taken("aiLastRetrievalDate").put("aiLastRetrievalDate", date));
  }

  /** When the Group was first seen. */
  public BatchGroup firstSeen(Instant firstSeen) {
    return with(fields.copy().put("firstSeen", firstSeen));
  }

  /** When the Group was last seen. */
  public BatchGroup lastSeen(Instant lastSeen) {
    return with(fields.copy().put("lastSeen", lastSeen));
  }

  /** When the Group was created externally. */
  public BatchGroup externalDateAdded(Instant date) {
    return with(fields.copy().put("externalDateAdded", date));
  }

  /** When the Group expires externally. */
  public BatchGroup externalDateExpires(Instant date) {
    return with(fields.copy().put("externalDateExpires", date));
  }

  /** When the Group was last modified externally. */
  public BatchGroup externalLastModified(Instant date) {
    return with(fields.copy().put("externalLastModified", date));
  }

  /** With a Tag, by name. */
  public BatchGroup tag(String name) {
    return with(fields.copy().addNamed("tag", name, null, null));
  }

  /** With an existing Security Label, by name. */
  public BatchGroup securityLabel(String name) {
    return with(fields.copy().label(name));
  }

  /** With a Security Label that the job creates if it does not exist: its color (e.g. FF0000) and description. */
  public BatchGroup securityLabel(String name, String color, String description) {
    return with(fields.copy().label(name, color, description));
  }

  /** With an Attribute. */
  public BatchGroup attribute(BatchAttribute attribute) {
    return with(fields.copy().add("attribute", Checks.notNull(attribute, "attribute").node()));
  }

  @Override
  String xid() {
    return xid;
  }

  @Override
  long id() {
    return 0;
  }

  @Override
  boolean inFile() {
    return true;
  }

  BatchFields fields() {
    return fields;
  }

  /** The Group's JSON, as the file holds it. */
  @Override
  public String toString() {
    return fields.node.toString();
  }
}
