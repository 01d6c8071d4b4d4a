package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Block;
import dev.tcpivot.KeywordSection;
import dev.tcpivot.Metadata;
import dev.tcpivot.Ref;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/intelRequirements/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/intelRequirements} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IntelRequirementUpdate extends WireObject {
  private IntelRequirementUpdate() {
    super("IntelRequirementUpdate", WireObject.Kind.VALUE);
  }

  private IntelRequirementUpdate(IntelRequirementUpdate from) {
    super(from);
  }

  /**
   * Changes to an Intelligence Requirement of any type.
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
   * Collects the changes to an Intelligence Requirement. Each setter checks its argument at once.
   */
  public static final class Builder {
    final IntelRequirementUpdate draft;

    private Builder() {
      this.draft = new IntelRequirementUpdate();
    }

    private Builder(IntelRequirementUpdate from) {
      this.draft = new IntelRequirementUpdate(from);
    }

    /**
     * Sets {@code requirementText}.
     */
    public final Builder requirementText(String requirementText) {
      draft.put("requirementText", notNull(requirementText, "requirementText"));
      return this;
    }

    /**
     * Sets {@code uniqueId}.
     */
    public final Builder uniqueId(String uniqueId) {
      draft.put("uniqueId", notNull(uniqueId, "uniqueId"));
      return this;
    }

    /**
     * Sets {@code subtype}.
     */
    public final Builder subtype(long subtypeId) {
      draft.put("subtype", idObject(subtypeId, "subtypeId"));
      return this;
    }

    /**
     * Sets {@code keywordSections}.
     */
    public final Builder keywordSections(KeywordSection... keywordSections) {
      draft.put("keywordSections", array(keywordSections, "keywordSections"));
      return this;
    }

    /**
     * Sets {@code active}.
     */
    public final Builder active(boolean active) {
      draft.put("active", bool(active));
      return this;
    }

    /**
     * Sets {@code category}.
     */
    public final Builder category(long categoryId) {
      draft.put("category", idObject(categoryId, "categoryId"));
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
     * Sets {@code earliestTimestamp}.
     */
    public final Builder earliestTimestamp(Instant earliestTimestamp) {
      draft.put("earliestTimestamp", instant(notNull(earliestTimestamp, "earliestTimestamp")));
      return this;
    }

    /**
     * Sets {@code latestTimestamp}.
     */
    public final Builder latestTimestamp(Instant latestTimestamp) {
      draft.put("latestTimestamp", instant(notNull(latestTimestamp, "latestTimestamp")));
      return this;
    }

    /**
     * Sets {@code resetResults}.
     */
    public final Builder resetResults(boolean resetResults) {
      draft.put("resetResults", bool(resetResults));
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
    public final Builder associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      draft.append("associatedArtifacts", refs);
      return this;
    }

    /**
     * Appends, replaces or deletes associations to Artifacts, as the block says (see {@link Associations}).
     */
    public final Builder associatedArtifacts(Block<? extends Ref<Artifact>> block) {
      draft.block("associatedArtifacts", block);
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
    public final Builder associatedVictimAssets(List<? extends Ref<VictimAsset>> refs) {
      draft.append("associatedVictimAssets", refs);
      return this;
    }

    /**
     * Appends, replaces or deletes associations to Victim Assets, as the block says (see {@link Associations}).
     */
    public final Builder associatedVictimAssets(Block<? extends Ref<VictimAsset>> block) {
      draft.block("associatedVictimAssets", block);
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
    public final IntelRequirementUpdate build() {
      if (draft.isEmpty()) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new IntelRequirementUpdate(draft);
    }
  }
}
