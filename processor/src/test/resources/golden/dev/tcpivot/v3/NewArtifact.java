package dev.tcpivot.v3;

import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * An Artifact that an association creates, e.g. {@link #of}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class NewArtifact extends WireObject implements SameOwnerRef<Artifact> {
  private NewArtifact(Fields fields) {
    super(fields);
  }

  /**
   * A new Artifact, with its required fields: {@code caseId} (one of its case fields), {@code summary}, {@code type}.
   */
  public static NewArtifact of(long caseId, String summary, String type) {
    return new NewArtifact(Fields.builder()
        .put("caseId", Checks.id(caseId, "caseId"))
        .put("summary", Checks.notBlank(summary, "summary"))
        .put("type", Checks.notBlank(type, "type"))
        .build());
  }

  /**
   * A new Artifact, with its required fields: {@code caseXid} (one of its case fields), {@code summary}, {@code type}.
   */
  public static NewArtifact ofCaseXid(String caseXid, String summary, String type) {
    return new NewArtifact(Fields.builder()
        .put("caseXid", Checks.notBlank(caseXid, "caseXid"))
        .put("summary", Checks.notBlank(summary, "summary"))
        .put("type", Checks.notBlank(type, "type"))
        .build());
  }

  /**
   * Sets {@code caseId}.
   */
  public NewArtifact caseId(long caseId) {
    return put("caseId", Checks.id(caseId, "caseId"));
  }

  /**
   * Sets {@code caseXid}.
   */
  public NewArtifact caseXid(String caseXid) {
    return put("caseXid", Checks.notNull(caseXid, "caseXid"));
  }

  /**
   * Sets {@code derivedLink}.
   */
  public NewArtifact derivedLink(boolean derivedLink) {
    return put("derivedLink", derivedLink);
  }

  /**
   * Sets {@code fieldName}.
   */
  public NewArtifact fieldName(String fieldName) {
    return put("fieldName", Checks.notNull(fieldName, "fieldName"));
  }

  /**
   * Sets {@code fileData}.
   */
  public NewArtifact fileData(String fileData) {
    return put("fileData", Checks.notNull(fileData, "fileData"));
  }

  /**
   * Sets {@code hashCode}.
   */
  public NewArtifact hashCodeValue(String hashCodeValue) {
    return put("hashCode", Checks.notNull(hashCodeValue, "hashCodeValue"));
  }

  /**
   * Sets {@code source}.
   */
  public NewArtifact source(String source) {
    return put("source", Checks.notNull(source, "source"));
  }

  /**
   * Sets {@code taskId}.
   */
  public NewArtifact taskId(long taskId) {
    return put("taskId", Checks.id(taskId, "taskId"));
  }

  /**
   * Sets {@code taskXid}.
   */
  public NewArtifact taskXid(String taskXid) {
    return put("taskXid", Checks.notNull(taskXid, "taskXid"));
  }

  /**
   * Sets one of the fields this SDK sends as given: notes. The value is made of maps with
   * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
   */
  public NewArtifact json(String field, Object value) {
    Requests.requireOneOf(field, "field", "notes");
    return put(field, Requests.json(value, field));
  }

  /**
   * Associates the Groups; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewArtifact associatedGroups(Ref<Group>... refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list.
   */
  public NewArtifact associatedGroups(List<? extends Ref<Group>> refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  /**
   * Associates the Indicators; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewArtifact associatedIndicators(Ref<Indicator>... refs) {
    return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
  }

  /**
   * Associates the Indicators in the list, in order; repeated calls add to the list.
   */
  public NewArtifact associatedIndicators(List<? extends Ref<Indicator>> refs) {
    return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
  }

  private NewArtifact put(String name, Object value) {
    return new NewArtifact(fields().toBuilder().put(name, value).build());
  }

  private Object current(String name) {
    return fields().get(name);
  }
}
