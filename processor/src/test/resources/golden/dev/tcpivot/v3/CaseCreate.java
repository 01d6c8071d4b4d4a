package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
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
  private CaseCreate() {
    super("CaseCreate", WireObject.Kind.VALUE);
  }

  private CaseCreate(CaseCreate from) {
    super(from);
  }

  /**
   * A Case, with its required fields: {@code name}, {@code severity}, {@code status}.
   */
  public static Builder of(String name, CaseSeverity severity, CaseStatus status) {
    Builder builder = new Builder();
    builder.draft.put("name", notBlank(name, "name"));
    builder.draft.put("severity", notNull(severity, "severity").wireValue());
    builder.draft.put("status", notNull(status, "status").wireValue());
    return builder;
  }

  /**
   * A builder that starts from this body's fields, to add to them or change them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects a new Case's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    final CaseCreate draft;

    private Builder() {
      this.draft = new CaseCreate();
    }

    private Builder(CaseCreate from) {
      this.draft = new CaseCreate(from);
    }

    /**
     * Sets {@code caseCloseTime}.
     */
    public Builder caseCloseTime(Instant caseCloseTime) {
      draft.put("caseCloseTime", instant(notNull(caseCloseTime, "caseCloseTime")));
      return this;
    }

    /**
     * Sets {@code caseDetectionTime}.
     */
    public Builder caseDetectionTime(Instant caseDetectionTime) {
      draft.put("caseDetectionTime", instant(notNull(caseDetectionTime, "caseDetectionTime")));
      return this;
    }

    /**
     * Sets {@code caseOccurrenceTime}.
     */
    public Builder caseOccurrenceTime(Instant caseOccurrenceTime) {
      draft.put("caseOccurrenceTime", instant(notNull(caseOccurrenceTime, "caseOccurrenceTime")));
      return this;
    }

    /**
     * Sets {@code caseOpenTime}.
     */
    public Builder caseOpenTime(Instant caseOpenTime) {
      draft.put("caseOpenTime", instant(notNull(caseOpenTime, "caseOpenTime")));
      return this;
    }

    /**
     * Sets {@code description}.
     */
    public Builder description(String description) {
      draft.put("description", notNull(description, "description"));
      return this;
    }

    /**
     * Sets {@code resolution}.
     */
    public Builder resolution(CaseResolution resolution) {
      draft.put("resolution", notNull(resolution, "resolution").wireValue());
      return this;
    }

    /**
     * Sets one of the fields this SDK sends as given: artifacts, assignee, notes, tasks, userAccess, workflowEvents, workflowTemplate. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
      draft.put(oneOf(field, "field", "artifacts", "assignee", "notes", "tasks", "userAccess", "workflowEvents", "workflowTemplate"), data(value, field));
      return this;
    }

    /**
     * Associates the Cases; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedCases(Ref<Case>... refs) {
      draft.append("associatedCases", refs);
      return this;
    }

    /**
     * Associates the Cases in the list, in order; repeated calls add to the list.
     */
    public Builder associatedCases(List<? extends Ref<Case>> refs) {
      draft.append("associatedCases", refs);
      return this;
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(Ref<Group>... refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public Builder associatedGroups(List<? extends Ref<Group>> refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedIndicators(Ref<Indicator>... refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      draft.append("attributes", attributes);
      return this;
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public Builder tags(Tag... tags) {
      draft.append("tags", tags);
      return this;
    }

    /**
     * The body; the builder can go on to make others.
     */
    public final CaseCreate build() {
      return new CaseCreate(draft);
    }
  }
}
