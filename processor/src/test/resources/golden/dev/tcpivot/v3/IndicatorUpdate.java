package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.Block;
import dev.tcpivot.Metadata;
import dev.tcpivot.Ref;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/indicators/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/indicators} can associate Artifacts, Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IndicatorUpdate extends WireObject {
  private IndicatorUpdate(Fields fields) {
    super(fields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the changes to an indicator. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields = Fields.builder();

    private Builder() {
    }

    /**
     * Sets {@code size} (File Indicators only).
     */
    public Builder size(String size) {
      return put("size", Checks.notNull(size, "size"));
    }

    /**
     * Sets {@code dnsActive} (Host Indicators only).
     */
    public Builder dnsActive(boolean dnsActive) {
      return put("dnsActive", dnsActive);
    }

    /**
     * Sets {@code whoisActive} (Host Indicators only).
     */
    public Builder whoisActive(boolean whoisActive) {
      return put("whoisActive", whoisActive);
    }

    /**
     * Sets {@code active}.
     */
    public Builder active(boolean active) {
      return put("active", active);
    }

    /**
     * Sets {@code activeLocked}.
     */
    public Builder activeLocked(boolean activeLocked) {
      return put("activeLocked", activeLocked);
    }

    /**
     * Sets {@code confidence}.
     */
    public Builder confidence(int confidence) {
      return put("confidence", confidence);
    }

    /**
     * Sets {@code externalDateAdded}.
     */
    public Builder externalDateAdded(Instant externalDateAdded) {
      return put("externalDateAdded", Checks.notNull(externalDateAdded, "externalDateAdded"));
    }

    /**
     * Sets {@code externalDateExpires}.
     */
    public Builder externalDateExpires(Instant externalDateExpires) {
      return put("externalDateExpires", Checks.notNull(externalDateExpires, "externalDateExpires"));
    }

    /**
     * Sets {@code externalLastModified}.
     */
    public Builder externalLastModified(Instant externalLastModified) {
      return put("externalLastModified", Checks.notNull(externalLastModified, "externalLastModified"));
    }

    /**
     * Sets {@code falsePositiveFlag}.
     */
    public Builder falsePositiveFlag(boolean falsePositiveFlag) {
      return put("falsePositiveFlag", falsePositiveFlag);
    }

    /**
     * Sets {@code firstSeen}.
     */
    public Builder firstSeen(Instant firstSeen) {
      return put("firstSeen", Checks.notNull(firstSeen, "firstSeen"));
    }

    /**
     * Sets {@code lastSeen}.
     */
    public Builder lastSeen(Instant lastSeen) {
      return put("lastSeen", Checks.notNull(lastSeen, "lastSeen"));
    }

    /**
     * Sets {@code observations}.
     */
    public Builder observations(int observations) {
      return put("observations", observations);
    }

    /**
     * Sets {@code privateFlag}.
     */
    public Builder privateFlag(boolean privateFlag) {
      return put("privateFlag", privateFlag);
    }

    /**
     * Sets {@code rating}.
     */
    public Builder rating(BigDecimal rating) {
      return put("rating", Checks.notNull(rating, "rating"));
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
     * Adds securityLabels; repeated calls add to the list.
     */
    public Builder securityLabels(SecurityLabel... securityLabels) {
      return put("securityLabels", Requests.refs(current("securityLabels"), securityLabels, "securityLabels"));
    }

    /**
     * Appends, replaces or deletes securityLabels, as the block says (see {@link Metadata}).
     */
    public Builder securityLabels(Block<? extends SecurityLabel> block) {
      return put("securityLabels", Requests.block(current("securityLabels"), block, "securityLabels"));
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
    public IndicatorUpdate build() {
      Fields built = fields.build();
      if (built.size() == 0) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new IndicatorUpdate(built);
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
