package dev.tcpivot.v3;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.tcpivot.ApiModel;
import dev.tcpivot.AttributeInfo;
import dev.tcpivot.SecurityLabelInfo;
import dev.tcpivot.TagInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * An Indicator as {@code /v3/indicators} returns it. Fields without a typed getter, and any the server adds, are kept:
 * see {@link #unknownFields()} and {@link #asMap()}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
@JsonDeserialize(
    using = Indicator.Reader.class
)
public final class Indicator extends ApiModel {
  private static final ApiModel.KnownFields KNOWN = knownFields("id", "dateAdded", "lastModified", "summary", "description", "source", "webLink", "legacyLink", "type", "ip", "address", "md5", "sha1", "sha256", "hostName", "text", "AS Number", "Block", "Subject", "Hashtag", "Mutex", "Key Name", "Value Name", "Value Type", "User Agent String", "size", "dnsActive", "whoisActive", "active", "activeLocked", "confidence", "externalDateAdded", "externalDateExpires", "externalLastModified", "falsePositiveFlag", "firstSeen", "lastSeen", "observations", "ownerId", "ownerName", "privateFlag", "rating")
      .labelledBy("summary")
      .withAssociation("associatedArtifacts", Artifact.class, Artifact::new)
      .withAssociation("associatedCases", Case.class, Case::new)
      .withAssociation("associatedGroups", Group.class, Group::new)
      .withAssociation("associatedIndicators", Indicator.class, Indicator::new)
      .withList("attributes", AttributeInfo.class, AttributeInfo::new)
      .withList("securityLabels", SecurityLabelInfo.class, SecurityLabelInfo::new)
      .withList("tags", TagInfo.class, TagInfo::new);

  /**
   * Copies an object given as a map, as if the server had sent it.
   */
  public Indicator(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  /**
   * Takes the fields that {@link Reader} read.
   */
  private Indicator(ApiModel.Fields fields) {
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
   * {@code summary}, or null when the response does not carry it.
   */
  public String summary() {
    return string("summary");
  }

  /**
   * {@code description}, or null when the response does not carry it.
   */
  public String description() {
    return string("description");
  }

  /**
   * {@code source}, or null when the response does not carry it.
   */
  public String source() {
    return string("source");
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
   * {@code type}, or null when the response does not carry it.
   */
  public String type() {
    return string("type");
  }

  /**
   * {@code ip}, or null when the response does not carry it.
   */
  public String ip() {
    return string("ip");
  }

  /**
   * {@code address}, or null when the response does not carry it.
   */
  public String address() {
    return string("address");
  }

  /**
   * {@code md5}, or null when the response does not carry it.
   */
  public String md5() {
    return string("md5");
  }

  /**
   * {@code sha1}, or null when the response does not carry it.
   */
  public String sha1() {
    return string("sha1");
  }

  /**
   * {@code sha256}, or null when the response does not carry it.
   */
  public String sha256() {
    return string("sha256");
  }

  /**
   * {@code hostName}, or null when the response does not carry it.
   */
  public String hostName() {
    return string("hostName");
  }

  /**
   * {@code text}, or null when the response does not carry it.
   */
  public String text() {
    return string("text");
  }

  /**
   * {@code AS Number}, or null when the response does not carry it.
   */
  public String asNumber() {
    return string("AS Number");
  }

  /**
   * {@code Block}, or null when the response does not carry it.
   */
  public String block() {
    return string("Block");
  }

  /**
   * {@code Subject}, or null when the response does not carry it.
   */
  public String subject() {
    return string("Subject");
  }

  /**
   * {@code Hashtag}, or null when the response does not carry it.
   */
  public String hashtag() {
    return string("Hashtag");
  }

  /**
   * {@code Mutex}, or null when the response does not carry it.
   */
  public String mutex() {
    return string("Mutex");
  }

  /**
   * {@code Key Name}, or null when the response does not carry it.
   */
  public String keyName() {
    return string("Key Name");
  }

  /**
   * {@code Value Name}, or null when the response does not carry it.
   */
  public String valueName() {
    return string("Value Name");
  }

  /**
   * {@code Value Type}, or null when the response does not carry it.
   */
  public RegistryValueType valueType() {
    return enumValue("Value Type", RegistryValueType::fromWire);
  }

  /**
   * {@code User Agent String}, or null when the response does not carry it.
   */
  public String userAgentString() {
    return string("User Agent String");
  }

  /**
   * {@code size}, or null when the response does not carry it.
   */
  public String size() {
    return string("size");
  }

  /**
   * {@code dnsActive}, or null when the response does not carry it.
   */
  public Boolean dnsActive() {
    return bool("dnsActive");
  }

  /**
   * {@code whoisActive}, or null when the response does not carry it.
   */
  public Boolean whoisActive() {
    return bool("whoisActive");
  }

  /**
   * {@code active}, or null when the response does not carry it.
   */
  public Boolean active() {
    return bool("active");
  }

  /**
   * {@code activeLocked}, or null when the response does not carry it.
   */
  public Boolean activeLocked() {
    return bool("activeLocked");
  }

  /**
   * {@code confidence}, or null when the response does not carry it.
   */
  public Integer confidence() {
    return integer("confidence");
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
   * {@code falsePositiveFlag}, or null when the response does not carry it.
   */
  public Boolean falsePositiveFlag() {
    return bool("falsePositiveFlag");
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
   * {@code observations}, or null when the response does not carry it.
   */
  public Integer observations() {
    return integer("observations");
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
   * {@code privateFlag}, or null when the response does not carry it.
   */
  public Boolean privateFlag() {
    return bool("privateFlag");
  }

  /**
   * {@code rating}, or null when the response does not carry it.
   */
  public BigDecimal rating() {
    return decimal("rating");
  }

  /**
   * The Artifacts associated to this one; empty unless the request asked for them with {@link IndicatorField#ASSOCIATED_ARTIFACTS}.
   */
  public List<Artifact> associatedArtifacts() {
    return list("associatedArtifacts", Artifact::new);
  }

  /**
   * The Cases associated to this one; empty unless the request asked for them with {@link IndicatorField#ASSOCIATED_CASES}.
   */
  public List<Case> associatedCases() {
    return list("associatedCases", Case::new);
  }

  /**
   * The Groups associated to this one; empty unless the request asked for them with {@link IndicatorField#ASSOCIATED_GROUPS}.
   */
  public List<Group> associatedGroups() {
    return list("associatedGroups", Group::new);
  }

  /**
   * The Indicators associated to this one; empty unless the request asked for them with {@link IndicatorField#ASSOCIATED_INDICATORS}.
   */
  public List<Indicator> associatedIndicators() {
    return list("associatedIndicators", Indicator::new);
  }

  /**
   * The Attributes of this one; empty unless the request asked for them with {@link IndicatorField#ATTRIBUTES}.
   */
  public List<AttributeInfo> attributes() {
    return list("attributes", AttributeInfo::new);
  }

  /**
   * The Security Labels of this one; empty unless the request asked for them with {@link IndicatorField#SECURITY_LABELS}.
   */
  public List<SecurityLabelInfo> securityLabels() {
    return list("securityLabels", SecurityLabelInfo::new);
  }

  /**
   * The Tags of this one; empty unless the request asked for them with {@link IndicatorField#TAGS}.
   */
  public List<TagInfo> tags() {
    return list("tags", TagInfo::new);
  }

  /**
   * The JSON reading of {@link Indicator}, in one pass over an object's tokens; the JSON mapping finds it
   * through {@code @JsonDeserialize}.
   */
  static final class Reader extends ApiModel.ModelReader<Indicator> {
    Reader() {
      super(Indicator.class, KNOWN, Indicator::new);
    }
  }
}
