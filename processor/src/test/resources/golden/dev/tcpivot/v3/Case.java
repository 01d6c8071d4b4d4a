package dev.tcpivot.v3;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.tcpivot.ApiModel;
import dev.tcpivot.AttributeInfo;
import dev.tcpivot.TagInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * A Case as {@code /v3/cases} returns it. Fields without a typed getter, and any the server adds, are kept:
 * see {@link #unknownFields()} and {@link #asMap()}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
@JsonDeserialize(
    using = Case.Reader.class
)
public final class Case extends ApiModel {
  private static final ApiModel.KnownFields KNOWN = knownFields("id", "xid", "dateAdded", "lastUpdated", "owner", "ownerId", "detectionOverdue", "responseOverdue", "detectionDue", "responseDue", "timeToDetect", "timeToRespond", "name", "severity", "status", "caseCloseTime", "caseDetectionTime", "caseOccurrenceTime", "caseOpenTime", "description", "resolution")
      .labelledBy("name")
      .withAssociation("associatedCases", Case.class, Case::new)
      .withAssociation("associatedGroups", Group.class, Group::new)
      .withAssociation("associatedIndicators", Indicator.class, Indicator::new)
      .withList("attributes", AttributeInfo.class, AttributeInfo::new)
      .withList("tags", TagInfo.class, TagInfo::new);

  /**
   * Copies an object given as a map, as if the server had sent it.
   */
  public Case(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  /**
   * Takes the fields that {@link Reader} read.
   */
  private Case(ApiModel.Fields fields) {
    super(fields);
  }

  /**
   * {@code id}, or null when the response does not carry it.
   */
  public Long id() {
    return longValue("id");
  }

  /**
   * {@code xid}, or null when the response does not carry it.
   */
  public String xid() {
    return string("xid");
  }

  /**
   * {@code dateAdded}, or null when the response does not carry it.
   */
  public Instant dateAdded() {
    return instant("dateAdded");
  }

  /**
   * {@code lastUpdated}, or null when the response does not carry it.
   */
  public Instant lastUpdated() {
    return instant("lastUpdated");
  }

  /**
   * {@code owner}, or null when the response does not carry it.
   */
  public String owner() {
    return string("owner");
  }

  /**
   * {@code ownerId}, or null when the response does not carry it.
   */
  public Long ownerId() {
    return longValue("ownerId");
  }

  /**
   * {@code detectionOverdue}, or null when the response does not carry it.
   */
  public Boolean detectionOverdue() {
    return bool("detectionOverdue");
  }

  /**
   * {@code responseOverdue}, or null when the response does not carry it.
   */
  public Boolean responseOverdue() {
    return bool("responseOverdue");
  }

  /**
   * {@code detectionDue}, or null when the response does not carry it.
   */
  public Instant detectionDue() {
    return instant("detectionDue");
  }

  /**
   * {@code responseDue}, or null when the response does not carry it.
   */
  public Instant responseDue() {
    return instant("responseDue");
  }

  /**
   * {@code timeToDetect}, or null when the response does not carry it.
   */
  public Integer timeToDetect() {
    return integer("timeToDetect");
  }

  /**
   * {@code timeToRespond}, or null when the response does not carry it.
   */
  public Integer timeToRespond() {
    return integer("timeToRespond");
  }

  /**
   * {@code name}, or null when the response does not carry it.
   */
  public String name() {
    return string("name");
  }

  /**
   * {@code severity}, or null when the response does not carry it.
   */
  public CaseSeverity severity() {
    return enumValue("severity", CaseSeverity::fromWire);
  }

  /**
   * {@code status}, or null when the response does not carry it.
   */
  public CaseStatus status() {
    return enumValue("status", CaseStatus::fromWire);
  }

  /**
   * {@code caseCloseTime}, or null when the response does not carry it.
   */
  public Instant caseCloseTime() {
    return instant("caseCloseTime");
  }

  /**
   * {@code caseDetectionTime}, or null when the response does not carry it.
   */
  public Instant caseDetectionTime() {
    return instant("caseDetectionTime");
  }

  /**
   * {@code caseOccurrenceTime}, or null when the response does not carry it.
   */
  public Instant caseOccurrenceTime() {
    return instant("caseOccurrenceTime");
  }

  /**
   * {@code caseOpenTime}, or null when the response does not carry it.
   */
  public Instant caseOpenTime() {
    return instant("caseOpenTime");
  }

  /**
   * {@code description}, or null when the response does not carry it.
   */
  public String description() {
    return string("description");
  }

  /**
   * {@code resolution}, or null when the response does not carry it.
   */
  public CaseResolution resolution() {
    return enumValue("resolution", CaseResolution::fromWire);
  }

  /**
   * The Cases associated to this one; empty unless the request asked for them with {@link CaseField#ASSOCIATED_CASES}.
   */
  public List<Case> associatedCases() {
    return list("associatedCases", Case::new);
  }

  /**
   * The Groups associated to this one; empty unless the request asked for them with {@link CaseField#ASSOCIATED_GROUPS}.
   */
  public List<Group> associatedGroups() {
    return list("associatedGroups", Group::new);
  }

  /**
   * The Indicators associated to this one; empty unless the request asked for them with {@link CaseField#ASSOCIATED_INDICATORS}.
   */
  public List<Indicator> associatedIndicators() {
    return list("associatedIndicators", Indicator::new);
  }

  /**
   * The Attributes of this one; empty unless the request asked for them with {@link CaseField#ATTRIBUTES}.
   */
  public List<AttributeInfo> attributes() {
    return list("attributes", AttributeInfo::new);
  }

  /**
   * The Tags of this one; empty unless the request asked for them with {@link CaseField#TAGS}.
   */
  public List<TagInfo> tags() {
    return list("tags", TagInfo::new);
  }

  /**
   * The JSON reading of {@link Case}, in one pass over an object's tokens; the JSON mapping finds it
   * through {@code @JsonDeserialize}.
   */
  static final class Reader extends ApiModel.ModelReader<Case> {
    Reader() {
      super(Case.class, KNOWN, Case::new);
    }
  }
}
