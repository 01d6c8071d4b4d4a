package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
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
 * The body of {@code POST /v3/victims}: a new Victim. Start from a factory, e.g. {@link #of},
 * add what else it needs, and {@link Builder#build()}.
 *
 * <p>{@code /v3/victims} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimCreate extends WireObject {
  private VictimCreate(Fields fields) {
    super(fields);
  }

  /**
   * A Victim, with its required fields: {@code name}.
   */
  public static Builder of(String name) {
    return new Builder(Fields.builder()
        .put("name", Checks.notBlank(name, "name")));
  }

  /**
   * Collects a new Victim's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields;

    private Builder(Fields.Builder fields) {
      this.fields = fields;
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
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      return put("attributes", Requests.refs(current("attributes"), attributes, "attributes"));
    }

    /**
     * Adds securityLabels; repeated calls add to the list.
     */
    public Builder securityLabels(SecurityLabel... securityLabels) {
      return put("securityLabels", Requests.refs(current("securityLabels"), securityLabels, "securityLabels"));
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
    public VictimCreate build() {
      return new VictimCreate(fields.build());
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
