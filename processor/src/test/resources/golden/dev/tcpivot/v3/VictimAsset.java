package dev.tcpivot.v3;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.tcpivot.ApiModel;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * A Victim Asset as {@code /v3/victimAssets} returns it. Fields without a typed getter, and any the server adds, are kept:
 * see {@link #unknownFields()} and {@link #asMap()}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
@JsonDeserialize(
    using = VictimAsset.Reader.class
)
public final class VictimAsset extends ApiModel {
  private static final ApiModel.KnownFields KNOWN = knownFields("id", "webLink", "type", "victimId", "address", "accountName", "phone", "website", "addressType", "networkType", "socialNetwork")
      .labelledBy("address", "accountName", "phone", "website")
      .withAssociation("associatedGroups", Group.class, Group::new);

  /**
   * Copies an object given as a map, as if the server had sent it.
   */
  public VictimAsset(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  /**
   * Takes the fields that {@link Reader} read.
   */
  private VictimAsset(ApiModel.Fields fields) {
    super(fields);
  }

  /**
   * {@code id}, or null when the response does not carry it.
   */
  public Long id() {
    return longValue("id");
  }

  /**
   * {@code webLink}, or null when the response does not carry it.
   */
  public String webLink() {
    return string("webLink");
  }

  /**
   * {@code type}, or null when the response does not carry it.
   */
  public String type() {
    return string("type");
  }

  /**
   * {@code victimId}, or null when the response does not carry it.
   */
  public Long victimId() {
    return longValue("victimId");
  }

  /**
   * {@code address}, or null when the response does not carry it.
   */
  public String address() {
    return string("address");
  }

  /**
   * {@code accountName}, or null when the response does not carry it.
   */
  public String accountName() {
    return string("accountName");
  }

  /**
   * {@code phone}, or null when the response does not carry it.
   */
  public String phone() {
    return string("phone");
  }

  /**
   * {@code website}, or null when the response does not carry it.
   */
  public String website() {
    return string("website");
  }

  /**
   * {@code addressType}, or null when the response does not carry it.
   */
  public String addressType() {
    return string("addressType");
  }

  /**
   * {@code networkType}, or null when the response does not carry it.
   */
  public String networkType() {
    return string("networkType");
  }

  /**
   * {@code socialNetwork}, or null when the response does not carry it.
   */
  public String socialNetwork() {
    return string("socialNetwork");
  }

  /**
   * The Groups associated to this one; empty unless the request asked for them with {@link VictimAssetField#ASSOCIATED_GROUPS}.
   */
  public List<Group> associatedGroups() {
    return list("associatedGroups", Group::new);
  }

  /**
   * The JSON reading of {@link VictimAsset}, in one pass over an object's tokens; the JSON mapping finds it
   * through {@code @JsonDeserialize}.
   */
  static final class Reader extends ApiModel.ModelReader<VictimAsset> {
    Reader() {
      super(VictimAsset.class, KNOWN, VictimAsset::new);
    }
  }
}
