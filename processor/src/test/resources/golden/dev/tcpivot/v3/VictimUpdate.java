package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.Block;
import dev.tcpivot.Metadata;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/victims/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/victims} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimUpdate extends WireObject {
  private VictimUpdate(Fields fields) {
    super(fields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the changes to a victim. Each setter checks its argument at once.
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
     * Sets {@code nationality}.
     */
    public Builder nationality(String nationality) {
      return put("nationality", Checks.notNull(nationality, "nationality"));
    }

    /**
     * Sets {@code org}.
     */
    public Builder org(String org) {
      return put("org", Checks.notNull(org, "org"));
    }

    /**
     * Sets {@code suborg}.
     */
    public Builder suborg(String suborg) {
      return put("suborg", Checks.notNull(suborg, "suborg"));
    }

    /**
     * Sets {@code workLocation}.
     */
    public Builder workLocation(String workLocation) {
      return put("workLocation", Checks.notNull(workLocation, "workLocation"));
    }

    /**
     * Sets one of the fields this SDK sends as given: assets. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
      Requests.requireOneOf(field, "field", "assets");
      return put(field, Requests.json(value, field));
    }

    /**
     * Associates the Groups; repeated calls add to the list. /v3/victims does not accept associations across owners, so no ref may name an owner.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(SameOwnerRef<Group>... refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list. /v3/victims does not accept associations across owners, so no ref may name an owner.
     */
    public Builder associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}). /v3/victims does not accept associations across owners, so no ref may name an owner.
     */
    public Builder associatedGroups(Block<? extends SameOwnerRef<Group>> block) {
      return put("associatedGroups", Requests.block(current("associatedGroups"), block, "associatedGroups"));
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
    public VictimUpdate build() {
      Fields built = fields.build();
      if (built.size() == 0) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new VictimUpdate(built);
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
