package dev.tcpivot.v3;

import dev.tcpivot.IdRef;
import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.ExistingObject;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.IdReference;
import dev.tcpivot.internal.OwnedReference;
import dev.tcpivot.internal.WireObject;
import javax.annotation.processing.Generated;

/**
 * An existing Indicator, named by ID ({@link #id}) or by type and summary (e.g. {@link #address}).
 * By summary, the API looks for it in the request's owner unless the ref names another.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IndicatorRef extends WireObject implements SameOwnerRef<Indicator>, ExistingObject {
  private IndicatorRef(Fields fields) {
    super(fields);
  }

  /**
   * An existing Indicator by ID; the only kind of ref that can remove an association.
   */
  public static IdRef<Indicator> id(long id) {
    return new IdReference<>("IndicatorRef", id);
  }

  /**
   * An existing Indicator of type {@code Address}, with its required fields: {@code ip}.
   */
  public static IndicatorRef address(String ip) {
    return new IndicatorRef(Fields.builder()
        .put("type", "Address")
        .put("ip", Checks.summaryField("Address", "ip", ip, "ip"))
        .build());
  }

  /**
   * An existing Indicator of type {@code EmailAddress}, with its required fields: {@code address}.
   */
  public static IndicatorRef emailAddress(String address) {
    return new IndicatorRef(Fields.builder()
        .put("type", "EmailAddress")
        .put("address", Checks.summaryField("EmailAddress", "address", address, "address"))
        .build());
  }

  /**
   * An existing Indicator of type {@code File}, with its required fields: {@code md5} (one of its hash fields).
   */
  public static IndicatorRef fileMd5(String md5) {
    return new IndicatorRef(Fields.builder()
        .put("type", "File")
        .put("md5", Checks.summaryField("File", "md5", md5, "md5"))
        .build());
  }

  /**
   * An existing Indicator of type {@code File}, with its required fields: {@code sha1} (one of its hash fields).
   */
  public static IndicatorRef fileSha1(String sha1) {
    return new IndicatorRef(Fields.builder()
        .put("type", "File")
        .put("sha1", Checks.summaryField("File", "sha1", sha1, "sha1"))
        .build());
  }

  /**
   * An existing Indicator of type {@code File}, with its required fields: {@code sha256} (one of its hash fields).
   */
  public static IndicatorRef fileSha256(String sha256) {
    return new IndicatorRef(Fields.builder()
        .put("type", "File")
        .put("sha256", Checks.summaryField("File", "sha256", sha256, "sha256"))
        .build());
  }

  /**
   * An existing Indicator of type {@code Host}, with its required fields: {@code hostName}.
   */
  public static IndicatorRef host(String hostName) {
    return new IndicatorRef(Fields.builder()
        .put("type", "Host")
        .put("hostName", Checks.summaryField("Host", "hostName", hostName, "hostName"))
        .build());
  }

  /**
   * An existing Indicator of type {@code URL}, with its required fields: {@code text}.
   */
  public static IndicatorRef url(String text) {
    return new IndicatorRef(Fields.builder()
        .put("type", "URL")
        .put("text", Checks.summaryField("URL", "text", text, "text"))
        .build());
  }

  /**
   * An existing Indicator of type {@code ASN}, with its required fields: {@code AS Number}.
   */
  public static IndicatorRef asn(String asNumber) {
    return new IndicatorRef(Fields.builder()
        .put("type", "ASN")
        .put("AS Number", Checks.summaryField("ASN", "AS Number", asNumber, "asNumber"))
        .build());
  }

  /**
   * An existing Indicator of type {@code CIDR}, with its required fields: {@code Block}.
   */
  public static IndicatorRef cidr(String block) {
    return new IndicatorRef(Fields.builder()
        .put("type", "CIDR")
        .put("Block", Checks.summaryField("CIDR", "Block", block, "block"))
        .build());
  }

  /**
   * An existing Indicator of type {@code Email Subject}, with its required fields: {@code Subject}.
   */
  public static IndicatorRef emailSubject(String subject) {
    return new IndicatorRef(Fields.builder()
        .put("type", "Email Subject")
        .put("Subject", Checks.summaryField("Email Subject", "Subject", subject, "subject"))
        .build());
  }

  /**
   * An existing Indicator of type {@code Hashtag}, with its required fields: {@code Hashtag}.
   */
  public static IndicatorRef hashtag(String hashtag) {
    return new IndicatorRef(Fields.builder()
        .put("type", "Hashtag")
        .put("Hashtag", Checks.summaryField("Hashtag", "Hashtag", hashtag, "hashtag"))
        .build());
  }

  /**
   * An existing Indicator of type {@code Mutex}, with its required fields: {@code Mutex}.
   */
  public static IndicatorRef mutex(String mutex) {
    return new IndicatorRef(Fields.builder()
        .put("type", "Mutex")
        .put("Mutex", Checks.summaryField("Mutex", "Mutex", mutex, "mutex"))
        .build());
  }

  /**
   * An existing Indicator of type {@code Registry Key}, with its required fields: {@code Key Name}, {@code Value Name}, {@code Value Type}.
   */
  public static IndicatorRef registryKey(String keyName, String valueName,
      RegistryValueType valueType) {
    return new IndicatorRef(Fields.builder()
        .put("type", "Registry Key")
        .put("Key Name", Checks.summaryField("Registry Key", "Key Name", keyName, "keyName"))
        .put("Value Name", Checks.summaryField("Registry Key", "Value Name", valueName, "valueName"))
        .put("Value Type", Checks.notNull(valueType, "valueType"))
        .build());
  }

  /**
   * An existing Indicator of type {@code User Agent}, with its required fields: {@code User Agent String}.
   */
  public static IndicatorRef userAgent(String userAgentString) {
    return new IndicatorRef(Fields.builder()
        .put("type", "User Agent")
        .put("User Agent String", Checks.summaryField("User Agent", "User Agent String", userAgentString, "userAgentString"))
        .build());
  }

  /**
   * This Indicator in the Community or Source of that name instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public Ref<Indicator> ownerName(String ownerName) {
    return OwnedReference.of(this, "IndicatorRef", fields().toBuilder().put("ownerName", Checks.notBlank(ownerName, "ownerName")).build());
  }

  /**
   * This Indicator in the owner with that ID instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public Ref<Indicator> ownerId(long ownerId) {
    return OwnedReference.of(this, "IndicatorRef", fields().toBuilder().put("ownerId", Checks.id(ownerId, "ownerId")).build());
  }
}
