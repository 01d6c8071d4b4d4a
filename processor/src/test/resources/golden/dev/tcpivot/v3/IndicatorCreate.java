package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.WireObject;
import dev.tcpivot.spec.ValueFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST /v3/indicators}: a new Indicator. Start from a factory, e.g. {@link #address},
 * add what else it needs, and {@link Builder#build()}.
 *
 * <p>{@code /v3/indicators} can associate Artifacts, Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IndicatorCreate extends WireObject {
  private IndicatorCreate() {
    super("IndicatorCreate", WireObject.Kind.VALUE);
  }

  private IndicatorCreate(IndicatorCreate from) {
    super(from);
  }

  /**
   * An Indicator of type {@code Address}, with its required fields: {@code ip}.
   */
  public static Builder address(String ip) {
    Builder builder = new Builder("Address");
    builder.draft.put("ip", checkFormat(ValueFormat.IP_ADDRESS, ip, "ip"));
    return builder;
  }

  /**
   * An Indicator of type {@code EmailAddress}, with its required fields: {@code address}.
   */
  public static Builder emailAddress(String address) {
    Builder builder = new Builder("EmailAddress");
    builder.draft.put("address", checkFormat(ValueFormat.EMAIL_ADDRESS, address, "address"));
    return builder;
  }

  /**
   * An Indicator of type {@code File}, with its required fields: {@code md5} (one of its hash fields).
   */
  public static File fileMd5(String md5) {
    File builder = new File();
    builder.draft.put("md5", checkFormat(ValueFormat.MD5, md5, "md5"));
    return builder;
  }

  /**
   * An Indicator of type {@code File}, with its required fields: {@code sha1} (one of its hash fields).
   */
  public static File fileSha1(String sha1) {
    File builder = new File();
    builder.draft.put("sha1", checkFormat(ValueFormat.SHA1, sha1, "sha1"));
    return builder;
  }

  /**
   * An Indicator of type {@code File}, with its required fields: {@code sha256} (one of its hash fields).
   */
  public static File fileSha256(String sha256) {
    File builder = new File();
    builder.draft.put("sha256", checkFormat(ValueFormat.SHA256, sha256, "sha256"));
    return builder;
  }

  /**
   * An Indicator of type {@code Host}, with its required fields: {@code hostName}.
   */
  public static Host host(String hostName) {
    Host builder = new Host();
    builder.draft.put("hostName", checkFormat(ValueFormat.HOST_NAME, hostName, "hostName"));
    return builder;
  }

  /**
   * An Indicator of type {@code URL}, with its required fields: {@code text}.
   */
  public static Builder url(String text) {
    Builder builder = new Builder("URL");
    builder.draft.put("text", checkFormat(ValueFormat.URL, text, "text"));
    return builder;
  }

  /**
   * An Indicator of type {@code ASN}, with its required fields: {@code AS Number}.
   */
  public static Builder asn(String asNumber) {
    Builder builder = new Builder("ASN");
    builder.draft.put("AS Number", checkFormat(ValueFormat.ASN, asNumber, "asNumber"));
    return builder;
  }

  /**
   * An Indicator of type {@code CIDR}, with its required fields: {@code Block}.
   */
  public static Builder cidr(String block) {
    Builder builder = new Builder("CIDR");
    builder.draft.put("Block", checkFormat(ValueFormat.CIDR, block, "block"));
    return builder;
  }

  /**
   * An Indicator of type {@code Email Subject}, with its required fields: {@code Subject}.
   */
  public static Builder emailSubject(String subject) {
    Builder builder = new Builder("Email Subject");
    builder.draft.put("Subject", notBlank(subject, "subject"));
    return builder;
  }

  /**
   * An Indicator of type {@code Hashtag}, with its required fields: {@code Hashtag}.
   */
  public static Builder hashtag(String hashtag) {
    Builder builder = new Builder("Hashtag");
    builder.draft.put("Hashtag", notBlank(hashtag, "hashtag"));
    return builder;
  }

  /**
   * An Indicator of type {@code Mutex}, with its required fields: {@code Mutex}.
   */
  public static Builder mutex(String mutex) {
    Builder builder = new Builder("Mutex");
    builder.draft.put("Mutex", notBlank(mutex, "mutex"));
    return builder;
  }

  /**
   * An Indicator of type {@code Registry Key}, with its required fields: {@code Key Name}, {@code Value Name}, {@code Value Type}.
   */
  public static Builder registryKey(String keyName, String valueName, RegistryValueType valueType) {
    Builder builder = new Builder("Registry Key");
    builder.draft.put("Key Name", checkFormat(ValueFormat.REGISTRY_KEY_NAME, keyName, "keyName"));
    builder.draft.put("Value Name", checkFormat(ValueFormat.REGISTRY_VALUE_NAME, valueName, "valueName"));
    builder.draft.put("Value Type", notNull(valueType, "valueType").wireValue());
    return builder;
  }

  /**
   * An Indicator of type {@code User Agent}, with its required fields: {@code User Agent String}.
   */
  public static Builder userAgent(String userAgentString) {
    Builder builder = new Builder("User Agent");
    builder.draft.put("User Agent String", notBlank(userAgentString, "userAgentString"));
    return builder;
  }

  /**
   * A builder that starts from this body's fields, to add to them or change them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects a new Indicator's fields. Each setter checks its argument at once.
   *
   * <p>The fields of one type only are set on that type's builder, which its factory
   * returns (e.g. {@link File}); the association setters that take varargs return this
   * class, so set a type's own fields first.
   */
  public static class Builder {
    final IndicatorCreate draft;

    private Builder(String type) {
      this.draft = new IndicatorCreate();
      draft.put("type", type);
    }

    private Builder(IndicatorCreate from) {
      this.draft = new IndicatorCreate(from);
    }

    /**
     * Sets {@code active}.
     */
    public Builder active(boolean active) {
      draft.put("active", bool(active));
      return this;
    }

    /**
     * Sets {@code activeLocked}.
     */
    public Builder activeLocked(boolean activeLocked) {
      draft.put("activeLocked", bool(activeLocked));
      return this;
    }

    /**
     * Sets {@code confidence}.
     */
    public Builder confidence(int confidence) {
      draft.put("confidence", whole(confidence));
      return this;
    }

    /**
     * Sets {@code externalDateAdded}.
     */
    public Builder externalDateAdded(Instant externalDateAdded) {
      draft.put("externalDateAdded", instant(notNull(externalDateAdded, "externalDateAdded")));
      return this;
    }

    /**
     * Sets {@code externalDateExpires}.
     */
    public Builder externalDateExpires(Instant externalDateExpires) {
      draft.put("externalDateExpires", instant(notNull(externalDateExpires, "externalDateExpires")));
      return this;
    }

    /**
     * Sets {@code externalLastModified}.
     */
    public Builder externalLastModified(Instant externalLastModified) {
      draft.put("externalLastModified", instant(notNull(externalLastModified, "externalLastModified")));
      return this;
    }

    /**
     * Sets {@code falsePositiveFlag}.
     */
    public Builder falsePositiveFlag(boolean falsePositiveFlag) {
      draft.put("falsePositiveFlag", counted(bool(falsePositiveFlag)));
      return this;
    }

    /**
     * Sets {@code firstSeen}.
     */
    public Builder firstSeen(Instant firstSeen) {
      draft.put("firstSeen", instant(notNull(firstSeen, "firstSeen")));
      return this;
    }

    /**
     * Sets {@code lastSeen}.
     */
    public Builder lastSeen(Instant lastSeen) {
      draft.put("lastSeen", instant(notNull(lastSeen, "lastSeen")));
      return this;
    }

    /**
     * Sets {@code observations}.
     */
    public Builder observations(int observations) {
      draft.put("observations", counted(whole(observations)));
      return this;
    }

    /**
     * Sets {@code privateFlag}.
     */
    public Builder privateFlag(boolean privateFlag) {
      draft.put("privateFlag", bool(privateFlag));
      return this;
    }

    /**
     * Sets {@code rating}.
     */
    public Builder rating(BigDecimal rating) {
      draft.put("rating", decimal(notNull(rating, "rating")));
      return this;
    }

    /**
     * Creates the Indicator in the Community or Source of that name (the default is the API user's Organization).
     */
    public Builder ownerName(String ownerName) {
      draft.put("ownerName", notBlank(ownerName, "ownerName"));
      return this;
    }

    /**
     * Creates the Indicator in the owner with that ID.
     */
    public Builder ownerId(long ownerId) {
      draft.put("ownerId", whole(checkId(ownerId, "ownerId")));
      return this;
    }

    /**
     * Associates the Artifacts; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedArtifacts(Ref<Artifact>... refs) {
      draft.append("associatedArtifacts", refs);
      return this;
    }

    /**
     * Associates the Artifacts in the list, in order; repeated calls add to the list.
     */
    public Builder associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      draft.append("associatedArtifacts", refs);
      return this;
    }

    /**
     * Associates the Cases; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedCases(Ref<Case>... refs) {
      draft.append("associatedCases", refs);
      return this;
    }

    /**
     * Associates the Cases in the list, in order; repeated calls add to the list.
     */
    public Builder associatedCases(List<? extends Ref<Case>> refs) {
      draft.append("associatedCases", refs);
      return this;
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(Ref<Group>... refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public Builder associatedGroups(List<? extends Ref<Group>> refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedIndicators(Ref<Indicator>... refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      draft.append("attributes", attributes);
      return this;
    }

    /**
     * Adds securityLabels; repeated calls add to the list.
     */
    public Builder securityLabels(SecurityLabel... securityLabels) {
      draft.append("securityLabels", securityLabels);
      return this;
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public Builder tags(Tag... tags) {
      draft.append("tags", tags);
      return this;
    }

    /**
     * The body; the builder can go on to make others.
     */
    public final IndicatorCreate build() {
      return new IndicatorCreate(draft);
    }
  }

  /**
   * Collects the fields of a new File Indicator: those every Indicator has, and its own.
   */
  public static final class File extends Builder {
    private File() {
      super("File");
    }

    /**
     * Sets {@code md5}.
     */
    public File md5(String md5) {
      draft.put("md5", checkFormat(ValueFormat.MD5, md5, "md5"));
      return this;
    }

    /**
     * Sets {@code sha1}.
     */
    public File sha1(String sha1) {
      draft.put("sha1", checkFormat(ValueFormat.SHA1, sha1, "sha1"));
      return this;
    }

    /**
     * Sets {@code sha256}.
     */
    public File sha256(String sha256) {
      draft.put("sha256", checkFormat(ValueFormat.SHA256, sha256, "sha256"));
      return this;
    }

    /**
     * Sets {@code size}.
     */
    public File size(String size) {
      draft.put("size", notNull(size, "size"));
      return this;
    }

    @Override
    public File active(boolean active) {
      super.active(active);
      return this;
    }

    @Override
    public File activeLocked(boolean activeLocked) {
      super.activeLocked(activeLocked);
      return this;
    }

    @Override
    public File confidence(int confidence) {
      super.confidence(confidence);
      return this;
    }

    @Override
    public File externalDateAdded(Instant externalDateAdded) {
      super.externalDateAdded(externalDateAdded);
      return this;
    }

    @Override
    public File externalDateExpires(Instant externalDateExpires) {
      super.externalDateExpires(externalDateExpires);
      return this;
    }

    @Override
    public File externalLastModified(Instant externalLastModified) {
      super.externalLastModified(externalLastModified);
      return this;
    }

    @Override
    public File falsePositiveFlag(boolean falsePositiveFlag) {
      super.falsePositiveFlag(falsePositiveFlag);
      return this;
    }

    @Override
    public File firstSeen(Instant firstSeen) {
      super.firstSeen(firstSeen);
      return this;
    }

    @Override
    public File lastSeen(Instant lastSeen) {
      super.lastSeen(lastSeen);
      return this;
    }

    @Override
    public File observations(int observations) {
      super.observations(observations);
      return this;
    }

    @Override
    public File privateFlag(boolean privateFlag) {
      super.privateFlag(privateFlag);
      return this;
    }

    @Override
    public File rating(BigDecimal rating) {
      super.rating(rating);
      return this;
    }

    @Override
    public File ownerName(String ownerName) {
      super.ownerName(ownerName);
      return this;
    }

    @Override
    public File ownerId(long ownerId) {
      super.ownerId(ownerId);
      return this;
    }

    @Override
    public File associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      super.associatedArtifacts(refs);
      return this;
    }

    @Override
    public File associatedCases(List<? extends Ref<Case>> refs) {
      super.associatedCases(refs);
      return this;
    }

    @Override
    public File associatedGroups(List<? extends Ref<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }

    @Override
    public File associatedIndicators(List<? extends Ref<Indicator>> refs) {
      super.associatedIndicators(refs);
      return this;
    }

    @Override
    public File attributes(Attribute... attributes) {
      super.attributes(attributes);
      return this;
    }

    @Override
    public File securityLabels(SecurityLabel... securityLabels) {
      super.securityLabels(securityLabels);
      return this;
    }

    @Override
    public File tags(Tag... tags) {
      super.tags(tags);
      return this;
    }
  }

  /**
   * Collects the fields of a new Host Indicator: those every Indicator has, and its own.
   */
  public static final class Host extends Builder {
    private Host() {
      super("Host");
    }

    /**
     * Sets {@code dnsActive}.
     */
    public Host dnsActive(boolean dnsActive) {
      draft.put("dnsActive", bool(dnsActive));
      return this;
    }

    /**
     * Sets {@code whoisActive}.
     */
    public Host whoisActive(boolean whoisActive) {
      draft.put("whoisActive", bool(whoisActive));
      return this;
    }

    @Override
    public Host active(boolean active) {
      super.active(active);
      return this;
    }

    @Override
    public Host activeLocked(boolean activeLocked) {
      super.activeLocked(activeLocked);
      return this;
    }

    @Override
    public Host confidence(int confidence) {
      super.confidence(confidence);
      return this;
    }

    @Override
    public Host externalDateAdded(Instant externalDateAdded) {
      super.externalDateAdded(externalDateAdded);
      return this;
    }

    @Override
    public Host externalDateExpires(Instant externalDateExpires) {
      super.externalDateExpires(externalDateExpires);
      return this;
    }

    @Override
    public Host externalLastModified(Instant externalLastModified) {
      super.externalLastModified(externalLastModified);
      return this;
    }

    @Override
    public Host falsePositiveFlag(boolean falsePositiveFlag) {
      super.falsePositiveFlag(falsePositiveFlag);
      return this;
    }

    @Override
    public Host firstSeen(Instant firstSeen) {
      super.firstSeen(firstSeen);
      return this;
    }

    @Override
    public Host lastSeen(Instant lastSeen) {
      super.lastSeen(lastSeen);
      return this;
    }

    @Override
    public Host observations(int observations) {
      super.observations(observations);
      return this;
    }

    @Override
    public Host privateFlag(boolean privateFlag) {
      super.privateFlag(privateFlag);
      return this;
    }

    @Override
    public Host rating(BigDecimal rating) {
      super.rating(rating);
      return this;
    }

    @Override
    public Host ownerName(String ownerName) {
      super.ownerName(ownerName);
      return this;
    }

    @Override
    public Host ownerId(long ownerId) {
      super.ownerId(ownerId);
      return this;
    }

    @Override
    public Host associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      super.associatedArtifacts(refs);
      return this;
    }

    @Override
    public Host associatedCases(List<? extends Ref<Case>> refs) {
      super.associatedCases(refs);
      return this;
    }

    @Override
    public Host associatedGroups(List<? extends Ref<Group>> refs) {
      super.associatedGroups(refs);
      return this;
    }

    @Override
    public Host associatedIndicators(List<? extends Ref<Indicator>> refs) {
      super.associatedIndicators(refs);
      return this;
    }

    @Override
    public Host attributes(Attribute... attributes) {
      super.attributes(attributes);
      return this;
    }

    @Override
    public Host securityLabels(SecurityLabel... securityLabels) {
      super.securityLabels(securityLabels);
      return this;
    }

    @Override
    public Host tags(Tag... tags) {
      super.tags(tags);
      return this;
    }
  }
}
