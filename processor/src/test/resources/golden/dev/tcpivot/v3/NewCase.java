package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A Case that an association creates, e.g. {@link #of}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class NewCase extends WireObject implements SameOwnerRef<Case> {
  /**
   * With room for the {@code fields} that a factory sets.
   */
  private NewCase(int fields) {
    super("NewCase", WireObject.Kind.NEW, fields);
  }

  private NewCase(NewCase from) {
    super(from);
  }

  /**
   * A new Case, with its required fields: {@code name}, {@code severity}, {@code status}.
   */
  public static NewCase of(String name, CaseSeverity severity, CaseStatus status) {
    NewCase object = new NewCase(3);
    object.put("name", notBlank(name, "name"));
    object.put("severity", notNull(severity, "severity").wireValue());
    object.put("status", notNull(status, "status").wireValue());
    return object;
  }

  /**
   * Sets {@code caseCloseTime}.
   */
  public NewCase caseCloseTime(Instant caseCloseTime) {
    NewCase copy = copy();
    copy.put("caseCloseTime", instant(notNull(caseCloseTime, "caseCloseTime")));
    return copy;
  }

  /**
   * Sets {@code caseDetectionTime}.
   */
  public NewCase caseDetectionTime(Instant caseDetectionTime) {
    NewCase copy = copy();
    copy.put("caseDetectionTime", instant(notNull(caseDetectionTime, "caseDetectionTime")));
    return copy;
  }

  /**
   * Sets {@code caseOccurrenceTime}.
   */
  public NewCase caseOccurrenceTime(Instant caseOccurrenceTime) {
    NewCase copy = copy();
    copy.put("caseOccurrenceTime", instant(notNull(caseOccurrenceTime, "caseOccurrenceTime")));
    return copy;
  }

  /**
   * Sets {@code caseOpenTime}.
   */
  public NewCase caseOpenTime(Instant caseOpenTime) {
    NewCase copy = copy();
    copy.put("caseOpenTime", instant(notNull(caseOpenTime, "caseOpenTime")));
    return copy;
  }

  /**
   * Sets {@code description}.
   */
  public NewCase description(String description) {
    NewCase copy = copy();
    copy.put("description", notNull(description, "description"));
    return copy;
  }

  /**
   * Sets {@code resolution}.
   */
  public NewCase resolution(CaseResolution resolution) {
    NewCase copy = copy();
    copy.put("resolution", notNull(resolution, "resolution").wireValue());
    return copy;
  }

  /**
   * Sets one of the fields this SDK sends as given: artifacts, assignee, notes, tasks, userAccess, workflowEvents, workflowTemplate. The value is made of maps with
   * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
   */
  public NewCase json(String field, Object value) {
    NewCase copy = copy();
    copy.put(oneOf(field, "field", "artifacts", "assignee", "notes", "tasks", "userAccess", "workflowEvents", "workflowTemplate"), data(value, field));
    return copy;
  }

  /**
   * Associates the Cases; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewCase associatedCases(Ref<Case>... refs) {
    NewCase copy = copy();
    copy.append("associatedCases", refs);
    return copy;
  }

  /**
   * Associates the Cases in the list, in order; repeated calls add to the list.
   */
  public NewCase associatedCases(List<? extends Ref<Case>> refs) {
    NewCase copy = copy();
    copy.append("associatedCases", refs);
    return copy;
  }

  /**
   * Associates the Groups; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewCase associatedGroups(Ref<Group>... refs) {
    NewCase copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list.
   */
  public NewCase associatedGroups(List<? extends Ref<Group>> refs) {
    NewCase copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * Associates the Indicators; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewCase associatedIndicators(Ref<Indicator>... refs) {
    NewCase copy = copy();
    copy.append("associatedIndicators", refs);
    return copy;
  }

  /**
   * Associates the Indicators in the list, in order; repeated calls add to the list.
   */
  public NewCase associatedIndicators(List<? extends Ref<Indicator>> refs) {
    NewCase copy = copy();
    copy.append("associatedIndicators", refs);
    return copy;
  }

  /**
   * Adds attributes; repeated calls add to the list.
   */
  public NewCase attributes(Attribute... attributes) {
    NewCase copy = copy();
    copy.append("attributes", attributes);
    return copy;
  }

  /**
   * Adds tags; repeated calls add to the list.
   */
  public NewCase tags(Tag... tags) {
    NewCase copy = copy();
    copy.append("tags", tags);
    return copy;
  }

  /**
   * A copy for a setter to change; the class of each type copies itself.
   */
  NewCase copy() {
    return new NewCase(this);
  }
}
