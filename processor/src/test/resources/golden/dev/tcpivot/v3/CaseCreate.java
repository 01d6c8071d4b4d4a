package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.Tag;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST /v3/cases}: a new Case. Start from a factory, e.g. {@link #of},
 * add what else it needs, and {@link Builder#build()}.
 *
 * <p>{@code /v3/cases} can associate Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class CaseCreate extends WireObject {
  private CaseCreate(Fields fields) {
    super(fields);
  }

  /**
   * A Case, with its required fields: {@code name}, {@code severity}, {@code status}.
   */
  public static Builder of(String name, CaseSeverity severity, CaseStatus status) {
    return new Builder(Fields.builder()
        .put("name", Checks.notBlank(name, "name"))
        .put("severity", Checks.notNull(severity, "severity"))
        .put("status", Checks.notNull(status, "status")));
  }

  /**
   * Collects a new Case's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields;

    private Builder(Fields.Builder fields) {
      this.fields = fields;
    }

    /**
     * Sets {@code caseCloseTime}.
     */
    public Builder caseCloseTime(Instant caseCloseTime) {
      return put("caseCloseTime", Checks.notNull(caseCloseTime, "caseCloseTime"));
    }

    /**
     * Sets {@code caseDetectionTime}.
     */
    public Builder caseDetectionTime(Instant caseDetectionTime) {
      return put("caseDetectionTime", Checks.notNull(caseDetectionTime, "caseDetectionTime"));
    }

    /**
     * Sets {@code caseOccurrenceTime}.
     */
    public Builder caseOccurrenceTime(Instant caseOccurrenceTime) {
      return put("caseOccurrenceTime", Checks.notNull(caseOccurrenceTime, "caseOccurrenceTime"));
    }

    /**
     * Sets {@code caseOpenTime}.
     */
    public Builder caseOpenTime(Instant caseOpenTime) {
      return put("caseOpenTime", Checks.notNull(caseOpenTime, "caseOpenTime"));
    }

    /**
     * Sets {@code description}.
     */
    public Builder description(String description) {
      return put("description", Checks.notNull(description, "description"));
    }

    /**
     * Sets {@code resolution}.
     */
    public Builder resolution(CaseResolution resolution) {
      return put("resolution", Checks.notNull(resolution, "resolution"));
    }

    /**
     * Sets one of the fields this SDK sends as given: artifacts, assignee, notes, tasks, userAccess, workflowEvents, workflowTemplate. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
      Requests.requireOneOf(field, "field", "artifacts", "assignee", "notes", "tasks", "userAccess", "workflowEvents", "workflowTemplate");
      return put(field, Requests.json(value, field));
    }

    /**
     * Associates the Cases; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedCases(Ref<Case>... refs) {
      return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
    }

    /**
     * Associates the Cases in the list, in order; repeated calls add to the list.
     */
    public Builder associatedCases(List<? extends Ref<Case>> refs) {
      return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(Ref<Group>... refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public Builder associatedGroups(List<? extends Ref<Group>> refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedIndicators(Ref<Indicator>... refs) {
      return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      return put("attributes", Requests.refs(current("attributes"), attributes, "attributes"));
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public Builder tags(Tag... tags) {
      return put("tags", Requests.refs(current("tags"), tags, "tags"));
    }

    /**
     * The body; the builder can go on to make others.
     */
    public CaseCreate build() {
      return new CaseCreate(fields.build());
    }

    private Builder put(String name, Object value) {
      fields.put(name, value);
      return this;
    }

    private Object current(String name) {
      return fields.get(name);
    }
  }
}
