package dev.tcpivot.v3;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.tcpivot.ApiModel;
import dev.tcpivot.AttributeInfo;
import dev.tcpivot.SecurityLabelInfo;
import dev.tcpivot.TagInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * A Group as {@code /v3/groups} returns it. Fields without a typed getter, and any the server adds, are kept:
 * see {@link #unknownFields()} and {@link #asMap()}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
@JsonDeserialize(
    using = Group.Reader.class
)
public final class Group extends ApiModel {
  private static final ApiModel.KnownFields KNOWN = knownFields("id", "dateAdded", "lastModified", "webLink", "legacyLink", "upVoteCount", "downVoteCount", "to", "documentType", "documentDateAdded", "fileSize", "type", "name", "fileName", "fileText", "fileType", "malware", "password", "body", "from", "header", "subject", "eventDate", "eventType", "status", "publishDate", "dueDate", "escalationDate", "reminderDate", "externalDateAdded", "externalDateExpires", "externalLastModified", "firstSeen", "lastSeen", "ownerId", "ownerName", "xid")
      .labelledBy("name", "fileName", "fileText", "fileType")
      .withAssociation("associatedArtifacts", Artifact.class, Artifact::new)
      .withAssociation("associatedCases", Case.class, Case::new)
      .withAssociation("associatedGroups", Group.class, Group::new)
      .withAssociation("associatedIndicators", Indicator.class, Indicator::new)
      .withAssociation("associatedVictimAssets", VictimAsset.class, VictimAsset::new)
      .withList("attributes", AttributeInfo.class, AttributeInfo::new)
      .withList("securityLabels", SecurityLabelInfo.class, SecurityLabelInfo::new)
      .withList("tags", TagInfo.class, TagInfo::new);

  /**
   * Copies an object given as a map, as if the server had sent it.
   */
  public Group(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  /**
   * Takes the fields that {@link Reader} read.
   */
  private Group(ApiModel.Fields fields) {
    super(fields);
  }

  /**
   * {@code id}, or null when the response does not carry it.
   */
  public Long id() {
    return longValue("id");
  }

  /**
   * {@code dateAdded}, or null when the response does not carry it.
   */
  public Instant dateAdded() {
    return instant("dateAdded");
  }

  /**
   * {@code lastModified}, or null when the response does not carry it.
   */
  public Instant lastModified() {
    return instant("lastModified");
  }

  /**
   * {@code webLink}, or null when the response does not carry it.
   */
  public String webLink() {
    return string("webLink");
  }

  /**
   * {@code legacyLink}, or null when the response does not carry it.
   */
  public String legacyLink() {
    return string("legacyLink");
  }

  /**
   * {@code upVoteCount}, or null when the response does not carry it.
   */
  public String upVoteCount() {
    return string("upVoteCount");
  }

  /**
   * {@code downVoteCount}, or null when the response does not carry it.
   */
  public String downVoteCount() {
    return string("downVoteCount");
  }

  /**
   * {@code to}, or null when the response does not carry it.
   */
  public String to() {
    return string("to");
  }

  /**
   * {@code documentType}, or null when the response does not carry it.
   */
  public String documentType() {
    return string("documentType");
  }

  /**
   * {@code documentDateAdded}, or null when the response does not carry it.
   */
  public Instant documentDateAdded() {
    return instant("documentDateAdded");
  }

  /**
   * {@code fileSize}, or null when the response does not carry it.
   */
  public Integer fileSize() {
    return integer("fileSize");
  }

  /**
   * {@code type}, or null when the response does not carry it.
   */
  public String type() {
    return string("type");
  }

  /**
   * {@code name}, or null when the response does not carry it.
   */
  public String name() {
    return string("name");
  }

  /**
   * {@code fileName}, or null when the response does not carry it.
   */
  public String fileName() {
    return string("fileName");
  }

  /**
   * {@code fileText}, or null when the response does not carry it.
   */
  public String fileText() {
    return string("fileText");
  }

  /**
   * {@code fileType}, or null when the response does not carry it.
   */
  public String fileType() {
    return string("fileType");
  }

  /**
   * {@code malware}, or null when the response does not carry it.
   */
  public Boolean malware() {
    return bool("malware");
  }

  /**
   * {@code password}, or null when the response does not carry it.
   */
  public String password() {
    return string("password");
  }

  /**
   * {@code body}, or null when the response does not carry it.
   */
  public String body() {
    return string("body");
  }

  /**
   * {@code from}, or null when the response does not carry it.
   */
  public String from() {
    return string("from");
  }

  /**
   * {@code header}, or null when the response does not carry it.
   */
  public String header() {
    return string("header");
  }

  /**
   * {@code subject}, or null when the response does not carry it.
   */
  public String subject() {
    return string("subject");
  }

  /**
   * {@code eventDate}, or null when the response does not carry it.
   */
  public Instant eventDate() {
    return instant("eventDate");
  }

  /**
   * {@code eventType}, or null when the response does not carry it.
   */
  public String eventType() {
    return string("eventType");
  }

  /**
   * {@code status}, or null when the response does not carry it.
   */
  public String status() {
    return string("status");
  }

  /**
   * {@code publishDate}, or null when the response does not carry it.
   */
  public Instant publishDate() {
    return instant("publishDate");
  }

  /**
   * {@code dueDate}, or null when the response does not carry it.
   */
  public Instant dueDate() {
    return instant("dueDate");
  }

  /**
   * {@code escalationDate}, or null when the response does not carry it.
   */
  public Instant escalationDate() {
    return instant("escalationDate");
  }

  /**
   * {@code reminderDate}, or null when the response does not carry it.
   */
  public Instant reminderDate() {
    return instant("reminderDate");
  }

  /**
   * {@code externalDateAdded}, or null when the response does not carry it.
   */
  public Instant externalDateAdded() {
    return instant("externalDateAdded");
  }

  /**
   * {@code externalDateExpires}, or null when the response does not carry it.
   */
  public Instant externalDateExpires() {
    return instant("externalDateExpires");
  }

  /**
   * {@code externalLastModified}, or null when the response does not carry it.
   */
  public Instant externalLastModified() {
    return instant("externalLastModified");
  }

  /**
   * {@code firstSeen}, or null when the response does not carry it.
   */
  public Instant firstSeen() {
    return instant("firstSeen");
  }

  /**
   * {@code lastSeen}, or null when the response does not carry it.
   */
  public Instant lastSeen() {
    return instant("lastSeen");
  }

  /**
   * {@code ownerId}, or null when the response does not carry it.
   */
  public Long ownerId() {
    return longValue("ownerId");
  }

  /**
   * {@code ownerName}, or null when the response does not carry it.
   */
  public String ownerName() {
    return string("ownerName");
  }

  /**
   * {@code xid}, or null when the response does not carry it.
   */
  public String xid() {
    return string("xid");
  }

  /**
   * The Artifacts associated to this one; empty unless the request asked for them with {@link GroupField#ASSOCIATED_ARTIFACTS}.
   */
  public List<Artifact> associatedArtifacts() {
    return list("associatedArtifacts", Artifact::new);
  }

  /**
   * The Cases associated to this one; empty unless the request asked for them with {@link GroupField#ASSOCIATED_CASES}.
   */
  public List<Case> associatedCases() {
    return list("associatedCases", Case::new);
  }

  /**
   * The Groups associated to this one; empty unless the request asked for them with {@link GroupField#ASSOCIATED_GROUPS}.
   */
  public List<Group> associatedGroups() {
    return list("associatedGroups", Group::new);
  }

  /**
   * The Indicators associated to this one; empty unless the request asked for them with {@link GroupField#ASSOCIATED_INDICATORS}.
   */
  public List<Indicator> associatedIndicators() {
    return list("associatedIndicators", Indicator::new);
  }

  /**
   * The Victim Assets associated to this one; empty unless the request asked for them with {@link GroupField#ASSOCIATED_VICTIM_ASSETS}.
   */
  public List<VictimAsset> associatedVictimAssets() {
    return list("associatedVictimAssets", VictimAsset::new);
  }

  /**
   * The Attributes of this one; empty unless the request asked for them with {@link GroupField#ATTRIBUTES}.
   */
  public List<AttributeInfo> attributes() {
    return list("attributes", AttributeInfo::new);
  }

  /**
   * The Security Labels of this one; empty unless the request asked for them with {@link GroupField#SECURITY_LABELS}.
   */
  public List<SecurityLabelInfo> securityLabels() {
    return list("securityLabels", SecurityLabelInfo::new);
  }

  /**
   * The Tags of this one; empty unless the request asked for them with {@link GroupField#TAGS}.
   */
  public List<TagInfo> tags() {
    return list("tags", TagInfo::new);
  }

  /**
   * The JSON reading of {@link Group}, in one pass over an object's tokens; the JSON mapping finds it
   * through {@code @JsonDeserialize}.
   */
  static final class Reader extends ApiModel.ModelReader<Group> {
    Reader() {
      super(Group.class, KNOWN, Group::new);
    }
  }
}
