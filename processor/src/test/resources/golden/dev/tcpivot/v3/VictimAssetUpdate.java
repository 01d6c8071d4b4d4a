package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Block;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/victimAssets/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/victimAssets} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimAssetUpdate extends WireObject {
  private VictimAssetUpdate() {
    super("VictimAssetUpdate", WireObject.Kind.VALUE);
  }

  private VictimAssetUpdate(VictimAssetUpdate from) {
    super(from);
  }

  /**
   * Changes to a Victim Asset of any type.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Changes to an EmailAddress Victim Asset: the fields every Victim Asset has and those of {@code EmailAddress} only.
   */
  public static EmailAddress emailAddress() {
    return new EmailAddress();
  }

  /**
   * Changes to a NetworkAccount Victim Asset: the fields every Victim Asset has and those of {@code NetworkAccount} only.
   */
  public static NetworkAccount networkAccount() {
    return new NetworkAccount();
  }

  /**
   * Changes to a Phone Victim Asset: the fields every Victim Asset has and those of {@code Phone} only.
   */
  public static Phone phone() {
    return new Phone();
  }

  /**
   * Changes to a SocialNetwork Victim Asset: the fields every Victim Asset has and those of {@code SocialNetwork} only.
   */
  public static SocialNetwork socialNetwork() {
    return new SocialNetwork();
  }

  /**
   * Changes to a WebSite Victim Asset: the fields every Victim Asset has and those of {@code WebSite} only.
   */
  public static WebSite webSite() {
    return new WebSite();
  }

  /**
   * A builder that starts from this body's changes, to add to them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The setters of every Victim Asset's changes, shared by {@link Builder} and the builder of each
   * type that has fields of its own.
   *
   * @param <B> the builder itself
   */
  public abstract static class Changes<B extends Changes<B>> {
    final VictimAssetUpdate draft;

    Changes() {
      this.draft = new VictimAssetUpdate();
    }

    Changes(VictimAssetUpdate from) {
      this.draft = new VictimAssetUpdate(from);
    }

    abstract B self();

    /**
     * Sets one of the fields this SDK sends as given: securityLabels. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public final B json(String field, Object value) {
      draft.put(oneOf(field, "field", "securityLabels"), data(value, field));
      return self();
    }

    /**
     * Associates the Groups; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final B associatedGroups(SameOwnerRef<Group>... refs) {
      draft.append("associatedGroups", refs);
      return self();
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
     */
    public final B associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      draft.append("associatedGroups", refs);
      return self();
    }

    /**
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}). /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
     */
    public final B associatedGroups(Block<? extends SameOwnerRef<Group>> block) {
      draft.block("associatedGroups", block);
      return self();
    }

    /**
     * The body.
     *
     * @throws IllegalStateException when nothing was set: a PUT must change something
     */
    public final VictimAssetUpdate build() {
      if (draft.isEmpty()) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new VictimAssetUpdate(draft);
    }
  }

  /**
   * Collects the changes to a Victim Asset. Each setter checks its argument at once.
   */
  public static final class Builder extends Changes<Builder> {
    private Builder() {
    }

    private Builder(VictimAssetUpdate from) {
      super(from);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets {@code address} (EmailAddress Victim Assets only).
     */
    public Builder address(String address) {
      draft.put("address", notNull(address, "address"));
      return this;
    }

    /**
     * Sets {@code accountName} (NetworkAccount, SocialNetwork Victim Assets only).
     */
    public Builder accountName(String accountName) {
      draft.put("accountName", notNull(accountName, "accountName"));
      return this;
    }

    /**
     * Sets {@code phone} (Phone Victim Assets only).
     */
    public Builder phone(String phone) {
      draft.put("phone", notNull(phone, "phone"));
      return this;
    }

    /**
     * Sets {@code website} (WebSite Victim Assets only).
     */
    public Builder website(String website) {
      draft.put("website", notNull(website, "website"));
      return this;
    }

    /**
     * Sets {@code addressType} (EmailAddress Victim Assets only).
     */
    public Builder addressType(String addressType) {
      draft.put("addressType", notNull(addressType, "addressType"));
      return this;
    }

    /**
     * Sets {@code networkType} (NetworkAccount Victim Assets only).
     */
    public Builder networkType(String networkType) {
      draft.put("networkType", notNull(networkType, "networkType"));
      return this;
    }

    /**
     * Sets {@code socialNetwork} (SocialNetwork Victim Assets only).
     */
    public Builder socialNetwork(String socialNetwork) {
      draft.put("socialNetwork", notNull(socialNetwork, "socialNetwork"));
      return this;
    }
  }

  /**
   * Collects changes to an EmailAddress Victim Asset: the fields every Victim Asset has and its own.
   */
  public static final class EmailAddress extends Changes<EmailAddress> {
    private EmailAddress() {
    }

    @Override
    EmailAddress self() {
      return this;
    }

    /**
     * Sets {@code address}.
     */
    public EmailAddress address(String address) {
      draft.put("address", notNull(address, "address"));
      return this;
    }

    /**
     * Sets {@code addressType}.
     */
    public EmailAddress addressType(String addressType) {
      draft.put("addressType", notNull(addressType, "addressType"));
      return this;
    }
  }

  /**
   * Collects changes to a NetworkAccount Victim Asset: the fields every Victim Asset has and its own.
   */
  public static final class NetworkAccount extends Changes<NetworkAccount> {
    private NetworkAccount() {
    }

    @Override
    NetworkAccount self() {
      return this;
    }

    /**
     * Sets {@code accountName}.
     */
    public NetworkAccount accountName(String accountName) {
      draft.put("accountName", notNull(accountName, "accountName"));
      return this;
    }

    /**
     * Sets {@code networkType}.
     */
    public NetworkAccount networkType(String networkType) {
      draft.put("networkType", notNull(networkType, "networkType"));
      return this;
    }
  }

  /**
   * Collects changes to a Phone Victim Asset: the fields every Victim Asset has and its own.
   */
  public static final class Phone extends Changes<Phone> {
    private Phone() {
    }

    @Override
    Phone self() {
      return this;
    }

    /**
     * Sets {@code phone}.
     */
    public Phone phone(String phone) {
      draft.put("phone", notNull(phone, "phone"));
      return this;
    }
  }

  /**
   * Collects changes to a SocialNetwork Victim Asset: the fields every Victim Asset has and its own.
   */
  public static final class SocialNetwork extends Changes<SocialNetwork> {
    private SocialNetwork() {
    }

    @Override
    SocialNetwork self() {
      return this;
    }

    /**
     * Sets {@code accountName}.
     */
    public SocialNetwork accountName(String accountName) {
      draft.put("accountName", notNull(accountName, "accountName"));
      return this;
    }

    /**
     * Sets {@code socialNetwork}.
     */
    public SocialNetwork socialNetwork(String socialNetwork) {
      draft.put("socialNetwork", notNull(socialNetwork, "socialNetwork"));
      return this;
    }
  }

  /**
   * Collects changes to a WebSite Victim Asset: the fields every Victim Asset has and its own.
   */
  public static final class WebSite extends Changes<WebSite> {
    private WebSite() {
    }

    @Override
    WebSite self() {
      return this;
    }

    /**
     * Sets {@code website}.
     */
    public WebSite website(String website) {
      draft.put("website", notNull(website, "website"));
      return this;
    }
  }
}
