package dev.tcpivot.v3;

import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
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
  private VictimAssetCreate(Fields fields) {
    super(fields);
  }

  /**
   * A Victim Asset of type {@code EmailAddress}, with its required fields: {@code victimId}, {@code address}.
   */
  public static Builder emailAddress(long victimId, String address) {
    return new Builder(Fields.builder()
        .put("type", "EmailAddress")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("address", Checks.notBlank(address, "address")));
  }

  /**
   * A Victim Asset of type {@code NetworkAccount}, with its required fields: {@code victimId}, {@code accountName}.
   */
  public static Builder networkAccount(long victimId, String accountName) {
    return new Builder(Fields.builder()
        .put("type", "NetworkAccount")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("accountName", Checks.notBlank(accountName, "accountName")));
  }

  /**
   * A Victim Asset of type {@code Phone}, with its required fields: {@code victimId}, {@code phone}.
   */
  public static Builder phone(long victimId, String phone) {
    return new Builder(Fields.builder()
        .put("type", "Phone")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("phone", Checks.notBlank(phone, "phone")));
  }

  /**
   * A Victim Asset of type {@code SocialNetwork}, with its required fields: {@code victimId}, {@code accountName}.
   */
  public static Builder socialNetwork(long victimId, String accountName) {
    return new Builder(Fields.builder()
        .put("type", "SocialNetwork")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("accountName", Checks.notBlank(accountName, "accountName")));
  }

  /**
   * A Victim Asset of type {@code WebSite}, with its required fields: {@code victimId}, {@code website}.
   */
  public static Builder webSite(long victimId, String website) {
    return new Builder(Fields.builder()
        .put("type", "WebSite")
        .put("victimId", Checks.id(victimId, "victimId"))
        .put("website", Checks.notBlank(website, "website")));
  }

  /**
   * Collects a new Victim Asset's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields;

    private Builder(Fields.Builder fields) {
      this.fields = fields;
    }

    /**
     * Sets {@code addressType} (EmailAddress Victim Assets only).
     */
    public Builder addressType(String addressType) {
      Requests.requireType(type(), "addressType", "Victim Assets", "EmailAddress");
      return put("addressType", Checks.notNull(addressType, "addressType"));
    }

    /**
     * Sets {@code networkType} (NetworkAccount Victim Assets only).
     */
    public Builder networkType(String networkType) {
      Requests.requireType(type(), "networkType", "Victim Assets", "NetworkAccount");
      return put("networkType", Checks.notNull(networkType, "networkType"));
    }

    /**
     * Sets {@code socialNetwork} (SocialNetwork Victim Assets only).
     */
    public Builder socialNetwork(String socialNetwork) {
      Requests.requireType(type(), "socialNetwork", "Victim Assets", "SocialNetwork");
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
     * The body; the builder can go on to make others.
     */
    public VictimAssetCreate build() {
      return new VictimAssetCreate(fields.build());
    }

    private Builder put(String name, Object value) {
      fields.put(name, value);
      return this;
    }

    private Object current(String name) {
      return fields.get(name);
    }

    private String type() {
      return (String) fields.get("type");
    }
  }
}
