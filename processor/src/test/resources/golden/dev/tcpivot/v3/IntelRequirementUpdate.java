package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Block;
import dev.tcpivot.KeywordSection;
import dev.tcpivot.Metadata;
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
 * The body of {@code PUT /v3/intelRequirements/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/intelRequirements} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IntelRequirementUpdate extends WireObject {
  private IntelRequirementUpdate(Fields fields) {
    super(fields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the changes to an intelligence requirement. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields = Fields.builder();

    private Builder() {
    }

    /**
     * Sets {@code requirementText}.
     */
    public Builder requirementText(String requirementText) {
      return put("requirementText", Checks.notNull(requirementText, "requirementText"));
    }

    /**
     * Sets {@code uniqueId}.
     */
    public Builder uniqueId(String uniqueId) {
      return put("uniqueId", Checks.notNull(uniqueId, "uniqueId"));
    }

    /**
     * Sets {@code subtype}.
     */
    public Builder subtype(long subtypeId) {
      return put("subtype", new IdObject(subtypeId, "subtypeId"));
    }

    /**
     * Sets {@code keywordSections}.
     */
    public Builder keywordSections(KeywordSection... keywordSections) {
      return put("keywordSections", Requests.list(keywordSections, "keywordSections"));
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
     * Appends, replaces or deletes associations to Artifacts, as the block says (see {@link Associations}).
     */
    public Builder associatedArtifacts(Block<? extends Ref<Artifact>> block) {
      return put("associatedArtifacts", Requests.block(current("associatedArtifacts"), block, "associatedArtifacts"));
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
     * Appends, replaces or deletes associations to Victim Assets, as the block says (see {@link Associations}).
     */
    public Builder associatedVictimAssets(Block<? extends Ref<VictimAsset>> block) {
      return put("associatedVictimAssets", Requests.block(current("associatedVictimAssets"), block, "associatedVictimAssets"));
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
    public IntelRequirementUpdate build() {
      Fields built = fields.build();
      if (built.size() == 0) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new IntelRequirementUpdate(built);
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
