package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.Block;
import dev.tcpivot.Metadata;
import dev.tcpivot.Ref;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
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
  private IndicatorUpdate() {
    super("IndicatorUpdate", WireObject.Kind.VALUE);
  }

  private IndicatorUpdate(IndicatorUpdate from) {
    super(from);
  }

  /**
   * Changes to an Indicator of any type.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Changes to a File Indicator: the fields every Indicator has and those of {@code File} only.
   */
  public static File file() {
    return new File();
  }

  /**
   * Changes to a Host Indicator: the fields every Indicator has and those of {@code Host} only.
   */
  public static Host host() {
    return new Host();
  }

  /**
   * A builder that starts from this body's changes, to add to them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The setters of every Indicator's changes, shared by {@link Builder} and the builder of each
   * type that has fields of its own.
   *
   * @param <B> the builder itself
   */
  public abstract static class Changes<B extends Changes<B>> {
    final IndicatorUpdate draft;

    Changes() {
      this.draft = new IndicatorUpdate();
    }

    Changes(IndicatorUpdate from) {
      this.draft = new IndicatorUpdate(from);
    }

    abstract B self();

    /**
     * Sets {@code active}.
     */
    public final B active(boolean active) {
      draft.put("active", bool(active));
      return self();
    }

    /**
     * Sets {@code activeLocked}.
     */
    public final B activeLocked(boolean activeLocked) {
      draft.put("activeLocked", bool(activeLocked));
      return self();
    }

    /**
     * Sets {@code confidence}.
     */
    public final B confidence(int confidence) {
      draft.put("confidence", whole(confidence));
      return self();
    }

    /**
     * Sets {@code externalDateAdded}.
     */
    public final B externalDateAdded(Instant externalDateAdded) {
      draft.put("externalDateAdded", instant(notNull(externalDateAdded, "externalDateAdded")));
      return self();
    }

    /**
     * Sets {@code externalDateExpires}.
     */
    public final B externalDateExpires(Instant externalDateExpires) {
      draft.put("externalDateExpires", instant(notNull(externalDateExpires, "externalDateExpires")));
      return self();
    }

    /**
     * Sets {@code externalLastModified}.
     */
    public final B externalLastModified(Instant externalLastModified) {
      draft.put("externalLastModified", instant(notNull(externalLastModified, "externalLastModified")));
      return self();
    }

    /**
     * Sets {@code falsePositiveFlag}.
     */
    public final B falsePositiveFlag(boolean falsePositiveFlag) {
      draft.put("falsePositiveFlag", counted(bool(falsePositiveFlag)));
      return self();
    }

    /**
     * Sets {@code firstSeen}.
     */
    public final B firstSeen(Instant firstSeen) {
      draft.put("firstSeen", instant(notNull(firstSeen, "firstSeen")));
      return self();
    }

    /**
     * Sets {@code lastSeen}.
     */
    public final B lastSeen(Instant lastSeen) {
      draft.put("lastSeen", instant(notNull(lastSeen, "lastSeen")));
      return self();
    }

    /**
     * Sets {@code observations}.
     */
    public final B observations(int observations) {
      draft.put("observations", counted(whole(observations)));
      return self();
    }

    /**
     * Sets {@code privateFlag}.
     */
    public final B privateFlag(boolean privateFlag) {
      draft.put("privateFlag", bool(privateFlag));
      return self();
    }

    /**
     * Sets {@code rating}.
     */
    public final B rating(BigDecimal rating) {
      draft.put("rating", decimal(notNull(rating, "rating")));
      return self();
    }

    /**
     * Associates the Artifacts; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedArtifacts(Ref<Artifact>... refs) {
      draft.append("associatedArtifacts", refs);
      return self();
    }

    /**
     * Associates the Artifacts in the list, in order; repeated calls add to the list.
     */
    public final B associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      draft.append("associatedArtifacts", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Artifacts, as the block says (see {@link Associations}).
     */
    public final B associatedArtifacts(Block<? extends Ref<Artifact>> block) {
      draft.block("associatedArtifacts", block);
      return self();
    }

    /**
     * Associates the Cases; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedCases(Ref<Case>... refs) {
      draft.append("associatedCases", refs);
      return self();
    }

    /**
     * Associates the Cases in the list, in order; repeated calls add to the list.
     */
    public final B associatedCases(List<? extends Ref<Case>> refs) {
      draft.append("associatedCases", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Cases, as the block says (see {@link Associations}).
     */
    public final B associatedCases(Block<? extends Ref<Case>> block) {
      draft.block("associatedCases", block);
      return self();
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedGroups(Ref<Group>... refs) {
      draft.append("associatedGroups", refs);
      return self();
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public final B associatedGroups(List<? extends Ref<Group>> refs) {
      draft.append("associatedGroups", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}).
     */
    public final B associatedGroups(Block<? extends Ref<Group>> block) {
      draft.block("associatedGroups", block);
      return self();
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedIndicators(Ref<Indicator>... refs) {
      draft.append("associatedIndicators", refs);
      return self();
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public final B associatedIndicators(List<? extends Ref<Indicator>> refs) {
      draft.append("associatedIndicators", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Indicators, as the block says (see {@link Associations}).
     */
    public final B associatedIndicators(Block<? extends Ref<Indicator>> block) {
      draft.block("associatedIndicators", block);
      return self();
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public final B attributes(Attribute... attributes) {
      draft.append("attributes", attributes);
      return self();
    }

    /**
     * Appends, replaces or deletes attributes, as the block says (see {@link Metadata}).
     */
    public final B attributes(Block<? extends Attribute> block) {
      draft.block("attributes", block);
      return self();
    }

    /**
     * Adds securityLabels; repeated calls add to the list.
     */
    public final B securityLabels(SecurityLabel... securityLabels) {
      draft.append("securityLabels", securityLabels);
      return self();
    }

    /**
     * Appends, replaces or deletes securityLabels, as the block says (see {@link Metadata}).
     */
    public final B securityLabels(Block<? extends SecurityLabel> block) {
      draft.block("securityLabels", block);
      return self();
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public final B tags(Tag... tags) {
      draft.append("tags", tags);
      return self();
    }

    /**
     * Appends, replaces or deletes tags, as the block says (see {@link Metadata}).
     */
    public final B tags(Block<? extends Tag> block) {
      draft.block("tags", block);
      return self();
    }

    /**
     * The body.
     *
     * @throws IllegalStateException when nothing was set: a PUT must change something
     */
    public final IndicatorUpdate build() {
      if (draft.isEmpty()) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new IndicatorUpdate(draft);
    }
  }

  /**
   * Collects the changes to an Indicator. Each setter checks its argument at once.
   */
  public static final class Builder extends Changes<Builder> {
    private Builder() {
    }

    private Builder(IndicatorUpdate from) {
      super(from);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets {@code size} (File Indicators only).
     */
    public Builder size(String size) {
      draft.put("size", notNull(size, "size"));
      return this;
    }

    /**
     * Sets {@code dnsActive} (Host Indicators only).
     */
    public Builder dnsActive(boolean dnsActive) {
      draft.put("dnsActive", bool(dnsActive));
      return this;
    }

    /**
     * Sets {@code whoisActive} (Host Indicators only).
     */
    public Builder whoisActive(boolean whoisActive) {
      draft.put("whoisActive", bool(whoisActive));
      return this;
    }
  }

  /**
   * Collects changes to a File Indicator: the fields every Indicator has and its own.
   */
  public static final class File extends Changes<File> {
    private File() {
    }

    @Override
    File self() {
      return this;
    }

    /**
     * Sets {@code size}.
     */
    public File size(String size) {
      draft.put("size", notNull(size, "size"));
      return this;
    }
  }

  /**
   * Collects changes to a Host Indicator: the fields every Indicator has and its own.
   */
  public static final class Host extends Changes<Host> {
    private Host() {
    }

    @Override
    Host self() {
      return this;
    }

    /**
     * Sets {@code dnsActive}.
     */
    public Host dnsActive(boolean dnsActive) {
      draft.put("dnsActive", bool(dnsActive));
      return this;
    }

    /**
     * Sets {@code whoisActive}.
     */
    public Host whoisActive(boolean whoisActive) {
      draft.put("whoisActive", bool(whoisActive));
      return this;
    }
  }
}
