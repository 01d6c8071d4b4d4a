package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
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
  private IndicatorCreate(Fields fields) {
    super(fields);
  }

  /**
   * An Indicator of type {@code Address}, with its required fields: {@code ip}.
   */
  public static Builder address(String ip) {
    return new Builder(Fields.builder()
        .put("type", "Address")
        .put("ip", Checks.summaryField("Address", "ip", ip, "ip")));
  }

  /**
   * An Indicator of type {@code EmailAddress}, with its required fields: {@code address}.
   */
  public static Builder emailAddress(String address) {
    return new Builder(Fields.builder()
        .put("type", "EmailAddress")
        .put("address", Checks.summaryField("EmailAddress", "address", address, "address")));
  }

  /**
   * An Indicator of type {@code File}, with its required fields: {@code md5} (one of its hash fields).
   */
  public static Builder fileMd5(String md5) {
    return new Builder(Fields.builder()
        .put("type", "File")
        .put("md5", Checks.summaryField("File", "md5", md5, "md5")));
  }

  /**
   * An Indicator of type {@code File}, with its required fields: {@code sha1} (one of its hash fields).
   */
  public static Builder fileSha1(String sha1) {
    return new Builder(Fields.builder()
        .put("type", "File")
        .put("sha1", Checks.summaryField("File", "sha1", sha1, "sha1")));
  }

  /**
   * An Indicator of type {@code File}, with its required fields: {@code sha256} (one of its hash fields).
   */
  public static Builder fileSha256(String sha256) {
    return new Builder(Fields.builder()
        .put("type", "File")
        .put("sha256", Checks.summaryField("File", "sha256", sha256, "sha256")));
  }

  /**
   * An Indicator of type {@code Host}, with its required fields: {@code hostName}.
   */
  public static Builder host(String hostName) {
    return new Builder(Fields.builder()
        .put("type", "Host")
        .put("hostName", Checks.summaryField("Host", "hostName", hostName, "hostName")));
  }

  /**
   * An Indicator of type {@code URL}, with its required fields: {@code text}.
   */
  public static Builder url(String text) {
    return new Builder(Fields.builder()
        .put("type", "URL")
        .put("text", Checks.summaryField("URL", "text", text, "text")));
  }

  /**
   * An Indicator of type {@code ASN}, with its required fields: {@code AS Number}.
   */
  public static Builder asn(String asNumber) {
    return new Builder(Fields.builder()
        .put("type", "ASN")
        .put("AS Number", Checks.summaryField("ASN", "AS Number", asNumber, "asNumber")));
  }

  /**
   * An Indicator of type {@code CIDR}, with its required fields: {@code Block}.
   */
  public static Builder cidr(String block) {
    return new Builder(Fields.builder()
        .put("type", "CIDR")
        .put("Block", Checks.summaryField("CIDR", "Block", block, "block")));
  }

  /**
   * An Indicator of type {@code Email Subject}, with its required fields: {@code Subject}.
   */
  public static Builder emailSubject(String subject) {
    return new Builder(Fields.builder()
        .put("type", "Email Subject")
        .put("Subject", Checks.summaryField("Email Subject", "Subject", subject, "subject")));
  }

  /**
   * An Indicator of type {@code Hashtag}, with its required fields: {@code Hashtag}.
   */
  public static Builder hashtag(String hashtag) {
    return new Builder(Fields.builder()
        .put("type", "Hashtag")
        .put("Hashtag", Checks.summaryField("Hashtag", "Hashtag", hashtag, "hashtag")));
  }

  /**
   * An Indicator of type {@code Mutex}, with its required fields: {@code Mutex}.
   */
  public static Builder mutex(String mutex) {
    return new Builder(Fields.builder()
        .put("type", "Mutex")
        .put("Mutex", Checks.summaryField("Mutex", "Mutex", mutex, "mutex")));
  }

  /**
   * An Indicator of type {@code Registry Key}, with its required fields: {@code Key Name}, {@code Value Name}, {@code Value Type}.
   */
  public static Builder registryKey(String keyName, String valueName, RegistryValueType valueType) {
    return new Builder(Fields.builder()
        .put("type", "Registry Key")
        .put("Key Name", Checks.summaryField("Registry Key", "Key Name", keyName, "keyName"))
        .put("Value Name", Checks.summaryField("Registry Key", "Value Name", valueName, "valueName"))
        .put("Value Type", Checks.notNull(valueType, "valueType")));
  }

  /**
   * An Indicator of type {@code User Agent}, with its required fields: {@code User Agent String}.
   */
  public static Builder userAgent(String userAgentString) {
    return new Builder(Fields.builder()
        .put("type", "User Agent")
        .put("User Agent String", Checks.summaryField("User Agent", "User Agent String", userAgentString, "userAgentString")));
  }

  /**
   * Collects a new Indicator's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields;

    private Builder(Fields.Builder fields) {
      this.fields = fields;
    }

    /**
     * Sets {@code md5} (File Indicators only).
     */
    public Builder md5(String md5) {
      Requests.requireType(type(), "md5", "Indicators", "File");
      return put("md5", Checks.notNull(md5, "md5"));
    }

    /**
     * Sets {@code sha1} (File Indicators only).
     */
    public Builder sha1(String sha1) {
      Requests.requireType(type(), "sha1", "Indicators", "File");
      return put("sha1", Checks.notNull(sha1, "sha1"));
    }

    /**
     * Sets {@code sha256} (File Indicators only).
     */
    public Builder sha256(String sha256) {
      Requests.requireType(type(), "sha256", "Indicators", "File");
      return put("sha256", Checks.notNull(sha256, "sha256"));
    }

    /**
     * Sets {@code size} (File Indicators only).
     */
    public Builder size(String size) {
      Requests.requireType(type(), "size", "Indicators", "File");
      return put("size", Checks.notNull(size, "size"));
    }

    /**
     * Sets {@code dnsActive} (Host Indicators only).
     */
    public Builder dnsActive(boolean dnsActive) {
      Requests.requireType(type(), "dnsActive", "Indicators", "Host");
      return put("dnsActive", dnsActive);
    }

    /**
     * Sets {@code whoisActive} (Host Indicators only).
     */
    public Builder whoisActive(boolean whoisActive) {
      Requests.requireType(type(), "whoisActive", "Indicators", "Host");
      return put("whoisActive", whoisActive);
    }

    /**
     * Sets {@code active}.
     */
    public Builder active(boolean active) {
      return put("active", active);
    }

    /**
     * Sets {@code activeLocked}.
     */
    public Builder activeLocked(boolean activeLocked) {
      return put("activeLocked", activeLocked);
    }

    /**
     * Sets {@code confidence}.
     */
    public Builder confidence(int confidence) {
      return put("confidence", confidence);
    }

    /**
     * Sets {@code externalDateAdded}.
     */
    public Builder externalDateAdded(Instant externalDateAdded) {
      return put("externalDateAdded", Checks.notNull(externalDateAdded, "externalDateAdded"));
    }

    /**
     * Sets {@code externalDateExpires}.
     */
    public Builder externalDateExpires(Instant externalDateExpires) {
      return put("externalDateExpires", Checks.notNull(externalDateExpires, "externalDateExpires"));
    }

    /**
     * Sets {@code externalLastModified}.
     */
    public Builder externalLastModified(Instant externalLastModified) {
      return put("externalLastModified", Checks.notNull(externalLastModified, "externalLastModified"));
    }

    /**
     * Sets {@code falsePositiveFlag}.
     */
    public Builder falsePositiveFlag(boolean falsePositiveFlag) {
      return put("falsePositiveFlag", falsePositiveFlag);
    }

    /**
     * Sets {@code firstSeen}.
     */
    public Builder firstSeen(Instant firstSeen) {
      return put("firstSeen", Checks.notNull(firstSeen, "firstSeen"));
    }

    /**
     * Sets {@code lastSeen}.
     */
    public Builder lastSeen(Instant lastSeen) {
      return put("lastSeen", Checks.notNull(lastSeen, "lastSeen"));
    }

    /**
     * Sets {@code observations}.
     */
    public Builder observations(int observations) {
      return put("observations", observations);
    }

    /**
     * Sets {@code privateFlag}.
     */
    public Builder privateFlag(boolean privateFlag) {
      return put("privateFlag", privateFlag);
    }

    /**
     * Sets {@code rating}.
     */
    public Builder rating(BigDecimal rating) {
      return put("rating", Checks.notNull(rating, "rating"));
    }

    /**
     * Creates the Indicator in the Community or Source of that name (the default is the API user's Organization).
     */
    public Builder ownerName(String ownerName) {
      return put("ownerName", Checks.notBlank(ownerName, "ownerName"));
    }

    /**
     * Creates the Indicator in the owner with that ID.
     */
    public Builder ownerId(long ownerId) {
      return put("ownerId", Checks.id(ownerId, "ownerId"));
    }

    /**
     * Associates the Artifacts; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedArtifacts(Ref<Artifact>... refs) {
      return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
    }

    /**
     * Associates the Artifacts in the list, in order; repeated calls add to the list.
     */
    public Builder associatedArtifacts(List<? extends Ref<Artifact>> refs) {
      return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
    }

    /**
     * Associates the Cases; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedCases(Ref<Case>... refs) {
      return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
    }

    /**
     * Associates the Cases in the list, in order; repeated calls add to the list.
     */
    public Builder associatedCases(List<? extends Ref<Case>> refs) {
      return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(Ref<Group>... refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public Builder associatedGroups(List<? extends Ref<Group>> refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedIndicators(Ref<Indicator>... refs) {
      return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
    }

    /**
     * Adds attributes; repeated calls add to the list.
     */
    public Builder attributes(Attribute... attributes) {
      return put("attributes", Requests.refs(current("attributes"), attributes, "attributes"));
    }

    /**
     * Adds securityLabels; repeated calls add to the list.
     */
    public Builder securityLabels(SecurityLabel... securityLabels) {
      return put("securityLabels", Requests.refs(current("securityLabels"), securityLabels, "securityLabels"));
    }

    /**
     * Adds tags; repeated calls add to the list.
     */
    public Builder tags(Tag... tags) {
      return put("tags", Requests.refs(current("tags"), tags, "tags"));
    }

    /**
     * The body; the builder can go on to make others.
     */
    public IndicatorCreate build() {
      return new IndicatorCreate(fields.build());
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
