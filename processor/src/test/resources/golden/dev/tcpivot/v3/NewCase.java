package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.Tag;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A Case that an association creates, e.g. {@link #of}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class NewCase extends WireObject implements SameOwnerRef<Case> {
  private NewCase(Fields fields) {
    super(fields);
  }

  /**
   * A new Case, with its required fields: {@code name}, {@code severity}, {@code status}.
   */
  public static NewCase of(String name, CaseSeverity severity, CaseStatus status) {
    return new NewCase(Fields.builder()
        .put("name", Checks.notBlank(name, "name"))
        .put("severity", Checks.notNull(severity, "severity"))
        .put("status", Checks.notNull(status, "status"))
        .build());
  }

  /**
   * Sets {@code caseCloseTime}.
   */
  public NewCase caseCloseTime(Instant caseCloseTime) {
    return put("caseCloseTime", Checks.notNull(caseCloseTime, "caseCloseTime"));
  }

  /**
   * Sets {@code caseDetectionTime}.
   */
  public NewCase caseDetectionTime(Instant caseDetectionTime) {
    return put("caseDetectionTime", Checks.notNull(caseDetectionTime, "caseDetectionTime"));
  }

  /**
   * Sets {@code caseOccurrenceTime}.
   */
  public NewCase caseOccurrenceTime(Instant caseOccurrenceTime) {
    return put("caseOccurrenceTime", Checks.notNull(caseOccurrenceTime, "caseOccurrenceTime"));
  }

  /**
   * Sets {@code caseOpenTime}.
   */
  public NewCase caseOpenTime(Instant caseOpenTime) {
    return put("caseOpenTime", Checks.notNull(caseOpenTime, "caseOpenTime"));
  }

  /**
   * Sets {@code description}.
   */
  public NewCase description(String description) {
    return put("description", Checks.notNull(description, "description"));
  }

  /**
   * Sets {@code resolution}.
   */
  public NewCase resolution(CaseResolution resolution) {
    return put("resolution", Checks.notNull(resolution, "resolution"));
  }

  /**
   * Sets one of the fields this SDK sends as given: artifacts, assignee, notes, tasks, userAccess, workflowEvents, workflowTemplate. The value is made of maps with
   * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
   */
  public NewCase json(String field, Object value) {
    Requests.requireOneOf(field, "field", "artifacts", "assignee", "notes", "tasks", "userAccess", "workflowEvents", "workflowTemplate");
    return put(field, Requests.json(value, field));
  }

  /**
   * Associates the Cases; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewCase associatedCases(Ref<Case>... refs) {
    return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
  }

  /**
   * Associates the Cases in the list, in order; repeated calls add to the list.
   */
  public NewCase associatedCases(List<? extends Ref<Case>> refs) {
    return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
  }

  /**
   * Associates the Groups; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewCase associatedGroups(Ref<Group>... refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list.
   */
  public NewCase associatedGroups(List<? extends Ref<Group>> refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  /**
   * Associates the Indicators; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewCase associatedIndicators(Ref<Indicator>... refs) {
    return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
  }

  /**
   * Associates the Indicators in the list, in order; repeated calls add to the list.
   */
  public NewCase associatedIndicators(List<? extends Ref<Indicator>> refs) {
    return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
  }

  /**
   * Adds attributes; repeated calls add to the list.
   */
  public NewCase attributes(Attribute... attributes) {
    return put("attributes", Requests.refs(current("attributes"), attributes, "attributes"));
  }

  /**
   * Adds tags; repeated calls add to the list.
   */
  public NewCase tags(Tag... tags) {
    return put("tags", Requests.refs(current("tags"), tags, "tags"));
  }

  private NewCase put(String name, Object value) {
    return new NewCase(fields().toBuilder().put(name, value).build());
  }

  private Object current(String name) {
    return fields().get(name);
  }
}
