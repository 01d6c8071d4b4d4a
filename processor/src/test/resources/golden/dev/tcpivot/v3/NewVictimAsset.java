package dev.tcpivot.v3;

import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A Victim Asset that an association creates, e.g. {@link #emailAddress}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class NewVictimAsset extends WireObject implements SameOwnerRef<VictimAsset> {
  private NewVictimAsset(Fields fields) {
    super(fields);
  }

  /**
   * A new Victim Asset of type {@code EmailAddress}, with its required fields: {@code victimId}, {@code address}.
   */
  public static NewVictimAsset emailAddress(long victimId, String address) {
    return new NewVictimAsset(Fields.builder()
        .put("type", "EmailAddress")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("address", Checks.notBlank(address, "address"))
        .build());
  }

  /**
   * A new Victim Asset of type {@code NetworkAccount}, with its required fields: {@code victimId}, {@code accountName}.
   */
  public static NewVictimAsset networkAccount(long victimId, String accountName) {
    return new NewVictimAsset(Fields.builder()
        .put("type", "NetworkAccount")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("accountName", Checks.notBlank(accountName, "accountName"))
        .build());
  }

  /**
   * A new Victim Asset of type {@code Phone}, with its required fields: {@code victimId}, {@code phone}.
   */
  public static NewVictimAsset phone(long victimId, String phone) {
    return new NewVictimAsset(Fields.builder()
        .put("type", "Phone")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("phone", Checks.notBlank(phone, "phone"))
        .build());
  }

  /**
   * A new Victim Asset of type {@code SocialNetwork}, with its required fields: {@code victimId}, {@code accountName}.
   */
  public static NewVictimAsset socialNetwork(long victimId, String accountName) {
    return new NewVictimAsset(Fields.builder()
        .put("type", "SocialNetwork")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("accountName", Checks.notBlank(accountName, "accountName"))
        .build());
  }

  /**
   * A new Victim Asset of type {@code WebSite}, with its required fields: {@code victimId}, {@code website}.
   */
  public static NewVictimAsset webSite(long victimId, String website) {
    return new NewVictimAsset(Fields.builder()
        .put("type", "WebSite")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("website", Checks.notBlank(website, "website"))
        .build());
  }

  /**
   * Sets {@code addressType} (EmailAddress Victim Assets only).
   */
  public NewVictimAsset addressType(String addressType) {
    Requests.requireType(type(), "addressType", "Victim Assets", "EmailAddress");
    return put("addressType", Checks.notNull(addressType, "addressType"));
  }

  /**
   * Sets {@code networkType} (NetworkAccount Victim Assets only).
   */
  public NewVictimAsset networkType(String networkType) {
    Requests.requireType(type(), "networkType", "Victim Assets", "NetworkAccount");
    return put("networkType", Checks.notNull(networkType, "networkType"));
  }

  /**
   * Sets {@code socialNetwork} (SocialNetwork Victim Assets only).
   */
  public NewVictimAsset socialNetwork(String socialNetwork) {
    Requests.requireType(type(), "socialNetwork", "Victim Assets", "SocialNetwork");
    return put("socialNetwork", Checks.notNull(socialNetwork, "socialNetwork"));
  }

  /**
   * Sets one of the fields this SDK sends as given: securityLabels. The value is made of maps with
   * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
   */
  public NewVictimAsset json(String field, Object value) {
    Requests.requireOneOf(field, "field", "securityLabels");
    return put(field, Requests.json(value, field));
  }

  /**
   * Associates the Groups; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewVictimAsset associatedGroups(SameOwnerRef<Group>... refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list. /v3/victimAssets does not accept associations across owners, so no ref may name an owner.
   */
  public NewVictimAsset associatedGroups(List<? extends SameOwnerRef<Group>> refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  private NewVictimAsset put(String name, Object value) {
    return new NewVictimAsset(fields().toBuilder().put(name, value).build());
  }

  private Object current(String name) {
    return fields().get(name);
  }

  private String type() {
    return (String) fields().get("type");
  }
}
