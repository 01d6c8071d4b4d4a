package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
import dev.tcpivot.spec.ValueFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * An Indicator that an association creates, e.g. {@link #address}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public class NewIndicator extends WireObject implements SameOwnerRef<Indicator> {
  /**
   * With room for the {@code fields} that a factory sets.
   */
  private NewIndicator(String type, int fields) {
    super("NewIndicator", WireObject.Kind.NEW, fields);
    put("type", type);
  }

  private NewIndicator(NewIndicator from) {
    super(from);
  }

  /**
   * A new Indicator of type {@code Address}, with its required fields: {@code ip}.
   */
  public static NewIndicator address(String ip) {
    NewIndicator object = new NewIndicator("Address", 2);
    object.put("ip", checkFormat(ValueFormat.IP_ADDRESS, ip, "ip"));
    return object;
  }

  /**
   * A new Indicator of type {@code EmailAddress}, with its required fields: {@code address}.
   */
  public static NewIndicator emailAddress(String address) {
    NewIndicator object = new NewIndicator("EmailAddress", 2);
    object.put("address", checkFormat(ValueFormat.EMAIL_ADDRESS, address, "address"));
    return object;
  }

  /**
   * A new Indicator of type {@code File}, with its required fields: {@code md5} (one of its hash fields).
   */
  public static File fileMd5(String md5) {
    File object = new File(2);
    object.put("md5", checkFormat(ValueFormat.MD5, md5, "md5"));
    return object;
  }

  /**
   * A new Indicator of type {@code File}, with its required fields: {@code sha1} (one of its hash fields).
   */
  public static File fileSha1(String sha1) {
    File object = new File(2);
    object.put("sha1", checkFormat(ValueFormat.SHA1, sha1, "sha1"));
    return object;
  }

  /**
   * A new Indicator of type {@code File}, with its required fields: {@code sha256} (one of its hash fields).
   */
  public static File fileSha256(String sha256) {
    File object = new File(2);
    object.put("sha256", checkFormat(ValueFormat.SHA256, sha256, "sha256"));
    return object;
  }

  /**
   * A new Indicator of type {@code Host}, with its required fields: {@code hostName}.
   */
  public static Host host(String hostName) {
    Host object = new Host(2);
    object.put("hostName", checkFormat(ValueFormat.HOST_NAME, hostName, "hostName"));
    return object;
  }

  /**
   * A new Indicator of type {@code URL}, with its required fields: {@code text}.
   */
  public static NewIndicator url(String text) {
    NewIndicator object = new NewIndicator("URL", 2);
    object.put("text", checkFormat(ValueFormat.URL, text, "text"));
    return object;
  }

  /**
   * A new Indicator of type {@code ASN}, with its required fields: {@code AS Number}.
   */
  public static NewIndicator asn(String asNumber) {
    NewIndicator object = new NewIndicator("ASN", 2);
    object.put("AS Number", checkFormat(ValueFormat.ASN, asNumber, "asNumber"));
    return object;
  }

  /**
   * A new Indicator of type {@code CIDR}, with its required fields: {@code Block}.
   */
  public static NewIndicator cidr(String block) {
    NewIndicator object = new NewIndicator("CIDR", 2);
    object.put("Block", checkFormat(ValueFormat.CIDR, block, "block"));
    return object;
  }

  /**
   * A new Indicator of type {@code Email Subject}, with its required fields: {@code Subject}.
   */
  public static NewIndicator emailSubject(String subject) {
    NewIndicator object = new NewIndicator("Email Subject", 2);
    object.put("Subject", notBlank(subject, "subject"));
    return object;
  }

  /**
   * A new Indicator of type {@code Hashtag}, with its required fields: {@code Hashtag}.
   */
  public static NewIndicator hashtag(String hashtag) {
    NewIndicator object = new NewIndicator("Hashtag", 2);
    object.put("Hashtag", notBlank(hashtag, "hashtag"));
    return object;
  }

  /**
   * A new Indicator of type {@code Mutex}, with its required fields: {@code Mutex}.
   */
  public static NewIndicator mutex(String mutex) {
    NewIndicator object = new NewIndicator("Mutex", 2);
    object.put("Mutex", notBlank(mutex, "mutex"));
    return object;
  }

  /**
   * A new Indicator of type {@code Registry Key}, with its required fields: {@code Key Name}, {@code Value Name}, {@code Value Type}.
   */
  public static NewIndicator registryKey(String keyName, String valueName,
      RegistryValueType valueType) {
    NewIndicator object = new NewIndicator("Registry Key", 4);
    object.put("Key Name", checkFormat(ValueFormat.REGISTRY_KEY_NAME, keyName, "keyName"));
    object.put("Value Name", checkFormat(ValueFormat.REGISTRY_VALUE_NAME, valueName, "valueName"));
    object.put("Value Type", notNull(valueType, "valueType").wireValue());
    return object;
  }

  /**
   * A new Indicator of type {@code User Agent}, with its required fields: {@code User Agent String}.
   */
  public static NewIndicator userAgent(String userAgentString) {
    NewIndicator object = new NewIndicator("User Agent", 2);
    object.put("User Agent String", notBlank(userAgentString, "userAgentString"));
    return object;
  }

  /**
   * Sets {@code active}.
   */
  public NewIndicator active(boolean active) {
    NewIndicator copy = copy();
    copy.put("active", bool(active));
    return copy;
  }

  /**
   * Sets {@code activeLocked}.
   */
  public NewIndicator activeLocked(boolean activeLocked) {
    NewIndicator copy = copy();
    copy.put("activeLocked", bool(activeLocked));
    return copy;
  }

  /**
   * Sets {@code confidence}.
   */
  public NewIndicator confidence(int confidence) {
    NewIndicator copy = copy();
    copy.put("confidence", whole(confidence));
    return copy;
  }

  /**
   * Sets {@code externalDateAdded}.
   */
  public NewIndicator externalDateAdded(Instant externalDateAdded) {
    NewIndicator copy = copy();
    copy.put("externalDateAdded", instant(notNull(externalDateAdded, "externalDateAdded")));
    return copy;
  }

  /**
   * Sets {@code externalDateExpires}.
   */
  public NewIndicator externalDateExpires(Instant externalDateExpires) {
    NewIndicator copy = copy();
    copy.put("externalDateExpires", instant(notNull(externalDateExpires, "externalDateExpires")));
    return copy;
  }

  /**
   * Sets {@code externalLastModified}.
   */
  public NewIndicator externalLastModified(Instant externalLastModified) {
    NewIndicator copy = copy();
    copy.put("externalLastModified", instant(notNull(externalLastModified, "externalLastModified")));
    return copy;
  }

  /**
   * Sets {@code falsePositiveFlag}.
   */
  public NewIndicator falsePositiveFlag(boolean falsePositiveFlag) {
    NewIndicator copy = copy();
    copy.put("falsePositiveFlag", counted(bool(falsePositiveFlag)));
    return copy;
  }

  /**
   * Sets {@code firstSeen}.
   */
  public NewIndicator firstSeen(Instant firstSeen) {
    NewIndicator copy = copy();
    copy.put("firstSeen", instant(notNull(firstSeen, "firstSeen")));
    return copy;
  }

  /**
   * Sets {@code lastSeen}.
   */
  public NewIndicator lastSeen(Instant lastSeen) {
    NewIndicator copy = copy();
    copy.put("lastSeen", instant(notNull(lastSeen, "lastSeen")));
    return copy;
  }

  /**
   * Sets {@code observations}.
   */
  public NewIndicator observations(int observations) {
    NewIndicator copy = copy();
    copy.put("observations", counted(whole(observations)));
    return copy;
  }

  /**
   * Sets {@code privateFlag}.
   */
  public NewIndicator privateFlag(boolean privateFlag) {
    NewIndicator copy = copy();
    copy.put("privateFlag", bool(privateFlag));
    return copy;
  }

  /**
   * Sets {@code rating}.
   */
  public NewIndicator rating(BigDecimal rating) {
    NewIndicator copy = copy();
    copy.put("rating", decimal(notNull(rating, "rating")));
    return copy;
  }

  /**
   * Associates the Artifacts; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewIndicator associatedArtifacts(Ref<Artifact>... refs) {
    NewIndicator copy = copy();
    copy.append("associatedArtifacts", refs);
    return copy;
  }

  /**
   * Associates the Artifacts in the list, in order; repeated calls add to the list.
   */
  public NewIndicator associatedArtifacts(List<? extends Ref<Artifact>> refs) {
    NewIndicator copy = copy();
    copy.append("associatedArtifacts", refs);
    return copy;
  }

  /**
   * Associates the Cases; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewIndicator associatedCases(Ref<Case>... refs) {
    NewIndicator copy = copy();
    copy.append("associatedCases", refs);
    return copy;
  }

  /**
   * Associates the Cases in the list, in order; repeated calls add to the list.
   */
  public NewIndicator associatedCases(List<? extends Ref<Case>> refs) {
    NewIndicator copy = copy();
    copy.append("associatedCases", refs);
    return copy;
  }

  /**
   * Associates the Groups; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewIndicator associatedGroups(Ref<Group>... refs) {
    NewIndicator copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list.
   */
  public NewIndicator associatedGroups(List<? extends Ref<Group>> refs) {
    NewIndicator copy = copy();
    copy.append("associatedGroups", refs);
    return copy;
  }

  /**
   * Associates the Indicators; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewIndicator associatedIndicators(Ref<Indicator>... refs) {
    NewIndicator copy = copy();
    copy.append("associatedIndicators", refs);
    return copy;
  }

  /**
   * Associates the Indicators in the list, in order; repeated calls add to the list.
   */
  public NewIndicator associatedIndicators(List<? extends Ref<Indicator>> refs) {
    NewIndicator copy = copy();
    copy.append("associatedIndicators", refs);
    return copy;
  }

  /**
   * Adds attributes; repeated calls add to the list.
   */
  public NewIndicator attributes(Attribute... attributes) {
    NewIndicator copy = copy();
    copy.append("attributes", attributes);
    return copy;
  }

  /**
   * Adds securityLabels; repeated calls add to the list.
   */
  public NewIndicator securityLabels(SecurityLabel... securityLabels) {
    NewIndicator copy = copy();
    copy.append("securityLabels", securityLabels);
    return copy;
  }

  /**
   * Adds tags; repeated calls add to the list.
   */
  public NewIndicator tags(Tag... tags) {
    NewIndicator copy = copy();
    copy.append("tags", tags);
    return copy;
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

  /**
   * A copy for a setter to change; the class of each type copies itself.
   */
  NewIndicator copy() {
    return new NewIndicator(this);
  }

  /**
   * A new File Indicator, with the setters every Indicator has and its own.
   */
  public static final class File extends NewIndicator {
    private File(int fields) {
      super("File", fields);
    }

    private File(File from) {
      super(from);
    }

    /**
     * Sets {@code md5}.
     */
    public File md5(String md5) {
      File copy = copy();
      copy.put("md5", checkFormat(ValueFormat.MD5, md5, "md5"));
      return copy;
    }

    /**
     * Sets {@code sha1}.
     */
    public File sha1(String sha1) {
      File copy = copy();
      copy.put("sha1", checkFormat(ValueFormat.SHA1, sha1, "sha1"));
      return copy;
    }

    /**
     * Sets {@code sha256}.
     */
    public File sha256(String sha256) {
      File copy = copy();
      copy.put("sha256", checkFormat(ValueFormat.SHA256, sha256, "sha256"));
      return copy;
    }

    /**
     * Sets {@code size}.
     */
    public File size(String size) {
      File copy = copy();
      copy.put("size", notNull(size, "size"));
      return copy;
    }

    @Override
    public File active(boolean active) {
      return (File) super.active(active);
    }

    @Override
    public File activeLocked(boolean activeLocked) {
      return (File) super.activeLocked(activeLocked);
    }

    @Override
    public File confidence(int confidence) {
      return (File) super.confidence(confidence);
    }

    @Override
    public File externalDateAdded(Instant externalDateAdded) {
      return (File) super.externalDateAdded(externalDateAdded);
    }

    @Override
    public File externalDateExpires(Instant externalDateExpires) {
      return (File) super.externalDateExpires(externalDateExpires);
    }

    @Override
    public File externalLastModified(Instant externalLastModified) {
      return (File) super.externalLastModified(externalLastModified);
    }

    @Override
    public File falsePositiveFlag(boolean falsePositiveFlag) {
      return (File) super.falsePositiveFlag(falsePositiveFlag);
    }

    @Override
    public File firstSeen(Instant firstSeen) {
      return (File) super.firstSeen(firstSeen);
    }

    @Override
    public File lastSeen(Instant lastSeen) {
      return (File) super.lastSeen(lastSeen);
    }

    @Override
    public File observations(int observations) {
      return (File) super.observations(observations);
    }

    @Override
    public File privateFlag(boolean privateFlag) {
      return (File) super.privateFlag(privateFlag);
    }

    @Override
    public File rating(BigDecimal rating) {
      return (File) super.rating(rating);
    }

    @Override
    public File associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return (File) super.associatedArtifacts(refs);
    }

    @Override
    public File associatedCases(List<? extends Ref<Case>> refs) {
      return (File) super.associatedCases(refs);
    }

    @Override
    public File associatedGroups(List<? extends Ref<Group>> refs) {
      return (File) super.associatedGroups(refs);
    }

    @Override
    public File associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return (File) super.associatedIndicators(refs);
    }

    @Override
    public File attributes(Attribute... attributes) {
      return (File) super.attributes(attributes);
    }

    @Override
    public File securityLabels(SecurityLabel... securityLabels) {
      return (File) super.securityLabels(securityLabels);
    }

    @Override
    public File tags(Tag... tags) {
      return (File) super.tags(tags);
    }

    @Override
    File copy() {
      return new File(this);
    }
  }

  /**
   * A new Host Indicator, with the setters every Indicator has and its own.
   */
  public static final class Host extends NewIndicator {
    private Host(int fields) {
      super("Host", fields);
    }

    private Host(Host from) {
      super(from);
    }

    /**
     * Sets {@code dnsActive}.
     */
    public Host dnsActive(boolean dnsActive) {
      Host copy = copy();
      copy.put("dnsActive", bool(dnsActive));
      return copy;
    }

    /**
     * Sets {@code whoisActive}.
     */
    public Host whoisActive(boolean whoisActive) {
      Host copy = copy();
      copy.put("whoisActive", bool(whoisActive));
      return copy;
    }

    @Override
    public Host active(boolean active) {
      return (Host) super.active(active);
    }

    @Override
    public Host activeLocked(boolean activeLocked) {
      return (Host) super.activeLocked(activeLocked);
    }

    @Override
    public Host confidence(int confidence) {
      return (Host) super.confidence(confidence);
    }

    @Override
    public Host externalDateAdded(Instant externalDateAdded) {
      return (Host) super.externalDateAdded(externalDateAdded);
    }

    @Override
    public Host externalDateExpires(Instant externalDateExpires) {
      return (Host) super.externalDateExpires(externalDateExpires);
    }

    @Override
    public Host externalLastModified(Instant externalLastModified) {
      return (Host) super.externalLastModified(externalLastModified);
    }

    @Override
    public Host falsePositiveFlag(boolean falsePositiveFlag) {
      return (Host) super.falsePositiveFlag(falsePositiveFlag);
    }

    @Override
    public Host firstSeen(Instant firstSeen) {
      return (Host) super.firstSeen(firstSeen);
    }

    @Override
    public Host lastSeen(Instant lastSeen) {
      return (Host) super.lastSeen(lastSeen);
    }

    @Override
    public Host observations(int observations) {
      return (Host) super.observations(observations);
    }

    @Override
    public Host privateFlag(boolean privateFlag) {
      return (Host) super.privateFlag(privateFlag);
    }

    @Override
    public Host rating(BigDecimal rating) {
      return (Host) super.rating(rating);
    }

    @Override
    public Host associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return (Host) super.associatedArtifacts(refs);
    }

    @Override
    public Host associatedCases(List<? extends Ref<Case>> refs) {
      return (Host) super.associatedCases(refs);
    }

    @Override
    public Host associatedGroups(List<? extends Ref<Group>> refs) {
      return (Host) super.associatedGroups(refs);
    }

    @Override
    public Host associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return (Host) super.associatedIndicators(refs);
    }

    @Override
    public Host attributes(Attribute... attributes) {
      return (Host) super.attributes(attributes);
    }

    @Override
    public Host securityLabels(SecurityLabel... securityLabels) {
      return (Host) super.securityLabels(securityLabels);
    }

    @Override
    public Host tags(Tag... tags) {
      return (Host) super.tags(tags);
    }

    @Override
    Host copy() {
      return new Host(this);
    }
  }
}
