package dev.tcpivot.v3;

import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * An Artifact that an association creates, e.g. {@link #of}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class NewArtifact extends WireObject implements SameOwnerRef<Artifact> {
  /**
   * With room for the {@code fields} that a factory sets.
   */
  private NewArtifact(int fields) {
    super("NewArtifact", WireObject.Kind.NEW, fields);
  }

  private NewArtifact(NewArtifact from) {
    super(from);
  }

  /**
   * A new Artifact, with its required fields: {@code caseId} (one of its case fields), {@code summary}, {@code type}.
   */
  public static NewArtifact of(long caseId, String summary, String type) {
    NewArtifact object = new NewArtifact(3);
    object.put("caseId", whole(checkId(caseId, "caseId")));
    object.put("summary", notBlank(summary, "summary"));
    object.put("type", notBlank(type, "type"));
    return object;
  }

  /**
   * A new Artifact, with its required fields: {@code caseXid} (one of its case fields), {@code summary}, {@code type}.
   */
  public static NewArtifact ofCaseXid(String caseXid, String summary, String type) {
    NewArtifact object = new NewArtifact(3);
    object.put("caseXid", notBlank(caseXid, "caseXid"));
    object.put("summary", notBlank(summary, "summary"));
    object.put("type", notBlank(type, "type"));
    return object;
  }

  /**
   * Sets {@code caseId}.
   */
  public NewArtifact caseId(long caseId) {
    NewArtifact copy = copy();
    copy.put("caseId", whole(checkId(caseId, "caseId")));
    return copy;
  }

  /**
   * Sets {@code caseXid}.
   */
  public NewArtifact caseXid(String caseXid) {
    NewArtifact copy = copy();
    copy.put("caseXid", notNull(caseXid, "caseXid"));
    return copy;
  }

  /**
   * Sets {@code derivedLink}.
   */
  public NewArtifact derivedLink(boolean derivedLink) {
    NewArtifact copy = copy();
    copy.put("derivedLink", bool(derivedLink));
    return copy;
  }

  /**
   * Sets {@code fieldName}.
   */
  public NewArtifact fieldName(String fieldName) {
    NewArtifact copy = copy();
    copy.put("fieldName", notNull(fieldName, "fieldName"));
    return copy;
  }

  /**
   * Sets {@code fileData}.
   */
  public NewArtifact fileData(String fileData) {
    NewArtifact copy = copy();
    copy.put("fileData", notNull(fileData, "fileData"));
    return copy;
  }

  /**
   * Sets {@code hashCode}.
   */
  public NewArtifact hashCodeValue(String hashCodeValue) {
    NewArtifact copy = copy();
    copy.put("hashCode", notNull(hashCodeValue, "hashCodeValue"));
    return copy;
  }

  /**
   * Sets {@code source}.
   */
  public NewArtifact source(String source) {
    NewArtifact copy = copy();
    copy.put("source", notNull(source, "source"));
    return copy;
  }

  /**
   * Sets {@code taskId}.
   */
  public NewArtifact taskId(long taskId) {
    NewArtifact copy = copy();
    copy.put("taskId", whole(checkId(taskId, "taskId")));
    return copy;
  }

  /**
   * Sets {@code taskXid}.
   */
  public NewArtifact taskXid(String taskXid) {
    NewArtifact copy = copy();
    copy.put("taskXid", notNull(taskXid, "taskXid"));
    return copy;
  }

  /**
   * Sets one of the fields this SDK sends as given: notes. The value is made of maps with
   * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
   */
  public NewArtifact json(String field, Object value) {
    NewArtifact copy = copy();
    copy.put(oneOf(field, "field", "notes"), data(value, field));
    return copy;
  }

  /**
   * Associates the Groups; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewArtifact associatedGroups(Ref<Group>... refs) {
    NewArtifact copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list.
   */
  public NewArtifact associatedGroups(List<? extends Ref<Group>> refs) {
    NewArtifact copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * Associates the Indicators; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewArtifact associatedIndicators(Ref<Indicator>... refs) {
    NewArtifact copy = copy();
    copy.append("associatedIndicators", refs);
    return copy;
  }

  /**
   * Associates the Indicators in the list, in order; repeated calls add to the list.
   */
  public NewArtifact associatedIndicators(List<? extends Ref<Indicator>> refs) {
    NewArtifact copy = copy();
    copy.append("associatedIndicators", refs);
    return copy;
  }

  /**
   * A copy for a setter to change; the class of each type copies itself.
   */
  NewArtifact copy() {
    return new NewArtifact(this);
  }
}
