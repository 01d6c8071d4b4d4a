package dev.tcpivot.v3;

import dev.tcpivot.KeywordSection;
import dev.tcpivot.Ref;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
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
  private IntelRequirementCreate() {
    super("IntelRequirementCreate", WireObject.Kind.VALUE);
  }

  private IntelRequirementCreate(IntelRequirementCreate from) {
    super(from);
  }

  /**
   * An Intelligence Requirement, with its required fields: {@code requirementText}, {@code uniqueId}, {@code subtype}, {@code keywordSections}.
   */
  public static Builder of(String requirementText, String uniqueId, long subtypeId,
      KeywordSection keywordSection, KeywordSection... moreKeywordSections) {
    Builder builder = new Builder();
    builder.draft.put("requirementText", notBlank(requirementText, "requirementText"));
    builder.draft.put("uniqueId", notBlank(uniqueId, "uniqueId"));
    builder.draft.put("subtype", idObject(subtypeId, "subtypeId"));
    builder.draft.put("keywordSections", array(keywordSection, moreKeywordSections, "keywordSections"));
    return builder;
  }

  /**
   * A builder that starts from this body's fields, to add to them or change them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects a new Intelligence Requirement's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    final IntelRequirementCreate draft;

    private Builder() {
      this.draft = new IntelRequirementCreate();
    }

    private Builder(IntelRequirementCreate from) {
      this.draft = new IntelRequirementCreate(from);
    }

    /**
     * Sets {@code active}.
     */
    public Builder active(boolean active) {
      draft.put("active", bool(active));
      return this;
    }

    /**
     * Sets {@code category}.
     */
    public Builder category(long categoryId) {
      draft.put("category", idObject(categoryId, "categoryId"));
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
     * Sets {@code earliestTimestamp}.
     */
    public Builder earliestTimestamp(Instant earliestTimestamp) {
      draft.put("earliestTimestamp", instant(notNull(earliestTimestamp, "earliestTimestamp")));
      return this;
    }

    /**
     * Sets {@code latestTimestamp}.
     */
    public Builder latestTimestamp(Instant latestTimestamp) {
      draft.put("latestTimestamp", instant(notNull(latestTimestamp, "latestTimestamp")));
      return this;
    }

    /**
     * Sets {@code resetResults}.
     */
    public Builder resetResults(boolean resetResults) {
      draft.put("resetResults", bool(resetResults));
      return this;
    }

    /**
     * Sets {@code xid}.
     */
    public Builder xid(String xid) {
      draft.put("xid", notNull(xid, "xid"));
      return this;
    }

    /**
     * Associates the Artifacts; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedArtifacts(Ref<Artifact>... refs) {
      draft.append("associatedArtifacts", refs);
      return this;
    }

    /**
     * Associates the Artifacts in the list, in order; repeated calls add to the list.
     */
    public Builder associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      draft.append("associatedArtifacts", refs);
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
     * Associates the Victim Assets; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedVictimAssets(Ref<VictimAsset>... refs) {
      draft.append("associatedVictimAssets", refs);
      return this;
    }

    /**
     * Associates the Victim Assets in the list, in order; repeated calls add to the list.
     */
    public Builder associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      draft.append("associatedVictimAssets", refs);
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
    public final IntelRequirementCreate build() {
      return new IntelRequirementCreate(draft);
    }
  }
}
