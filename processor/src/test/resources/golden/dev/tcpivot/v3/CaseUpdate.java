package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.Block;
import dev.tcpivot.Metadata;
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
 * The body of {@code PUT /v3/cases/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/cases} can associate Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class CaseUpdate extends WireObject {
  private CaseUpdate(Fields fields) {
    super(fields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the changes to a case. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields = Fields.builder();

    private Builder() {
    }

    /**
     * Sets {@code name}.
     */
    public Builder name(String name) {
      return put("name", Checks.notNull(name, "name"));
    }

    /**
     * Sets {@code severity}.
     */
    public Builder severity(CaseSeverity severity) {
      return put("severity", Checks.notNull(severity, "severity"));
    }

    /**
     * Sets {@code status}.
     */
    public Builder status(CaseStatus status) {
      return put("status", Checks.notNull(status, "status"));
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
     * Appends, replaces or deletes associations to Cases, as the block says (see {@link Associations}).
     */
    public Builder associatedCases(Block<? extends Ref<Case>> block) {
      return put("associatedCases", Requests.block(current("associatedCases"), block, "associatedCases"));
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
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}).
     */
    public Builder associatedGroups(Block<? extends Ref<Group>> block) {
      return put("associatedGroups", Requests.block(current("associatedGroups"), block, "associatedGroups"));
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
     * Appends, replaces or deletes associations to Indicators, as the block says (see {@link Associations}).
     */
    public Builder associatedIndicators(Block<? extends Ref<Indicator>> block) {
      return put("associatedIndicators", Requests.block(current("associatedIndicators"), block, "associatedIndicators"));
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      return put("attributes", Requests.refs(current("attributes"), attributes, "attributes"));
    }

    /**
     * Appends, replaces or deletes attributes, as the block says (see {@link Metadata}).
     */
    public Builder attributes(Block<? extends Attribute> block) {
      return put("attributes", Requests.block(current("attributes"), block, "attributes"));
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public Builder tags(Tag... tags) {
      return put("tags", Requests.refs(current("tags"), tags, "tags"));
    }

    /**
     * Appends, replaces or deletes tags, as the block says (see {@link Metadata}).
     */
    public Builder tags(Block<? extends Tag> block) {
      return put("tags", Requests.block(current("tags"), block, "tags"));
    }

    /**
     * The body.
     *
     * @throws IllegalStateException when nothing was set: a PUT must change something
     */
    public CaseUpdate build() {
      Fields built = fields.build();
      if (built.size() == 0) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new CaseUpdate(built);
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
