package dev.tcpivot.v3;

import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST /v3/victimAssets}: a new Victim Asset. Start from a factory, e.g. {@link #emailAddress},
 * add what else it needs, and {@link Builder#build()}.
 *
 * <p>{@code /v3/victimAssets} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimAssetCreate extends WireObject {
  private VictimAssetCreate() {
    super("VictimAssetCreate", WireObject.Kind.VALUE);
  }

  private VictimAssetCreate(VictimAssetCreate from) {
    super(from);
  }

  /**
   * A Victim Asset of type {@code EmailAddress}, with its required fields: {@code victimId}, {@code address}.
   */
  public static EmailAddress emailAddress(long victimId, String address) {
    EmailAddress builder = new EmailAddress();
    builder.draft.put("victimId", whole(checkId(victimId, "victimId")));
    builder.draft.put("address", notBlank(address, "address"));
    return builder;
  }

  /**
   * A Victim Asset of type {@code NetworkAccount}, with its required fields: {@code victimId}, {@code accountName}.
   */
  public static NetworkAccount networkAccount(long victimId, String accountName) {
    NetworkAccount builder = new NetworkAccount();
    builder.draft.put("victimId", whole(checkId(victimId, "victimId")));
    builder.draft.put("accountName", notBlank(accountName, "accountName"));
    return builder;
  }

  /**
   * A Victim Asset of type {@code Phone}, with its required fields: {@code victimId}, {@code phone}.
   */
  public static Builder phone(long victimId, String phone) {
    Builder builder = new Builder("Phone");
    builder.draft.put("victimId", whole(checkId(victimId, "victimId")));
    builder.draft.put("phone", notBlank(phone, "phone"));
    return builder;
  }

  /**
   * A Victim Asset of type {@code SocialNetwork}, with its required fields: {@code victimId}, {@code accountName}.
   */
  public static SocialNetwork socialNetwork(long victimId, String accountName) {
    SocialNetwork builder = new SocialNetwork();
    builder.draft.put("victimId", whole(checkId(victimId, "victimId")));
    builder.draft.put("accountName", notBlank(accountName, "accountName"));
    return builder;
  }

  /**
   * A Victim Asset of type {@code WebSite}, with its required fields: {@code victimId}, {@code website}.
   */
  public static Builder webSite(long victimId, String website) {
    Builder builder = new Builder("WebSite");
    builder.draft.put("victimId", whole(checkId(victimId, "victimId")));
    builder.draft.put("website", notBlank(website, "website"));
    return builder;
  }

  /**
   * A builder that starts from this body's fields, to add to them or change them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects a new Victim Asset's fields. Each setter checks its argument at once.
   *
   * <p>The fields of one type only are set on that type's builder, which its factory
   * returns (e.g. {@link EmailAddress}); the association setters that take varargs return this
   * class, so set a type's own fields first.
   */
  public static class Builder {
    final VictimAssetCreate draft;

    private Builder(String type) {
      this.draft = new VictimAssetCreate();
      draft.put("type", type);
    }

    private Builder(VictimAssetCreate from) {
      this.draft = new VictimAssetCreate(from);
    }

    /**
     * Sets one of the fields this SDK sends as given: securityLabels. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
      draft.put(oneOf(field, "field", "securityLabels"), data(value, field));
      return this;
    }

    /**
     * Associates the Groups; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(SameOwnerRef<Group>... refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
     */
    public Builder associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * The body; the builder can go on to make others.
     */
    public final VictimAssetCreate build() {
      return new VictimAssetCreate(draft);
    }
  }

  /**
   * Collects the fields of a new EmailAddress Victim Asset: those every Victim Asset has, and its own.
   */
  public static final class EmailAddress extends Builder {
    private EmailAddress() {
      super("EmailAddress");
    }

    /**
     * Sets {@code addressType}.
     */
    public EmailAddress addressType(String addressType) {
      draft.put("addressType", notNull(addressType, "addressType"));
      return this;
    }

    @Override
    public EmailAddress json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public EmailAddress associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }
  }

  /**
   * Collects the fields of a new NetworkAccount Victim Asset: those every Victim Asset has, and its own.
   */
  public static final class NetworkAccount extends Builder {
    private NetworkAccount() {
      super("NetworkAccount");
    }

    /**
     * Sets {@code networkType}.
     */
    public NetworkAccount networkType(String networkType) {
      draft.put("networkType", notNull(networkType, "networkType"));
      return this;
    }

    @Override
    public NetworkAccount json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public NetworkAccount associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }
  }

  /**
   * Collects the fields of a new SocialNetwork Victim Asset: those every Victim Asset has, and its own.
   */
  public static final class SocialNetwork extends Builder {
    private SocialNetwork() {
      super("SocialNetwork");
    }

    /**
     * Sets {@code socialNetwork}.
     */
    public SocialNetwork socialNetwork(String socialNetwork) {
      draft.put("socialNetwork", notNull(socialNetwork, "socialNetwork"));
      return this;
    }

    @Override
    public SocialNetwork json(String field, Object value) {
      super.json(field, value);
      return this;
    }

    @Override
    public SocialNetwork associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }
  }
}
