package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Block;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/victimAssets/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/victimAssets} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimAssetUpdate extends WireObject {
  private VictimAssetUpdate(Fields fields) {
    super(fields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the changes to a victim asset. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields = Fields.builder();

    private Builder() {
    }

    /**
     * Sets {@code address} (EmailAddress Victim Assets only).
     */
    public Builder address(String address) {
      return put("address", Checks.notNull(address, "address"));
    }

    /**
     * Sets {@code accountName} (NetworkAccount, SocialNetwork Victim Assets only).
     */
    public Builder accountName(String accountName) {
      return put("accountName", Checks.notNull(accountName, "accountName"));
    }

    /**
     * Sets {@code phone} (Phone Victim Assets only).
     */
    public Builder phone(String phone) {
      return put("phone", Checks.notNull(phone, "phone"));
    }

    /**
     * Sets {@code website} (WebSite Victim Assets only).
     */
    public Builder website(String website) {
      return put("website", Checks.notNull(website, "website"));
    }

    /**
     * Sets {@code addressType} (EmailAddress Victim Assets only).
     */
    public Builder addressType(String addressType) {
      return put("addressType", Checks.notNull(addressType, "addressType"));
    }

    /**
     * Sets {@code networkType} (NetworkAccount Victim Assets only).
     */
    public Builder networkType(String networkType) {
      return put("networkType", Checks.notNull(networkType, "networkType"));
    }

    /**
     * Sets {@code socialNetwork} (SocialNetwork Victim Assets only).
     */
    public Builder socialNetwork(String socialNetwork) {
      return put("socialNetwork", Checks.notNull(socialNetwork, "socialNetwork"));
    }

    /**
     * Sets one of the fields this SDK sends as given: securityLabels. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
      Requests.requireOneOf(field, "field", "securityLabels");
      return put(field, Requests.json(value, field));
    }

    /**
     * Associates the Groups; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(SameOwnerRef<Group>... refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
     */
    public Builder associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}). /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
     */
    public Builder associatedGroups(Block<? extends SameOwnerRef<Group>> block) {
      return put("associatedGroups", Requests.block(current("associatedGroups"), block, "associatedGroups"));
    }

    /**
     * The body.
     *
     * @throws IllegalStateException when nothing was set: a PUT must change something
     */
    public VictimAssetUpdate build() {
      Fields built = fields.build();
      if (built.size() == 0) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new VictimAssetUpdate(built);
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
