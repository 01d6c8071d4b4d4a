package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST /v3/victims}: a new Victim. Start from a factory, e.g. {@link #of},
 * add what else it needs, and {@link Builder#build()}.
 *
 * <p>{@code /v3/victims} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimCreate extends WireObject {
  private VictimCreate() {
    super("VictimCreate", WireObject.Kind.VALUE);
  }

  private VictimCreate(VictimCreate from) {
    super(from);
  }

  /**
   * A Victim, with its required fields: {@code name}.
   */
  public static Builder of(String name) {
    Builder builder = new Builder();
    builder.draft.put("name", notBlank(name, "name"));
    return builder;
  }

  /**
   * A builder that starts from this body's fields, to add to them or change them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects a new Victim's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    final VictimCreate draft;

    private Builder() {
      this.draft = new VictimCreate();
    }

    private Builder(VictimCreate from) {
      this.draft = new VictimCreate(from);
    }

    /**
     * Sets {@code nationality}.
     */
    public Builder nationality(String nationality) {
      draft.put("nationality", notNull(nationality, "nationality"));
      return this;
    }

    /**
     * Sets {@code org}.
     */
    public Builder org(String org) {
      draft.put("org", notNull(org, "org"));
      return this;
    }

    /**
     * Sets {@code suborg}.
     */
    public Builder suborg(String suborg) {
      draft.put("suborg", notNull(suborg, "suborg"));
      return this;
    }

    /**
     * Sets {@code workLocation}.
     */
    public Builder workLocation(String workLocation) {
      draft.put("workLocation", notNull(workLocation, "workLocation"));
      return this;
    }

    /**
     * Sets one of the fields this SDK sends as given: assets. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
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
    public Builder associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      draft.append("attributes", attributes);
      return this;
    }

    /**
     * Adds securityLabels; repeated calls add to the list.
     */
    public Builder securityLabels(SecurityLabel... securityLabels) {
      draft.append("securityLabels", securityLabels);
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
    public final VictimCreate build() {
      return new VictimCreate(draft);
    }
  }
}
