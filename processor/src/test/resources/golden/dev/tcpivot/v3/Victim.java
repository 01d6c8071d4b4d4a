package dev.tcpivot.v3;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.tcpivot.ApiModel;
import dev.tcpivot.AttributeInfo;
import dev.tcpivot.SecurityLabelInfo;
import dev.tcpivot.TagInfo;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * A Victim as {@code /v3/victims} returns it. Fields without a typed getter, and any the server adds, are kept:
 * see {@link #unknownFields()} and {@link #asMap()}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
@JsonDeserialize(
    using = Victim.Reader.class
)
public final class Victim extends ApiModel {
  private static final ApiModel.KnownFields KNOWN = knownFields("id", "ownerId", "ownerName", "webLink", "description", "name", "nationality", "org", "suborg", "workLocation")
      .labelledBy("name")
      .withAssociation("associatedGroups", Group.class, Group::new)
      .withList("attributes", AttributeInfo.class, AttributeInfo::new)
      .withList("securityLabels", SecurityLabelInfo.class, SecurityLabelInfo::new)
      .withList("tags", TagInfo.class, TagInfo::new);

  /**
   * Copies an object given as a map, as if the server had sent it.
   */
  public Victim(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  /**
   * Takes the fields that {@link Reader} read.
   */
  private Victim(ApiModel.Fields fields) {
    super(fields);
  }

  /**
   * {@code id}, or null when the response does not carry it.
   */
  public Long id() {
    return longValue("id");
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
   * {@code webLink}, or null when the response does not carry it.
   */
  public String webLink() {
    return string("webLink");
  }

  /**
   * {@code description}, or null when the response does not carry it.
   */
  public String description() {
    return string("description");
  }

  /**
   * {@code name}, or null when the response does not carry it.
   */
  public String name() {
    return string("name");
  }

  /**
   * {@code nationality}, or null when the response does not carry it.
   */
  public String nationality() {
    return string("nationality");
  }

  /**
   * {@code org}, or null when the response does not carry it.
   */
  public String org() {
    return string("org");
  }

  /**
   * {@code suborg}, or null when the response does not carry it.
   */
  public String suborg() {
    return string("suborg");
  }

  /**
   * {@code workLocation}, or null when the response does not carry it.
   */
  public String workLocation() {
    return string("workLocation");
  }

  /**
   * The Groups associated to this one; empty unless the request asked for them with {@link VictimField#ASSOCIATED_GROUPS}.
   */
  public List<Group> associatedGroups() {
    return list("associatedGroups", Group::new);
  }

  /**
   * The Attributes of this one; empty unless the request asked for them with {@link VictimField#ATTRIBUTES}.
   */
  public List<AttributeInfo> attributes() {
    return list("attributes", AttributeInfo::new);
  }

  /**
   * The Security Labels of this one; empty unless the request asked for them with {@link VictimField#SECURITY_LABELS}.
   */
  public List<SecurityLabelInfo> securityLabels() {
    return list("securityLabels", SecurityLabelInfo::new);
  }

  /**
   * The Tags of this one; empty unless the request asked for them with {@link VictimField#TAGS}.
   */
  public List<TagInfo> tags() {
    return list("tags", TagInfo::new);
  }

  /**
   * The JSON reading of {@link Victim}, in one pass over an object's tokens; the JSON mapping finds it
   * through {@code @JsonDeserialize}.
   */
  static final class Reader extends ApiModel.ModelReader<Victim> {
    Reader() {
      super(Victim.class, KNOWN, Victim::new);
    }
  }
}
