package dev.tcpivot.v3;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.tcpivot.ApiModel;
import dev.tcpivot.TagInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * An Intelligence Requirement as {@code /v3/intelRequirements} returns it. Fields without a typed getter, and any the server adds, are kept:
 * see {@link #unknownFields()} and {@link #asMap()}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
@JsonDeserialize(
    using = IntelRequirement.Reader.class
)
public final class IntelRequirement extends ApiModel {
  private static final ApiModel.KnownFields KNOWN = knownFields("id", "dateAdded", "lastModified", "webLink", "resultsLink", "requirementText", "uniqueId", "active", "description", "earliestTimestamp", "latestTimestamp", "resetResults", "xid")
      .labelledBy("requirementText", "uniqueId")
      .withAssociation("associatedArtifacts", Artifact.class, Artifact::new)
      .withAssociation("associatedCases", Case.class, Case::new)
      .withAssociation("associatedGroups", Group.class, Group::new)
      .withAssociation("associatedIndicators", Indicator.class, Indicator::new)
      .withAssociation("associatedVictimAssets", VictimAsset.class, VictimAsset::new)
      .withList("tags", TagInfo.class, TagInfo::new);

  /**
   * Copies an object given as a map, as if the server had sent it.
   */
  public IntelRequirement(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  /**
   * Takes the fields that {@link Reader} read.
   */
  private IntelRequirement(ApiModel.Fields fields) {
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
   * {@code resultsLink}, or null when the response does not carry it.
   */
  public String resultsLink() {
    return string("resultsLink");
  }

  /**
   * {@code requirementText}, or null when the response does not carry it.
   */
  public String requirementText() {
    return string("requirementText");
  }

  /**
   * {@code uniqueId}, or null when the response does not carry it.
   */
  public String uniqueId() {
    return string("uniqueId");
  }

  /**
   * {@code active}, or null when the response does not carry it.
   */
  public Boolean active() {
    return bool("active");
  }

  /**
   * {@code description}, or null when the response does not carry it.
   */
  public String description() {
    return string("description");
  }

  /**
   * {@code earliestTimestamp}, or null when the response does not carry it.
   */
  public Instant earliestTimestamp() {
    return instant("earliestTimestamp");
  }

  /**
   * {@code latestTimestamp}, or null when the response does not carry it.
   */
  public Instant latestTimestamp() {
    return instant("latestTimestamp");
  }

  /**
   * {@code resetResults}, or null when the response does not carry it.
   */
  public Boolean resetResults() {
    return bool("resetResults");
  }

  /**
   * {@code xid}, or null when the response does not carry it.
   */
  public String xid() {
    return string("xid");
  }

  /**
   * The Artifacts associated to this one; empty unless the request asked for them with {@link IntelRequirementField#ASSOCIATED_ARTIFACTS}.
   */
  public List<Artifact> associatedArtifacts() {
    return list("associatedArtifacts", Artifact::new);
  }

  /**
   * The Cases associated to this one; empty unless the request asked for them with {@link IntelRequirementField#ASSOCIATED_CASES}.
   */
  public List<Case> associatedCases() {
    return list("associatedCases", Case::new);
  }

  /**
   * The Groups associated to this one; empty unless the request asked for them with {@link IntelRequirementField#ASSOCIATED_GROUPS}.
   */
  public List<Group> associatedGroups() {
    return list("associatedGroups", Group::new);
  }

  /**
   * The Indicators associated to this one; empty unless the request asked for them with {@link IntelRequirementField#ASSOCIATED_INDICATORS}.
   */
  public List<Indicator> associatedIndicators() {
    return list("associatedIndicators", Indicator::new);
  }

  /**
   * The Victim Assets associated to this one; empty unless the request asked for them with {@link IntelRequirementField#ASSOCIATED_VICTIM_ASSETS}.
   */
  public List<VictimAsset> associatedVictimAssets() {
    return list("associatedVictimAssets", VictimAsset::new);
  }

  /**
   * The Tags of this one; empty unless the request asked for them with {@link IntelRequirementField#TAGS}.
   */
  public List<TagInfo> tags() {
    return list("tags", TagInfo::new);
  }

  /**
   * The JSON reading of {@link IntelRequirement}, in one pass over an object's tokens; the JSON mapping finds it
   * through {@code @JsonDeserialize}.
   */
  static final class Reader extends ApiModel.ModelReader<IntelRequirement> {
    Reader() {
      super(IntelRequirement.class, KNOWN, IntelRequirement::new);
    }
  }
}
