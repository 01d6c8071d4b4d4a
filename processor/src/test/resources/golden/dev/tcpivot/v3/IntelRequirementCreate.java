package dev.tcpivot.v3;

import dev.tcpivot.KeywordSection;
import dev.tcpivot.Ref;
import dev.tcpivot.Tag;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.IdObject;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST /v3/intelRequirements}: a new Intelligence Requirement. Start from a factory, e.g. {@link #of},
 * add what else it needs, and {@link Builder#build()}.
 *
 * <p>{@code /v3/intelRequirements} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IntelRequirementCreate extends WireObject {
  private IntelRequirementCreate(Fields fields) {
    super(fields);
  }

  /**
   * An Intelligence Requirement, with its required fields: {@code requirementText}, {@code uniqueId}, {@code subtype}, {@code keywordSections}.
   */
  public static Builder of(String requirementText, String uniqueId, long subtypeId,
      KeywordSection keywordSection, KeywordSection... moreKeywordSections) {
    return new Builder(Fields.builder()
        .put("requirementText", Checks.notBlank(requirementText, "requirementText"))
        .put("uniqueId", Checks.notBlank(uniqueId, "uniqueId"))
        .put("subtype", new IdObject(subtypeId, "subtypeId"))
        .put("keywordSections", Requests.list(keywordSection, moreKeywordSections, "keywordSections")));
  }

  /**
   * Collects a new Intelligence Requirement's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields;

    private Builder(Fields.Builder fields) {
      this.fields = fields;
    }

    /**
     * Sets {@code active}.
     */
    public Builder active(boolean active) {
      return put("active", active);
    }

    /**
     * Sets {@code category}.
     */
    public Builder category(long categoryId) {
      return put("category", new IdObject(categoryId, "categoryId"));
    }

    /**
     * Sets {@code description}.
     */
    public Builder description(String description) {
      return put("description", Checks.notNull(description, "description"));
    }

    /**
     * Sets {@code earliestTimestamp}.
     */
    public Builder earliestTimestamp(Instant earliestTimestamp) {
      return put("earliestTimestamp", Checks.notNull(earliestTimestamp, "earliestTimestamp"));
    }

    /**
     * Sets {@code latestTimestamp}.
     */
    public Builder latestTimestamp(Instant latestTimestamp) {
      return put("latestTimestamp", Checks.notNull(latestTimestamp, "latestTimestamp"));
    }

    /**
     * Sets {@code resetResults}.
     */
    public Builder resetResults(boolean resetResults) {
      return put("resetResults", resetResults);
    }

    /**
     * Sets {@code xid}.
     */
    public Builder xid(String xid) {
      return put("xid", Checks.notNull(xid, "xid"));
    }

    /**
     * Associates the Artifacts; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedArtifacts(Ref<Artifact>... refs) {
      return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
    }

    /**
     * Associates the Artifacts in the list, in order; repeated calls add to the list.
     */
    public Builder associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
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
     * Associates the Victim Assets; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedVictimAssets(Ref<VictimAsset>... refs) {
      return put("associatedVictimAssets", Requests.refs(current("associatedVictimAssets"), refs, "associatedVictimAssets"));
    }

    /**
     * Associates the Victim Assets in the list, in order; repeated calls add to the list.
     */
    public Builder associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      return put("associatedVictimAssets", Requests.refs(current("associatedVictimAssets"), refs, "associatedVictimAssets"));
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
    public IntelRequirementCreate build() {
      return new IntelRequirementCreate(fields.build());
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
