package dev.tcpivot.v3;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.tcpivot.ApiModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * An Artifact as {@code /v3/artifacts} returns it. Fields without a typed getter, and any the server adds, are kept:
 * see {@link #unknownFields()} and {@link #asMap()}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
@JsonDeserialize(
    using = Artifact.Reader.class
)
public final class Artifact extends ApiModel {
  private static final ApiModel.KnownFields KNOWN = knownFields("id", "intelType", "dateAdded", "caseId", "caseXid", "summary", "type", "derivedLink", "fieldName", "fileData", "hashCode", "source", "taskId", "taskXid")
      .labelledBy("summary")
      .withAssociation("associatedGroups", Group.class, Group::new)
      .withAssociation("associatedIndicators", Indicator.class, Indicator::new);

  /**
   * Copies an object given as a map, as if the server had sent it.
   */
  public Artifact(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  /**
   * Takes the fields that {@link Reader} read.
   */
  private Artifact(ApiModel.Fields fields) {
    super(fields);
  }

  /**
   * {@code id}, or null when the response does not carry it.
   */
  public Long id() {
    return longValue("id");
  }

  /**
   * {@code intelType}, or null when the response does not carry it.
   */
  public String intelType() {
    return string("intelType");
  }

  /**
   * {@code dateAdded}, or null when the response does not carry it.
   */
  public Instant dateAdded() {
    return instant("dateAdded");
  }

  /**
   * {@code caseId}, or null when the response does not carry it.
   */
  public Long caseId() {
    return longValue("caseId");
  }

  /**
   * {@code caseXid}, or null when the response does not carry it.
   */
  public String caseXid() {
    return string("caseXid");
  }

  /**
   * {@code summary}, or null when the response does not carry it.
   */
  public String summary() {
    return string("summary");
  }

  /**
   * {@code type}, or null when the response does not carry it.
   */
  public String type() {
    return string("type");
  }

  /**
   * {@code derivedLink}, or null when the response does not carry it.
   */
  public Boolean derivedLink() {
    return bool("derivedLink");
  }

  /**
   * {@code fieldName}, or null when the response does not carry it.
   */
  public String fieldName() {
    return string("fieldName");
  }

  /**
   * {@code fileData}, or null when the response does not carry it.
   */
  public String fileData() {
    return string("fileData");
  }

  /**
   * {@code hashCode}, or null when the response does not carry it.
   */
  public String hashCodeValue() {
    return string("hashCode");
  }

  /**
   * {@code source}, or null when the response does not carry it.
   */
  public String source() {
    return string("source");
  }

  /**
   * {@code taskId}, or null when the response does not carry it.
   */
  public Long taskId() {
    return longValue("taskId");
  }

  /**
   * {@code taskXid}, or null when the response does not carry it.
   */
  public String taskXid() {
    return string("taskXid");
  }

  /**
   * The Groups associated to this one; empty unless the request asked for them with {@link ArtifactField#ASSOCIATED_GROUPS}.
   */
  public List<Group> associatedGroups() {
    return list("associatedGroups", Group::new);
  }

  /**
   * The Indicators associated to this one; empty unless the request asked for them with {@link ArtifactField#ASSOCIATED_INDICATORS}.
   */
  public List<Indicator> associatedIndicators() {
    return list("associatedIndicators", Indicator::new);
  }

  /**
   * The JSON reading of {@link Artifact}, in one pass over an object's tokens; the JSON mapping finds it
   * through {@code @JsonDeserialize}.
   */
  static final class Reader extends ApiModel.ModelReader<Artifact> {
    Reader() {
      super(Artifact.class, KNOWN, Artifact::new);
    }
  }
}
