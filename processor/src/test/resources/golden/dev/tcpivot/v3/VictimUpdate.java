package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.Block;
import dev.tcpivot.Metadata;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/victims/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/victims} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimUpdate extends WireObject {
  private VictimUpdate() {
    super("VictimUpdate", WireObject.Kind.VALUE);
  }

  private VictimUpdate(VictimUpdate from) {
    super(from);
  }

  /**
   * Changes to a Victim of any type.
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
   * Collects the changes to a Victim. Each setter checks its argument at once.
   */
  public static final class Builder {
    final VictimUpdate draft;

    private Builder() {
      this.draft = new VictimUpdate();
    }

    private Builder(VictimUpdate from) {
      this.draft = new VictimUpdate(from);
    }

    /**
     * Sets {@code name}.
     */
    public final Builder name(String name) {
      draft.put("name", notNull(name, "name"));
      return this;
    }

    /**
     * Sets {@code nationality}.
     */
    public final Builder nationality(String nationality) {
      draft.put("nationality", notNull(nationality, "nationality"));
      return this;
    }

    /**
     * Sets {@code org}.
     */
    public final Builder org(String org) {
      draft.put("org", notNull(org, "org"));
      return this;
    }

    /**
     * Sets {@code suborg}.
     */
    public final Builder suborg(String suborg) {
      draft.put("suborg", notNull(suborg, "suborg"));
      return this;
    }

    /**
     * Sets {@code workLocation}.
     */
    public final Builder workLocation(String workLocation) {
      draft.put("workLocation", notNull(workLocation, "workLocation"));
      return this;
    }

    /**
     * Sets one of the fields this SDK sends as given: assets. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public final Builder json(String field, Object value) {
      draft.put(oneOf(field, "field", "assets"), data(value, field));
      return this;
    }

    /**
     * Associates the Groups; repeated calls add to the list. /v3/victims does not accept associations across owners, so no ref may name an owner.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(SameOwnerRef<Group>... refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list. /v3/victims does not accept associations across owners, so no ref may name an owner.
     */
    public final Builder associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}). /v3/victims does not accept associations across owners, so no ref may name an owner.
     */
    public final Builder associatedGroups(Block<? extends SameOwnerRef<Group>> block) {
      draft.block("associatedGroups", block);
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
     * Adds securityLabels; repeated calls add to the list.
     */
    public final Builder securityLabels(SecurityLabel... securityLabels) {
      draft.append("securityLabels", securityLabels);
      return this;
    }

    /**
     * Appends, replaces or deletes securityLabels, as the block says (see {@link Metadata}).
     */
    public final Builder securityLabels(Block<? extends SecurityLabel> block) {
      draft.block("securityLabels", block);
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
    public final VictimUpdate build() {
      if (draft.isEmpty()) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new VictimUpdate(draft);
    }
  }
}
