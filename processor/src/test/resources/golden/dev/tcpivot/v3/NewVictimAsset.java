package dev.tcpivot.v3;

import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A Victim Asset that an association creates, e.g. {@link #emailAddress}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public class NewVictimAsset extends WireObject implements SameOwnerRef<VictimAsset> {
  /**
   * With room for the {@code fields} that a factory sets.
   */
  private NewVictimAsset(String type, int fields) {
    super("NewVictimAsset", WireObject.Kind.NEW, fields);
    put("type", type);
  }

  private NewVictimAsset(NewVictimAsset from) {
    super(from);
  }

  /**
   * A new Victim Asset of type {@code EmailAddress}, with its required fields: {@code victimId}, {@code address}.
   */
  public static EmailAddress emailAddress(long victimId, String address) {
    EmailAddress object = new EmailAddress(3);
    object.put("victimId", whole(checkId(victimId, "victimId")));
    object.put("address", notBlank(address, "address"));
    return object;
  }

  /**
   * A new Victim Asset of type {@code NetworkAccount}, with its required fields: {@code victimId}, {@code accountName}.
   */
  public static NetworkAccount networkAccount(long victimId, String accountName) {
    NetworkAccount object = new NetworkAccount(3);
    object.put("victimId", whole(checkId(victimId, "victimId")));
    object.put("accountName", notBlank(accountName, "accountName"));
    return object;
  }

  /**
   * A new Victim Asset of type {@code Phone}, with its required fields: {@code victimId}, {@code phone}.
   */
  public static NewVictimAsset phone(long victimId, String phone) {
    NewVictimAsset object = new NewVictimAsset("Phone", 3);
    object.put("victimId", whole(checkId(victimId, "victimId")));
    object.put("phone", notBlank(phone, "phone"));
    return object;
  }

  /**
   * A new Victim Asset of type {@code SocialNetwork}, with its required fields: {@code victimId}, {@code accountName}.
   */
  public static SocialNetwork socialNetwork(long victimId, String accountName) {
    SocialNetwork object = new SocialNetwork(3);
    object.put("victimId", whole(checkId(victimId, "victimId")));
    object.put("accountName", notBlank(accountName, "accountName"));
    return object;
  }

  /**
   * A new Victim Asset of type {@code WebSite}, with its required fields: {@code victimId}, {@code website}.
   */
  public static NewVictimAsset webSite(long victimId, String website) {
    NewVictimAsset object = new NewVictimAsset("WebSite", 3);
    object.put("victimId", whole(checkId(victimId, "victimId")));
    object.put("website", notBlank(website, "website"));
    return object;
  }

  /**
   * Sets one of the fields this SDK sends as given: securityLabels. The value is made of maps with
   * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
   */
  public NewVictimAsset json(String field, Object value) {
    NewVictimAsset copy = copy();
    copy.put(oneOf(field, "field", "securityLabels"), data(value, field));
    return copy;
  }

  /**
   * Associates the Groups; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewVictimAsset associatedGroups(SameOwnerRef<Group>... refs) {
    NewVictimAsset copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
   */
  public NewVictimAsset associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
    NewVictimAsset copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * A copy for a setter to change; the class of each type copies itself.
   */
  NewVictimAsset copy() {
    return new NewVictimAsset(this);
  }

  /**
   * A new EmailAddress Victim Asset, with the setters every Victim Asset has and its own.
   */
  public static final class EmailAddress extends NewVictimAsset {
    private EmailAddress(int fields) {
      super("EmailAddress", fields);
    }

    private EmailAddress(EmailAddress from) {
      super(from);
    }

    /**
     * Sets {@code addressType}.
     */
    public EmailAddress addressType(String addressType) {
      EmailAddress copy = copy();
      copy.put("addressType", notNull(addressType, "addressType"));
      return copy;
    }

    @Override
    public EmailAddress json(String field, Object value) {
      return (EmailAddress) super.json(field, value);
    }

    @Override
    public EmailAddress associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      return (EmailAddress) super.associatedGroups(refs);
    }

    @Override
    EmailAddress copy() {
      return new EmailAddress(this);
    }
  }

  /**
   * A new NetworkAccount Victim Asset, with the setters every Victim Asset has and its own.
   */
  public static final class NetworkAccount extends NewVictimAsset {
    private NetworkAccount(int fields) {
      super("NetworkAccount", fields);
    }

    private NetworkAccount(NetworkAccount from) {
      super(from);
    }

    /**
     * Sets {@code networkType}.
     */
    public NetworkAccount networkType(String networkType) {
      NetworkAccount copy = copy();
      copy.put("networkType", notNull(networkType, "networkType"));
      return copy;
    }

    @Override
    public NetworkAccount json(String field, Object value) {
      return (NetworkAccount) super.json(field, value);
    }

    @Override
    public NetworkAccount associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      return (NetworkAccount) super.associatedGroups(refs);
    }

    @Override
    NetworkAccount copy() {
      return new NetworkAccount(this);
    }
  }

  /**
   * A new SocialNetwork Victim Asset, with the setters every Victim Asset has and its own.
   */
  public static final class SocialNetwork extends NewVictimAsset {
    private SocialNetwork(int fields) {
      super("SocialNetwork", fields);
    }

    private SocialNetwork(SocialNetwork from) {
      super(from);
    }

    /**
     * Sets {@code socialNetwork}.
     */
    public SocialNetwork socialNetwork(String socialNetwork) {
      SocialNetwork copy = copy();
      copy.put("socialNetwork", notNull(socialNetwork, "socialNetwork"));
      return copy;
    }

    @Override
    public SocialNetwork json(String field, Object value) {
      return (SocialNetwork) super.json(field, value);
    }

    @Override
    public SocialNetwork associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
      return (SocialNetwork) super.associatedGroups(refs);
    }

    @Override
    SocialNetwork copy() {
      return new SocialNetwork(this);
    }
  }
}
