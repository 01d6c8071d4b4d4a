package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.Block;
import dev.tcpivot.Metadata;
import dev.tcpivot.Ref;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/cases/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/cases} can associate Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class CaseUpdate extends WireObject {
  private CaseUpdate() {
    super("CaseUpdate", WireObject.Kind.VALUE);
  }

  private CaseUpdate(CaseUpdate from) {
    super(from);
  }

  /**
   * Changes to a Case of any type.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this body's changes, to add to them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects the changes to a Case. Each setter checks its argument at once.
   */
  public static final class Builder {
    final CaseUpdate draft;

    private Builder() {
      this.draft = new CaseUpdate();
    }

    private Builder(CaseUpdate from) {
      this.draft = new CaseUpdate(from);
    }

    /**
     * Sets {@code name}.
     */
    public final Builder name(String name) {
      draft.put("name", notNull(name, "name"));
      return this;
    }

    /**
     * Sets {@code severity}.
     */
    public final Builder severity(CaseSeverity severity) {
      draft.put("severity", notNull(severity, "severity").wireValue());
      return this;
    }

    /**
     * Sets {@code status}.
     */
    public final Builder status(CaseStatus status) {
      draft.put("status", notNull(status, "status").wireValue());
      return this;
    }

    /**
     * Sets {@code caseCloseTime}.
     */
    public final Builder caseCloseTime(Instant caseCloseTime) {
      draft.put("caseCloseTime", instant(notNull(caseCloseTime, "caseCloseTime")));
      return this;
    }

    /**
     * Sets {@code caseDetectionTime}.
     */
    public final Builder caseDetectionTime(Instant caseDetectionTime) {
      draft.put("caseDetectionTime", instant(notNull(caseDetectionTime, "caseDetectionTime")));
      return this;
    }

    /**
     * Sets {@code caseOccurrenceTime}.
     */
    public final Builder caseOccurrenceTime(Instant caseOccurrenceTime) {
      draft.put("caseOccurrenceTime", instant(notNull(caseOccurrenceTime, "caseOccurrenceTime")));
      return this;
    }

    /**
     * Sets {@code caseOpenTime}.
     */
    public final Builder caseOpenTime(Instant caseOpenTime) {
      draft.put("caseOpenTime", instant(notNull(caseOpenTime, "caseOpenTime")));
      return this;
    }

    /**
     * Sets {@code description}.
     */
    public final Builder description(String description) {
      draft.put("description", notNull(description, "description"));
      return this;
    }

    /**
     * Sets {@code resolution}.
     */
    public final Builder resolution(CaseResolution resolution) {
      draft.put("resolution", notNull(resolution, "resolution").wireValue());
      return this;
    }

    /**
     * Sets one of the fields this SDK sends as given: artifacts, assignee, notes, tasks, userAccess, workflowEvents, workflowTemplate. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public final Builder json(String field, Object value) {
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
    public final Builder associatedCases(List<? extends Ref<Case>> refs) {
      draft.append("associatedCases", refs);
      return this;
    }

    /**
     * Appends, replaces or deletes associations to Cases, as the block says (see {@link Associations}).
     */
    public final Builder associatedCases(Block<? extends Ref<Case>> block) {
      draft.block("associatedCases", block);
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
    public final Builder associatedGroups(List<? extends Ref<Group>> refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}).
     */
    public final Builder associatedGroups(Block<? extends Ref<Group>> block) {
      draft.block("associatedGroups", block);
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
    public final Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * Appends, replaces or deletes associations to Indicators, as the block says (see {@link Associations}).
     */
    public final Builder associatedIndicators(Block<? extends Ref<Indicator>> block) {
      draft.block("associatedIndicators", block);
      return this;
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public final Builder attributes(Attribute... attributes) {
      draft.append("attributes", attributes);
      return this;
    }

    /**
     * Appends, replaces or deletes attributes, as the block says (see {@link Metadata}).
     */
    public final Builder attributes(Block<? extends Attribute> block) {
      draft.block("attributes", block);
      return this;
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public final Builder tags(Tag... tags) {
      draft.append("tags", tags);
      return this;
    }

    /**
     * Appends, replaces or deletes tags, as the block says (see {@link Metadata}).
     */
    public final Builder tags(Block<? extends Tag> block) {
      draft.block("tags", block);
      return this;
    }

    /**
     * The body.
     *
     * @throws IllegalStateException when nothing was set: a PUT must change something
     */
    public final CaseUpdate build() {
      if (draft.isEmpty()) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new CaseUpdate(draft);
    }
  }
}
