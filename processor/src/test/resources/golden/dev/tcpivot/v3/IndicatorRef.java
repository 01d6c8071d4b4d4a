package dev.tcpivot.v3;

import dev.tcpivot.IdRef;
import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.WireObject;
import dev.tcpivot.spec.ValueFormat;
import javax.annotation.processing.Generated;

/**
 * An existing Indicator, named by ID ({@link #id}) or by type and summary (e.g. {@link #address}).
 * By summary, the API looks for it in the request's owner unless the ref names another.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IndicatorRef extends WireObject implements SameOwnerRef<Indicator> {
  /**
   * With room for the {@code fields} that a factory sets.
   */
  private IndicatorRef(String type, int fields) {
    super("IndicatorRef", WireObject.Kind.EXISTING, fields);
    put("type", type);
  }

  /**
   * An existing Indicator by ID; the only kind of ref that can remove an association.
   */
  public static IdRef<Indicator> id(long id) {
    return new Id(id);
  }

  /**
   * An existing Indicator of type {@code Address}, with its required fields: {@code ip}.
   */
  public static IndicatorRef address(String ip) {
    IndicatorRef ref = new IndicatorRef("Address", 2);
    ref.put("ip", checkFormat(ValueFormat.IP_ADDRESS, ip, "ip"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code EmailAddress}, with its required fields: {@code address}.
   */
  public static IndicatorRef emailAddress(String address) {
    IndicatorRef ref = new IndicatorRef("EmailAddress", 2);
    ref.put("address", checkFormat(ValueFormat.EMAIL_ADDRESS, address, "address"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code File}, with its required fields: {@code md5} (one of its hash fields).
   */
  public static IndicatorRef fileMd5(String md5) {
    IndicatorRef ref = new IndicatorRef("File", 2);
    ref.put("md5", checkFormat(ValueFormat.MD5, md5, "md5"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code File}, with its required fields: {@code sha1} (one of its hash fields).
   */
  public static IndicatorRef fileSha1(String sha1) {
    IndicatorRef ref = new IndicatorRef("File", 2);
    ref.put("sha1", checkFormat(ValueFormat.SHA1, sha1, "sha1"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code File}, with its required fields: {@code sha256} (one of its hash fields).
   */
  public static IndicatorRef fileSha256(String sha256) {
    IndicatorRef ref = new IndicatorRef("File", 2);
    ref.put("sha256", checkFormat(ValueFormat.SHA256, sha256, "sha256"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code Host}, with its required fields: {@code hostName}.
   */
  public static IndicatorRef host(String hostName) {
    IndicatorRef ref = new IndicatorRef("Host", 2);
    ref.put("hostName", checkFormat(ValueFormat.HOST_NAME, hostName, "hostName"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code URL}, with its required fields: {@code text}.
   */
  public static IndicatorRef url(String text) {
    IndicatorRef ref = new IndicatorRef("URL", 2);
    ref.put("text", checkFormat(ValueFormat.URL, text, "text"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code ASN}, with its required fields: {@code AS Number}.
   */
  public static IndicatorRef asn(String asNumber) {
    IndicatorRef ref = new IndicatorRef("ASN", 2);
    ref.put("AS Number", checkFormat(ValueFormat.ASN, asNumber, "asNumber"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code CIDR}, with its required fields: {@code Block}.
   */
  public static IndicatorRef cidr(String block) {
    IndicatorRef ref = new IndicatorRef("CIDR", 2);
    ref.put("Block", checkFormat(ValueFormat.CIDR, block, "block"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code Email Subject}, with its required fields: {@code Subject}.
   */
  public static IndicatorRef emailSubject(String subject) {
    IndicatorRef ref = new IndicatorRef("Email Subject", 2);
    ref.put("Subject", notBlank(subject, "subject"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code Hashtag}, with its required fields: {@code Hashtag}.
   */
  public static IndicatorRef hashtag(String hashtag) {
    IndicatorRef ref = new IndicatorRef("Hashtag", 2);
    ref.put("Hashtag", notBlank(hashtag, "hashtag"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code Mutex}, with its required fields: {@code Mutex}.
   */
  public static IndicatorRef mutex(String mutex) {
    IndicatorRef ref = new IndicatorRef("Mutex", 2);
    ref.put("Mutex", notBlank(mutex, "mutex"));
    return ref;
  }

  /**
   * An existing Indicator of type {@code Registry Key}, with its required fields: {@code Key Name}, {@code Value Name}, {@code Value Type}.
   */
  public static IndicatorRef registryKey(String keyName, String valueName,
      RegistryValueType valueType) {
    IndicatorRef ref = new IndicatorRef("Registry Key", 4);
    ref.put("Key Name", checkFormat(ValueFormat.REGISTRY_KEY_NAME, keyName, "keyName"));
    ref.put("Value Name", checkFormat(ValueFormat.REGISTRY_VALUE_NAME, valueName, "valueName"));
    ref.put("Value Type", notNull(valueType, "valueType").wireValue());
    return ref;
  }

  /**
   * An existing Indicator of type {@code User Agent}, with its required fields: {@code User Agent String}.
   */
  public static IndicatorRef userAgent(String userAgentString) {
    IndicatorRef ref = new IndicatorRef("User Agent", 2);
    ref.put("User Agent String", notBlank(userAgentString, "userAgentString"));
    return ref;
  }

  /**
   * This Indicator in the Community or Source of that name instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public final Ref<Indicator> ownerName(String ownerName) {
    return inOwner("ownerName", notBlank(ownerName, "ownerName"));
  }

  /**
   * This Indicator in the owner with that ID instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public final Ref<Indicator> ownerId(long ownerId) {
    return inOwner("ownerId", whole(checkId(ownerId, "ownerId")));
  }

  private static final class Id extends WireObject implements IdRef<Indicator> {
    Id(long id) {
      super("IndicatorRef", id);
    }

    @Override
    public long id() {
      return idValue();
    }
  }
}
