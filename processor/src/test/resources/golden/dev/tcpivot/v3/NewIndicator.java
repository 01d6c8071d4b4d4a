package dev.tcpivot.v3;

import dev.tcpivot.Attribute;
import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.OwnedReference;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * An Indicator that an association creates, e.g. {@link #address}. Immutable: setters return copies.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class NewIndicator extends WireObject implements SameOwnerRef<Indicator> {
  private NewIndicator(Fields fields) {
    super(fields);
  }

  /**
   * A new Indicator of type {@code Address}, with its required fields: {@code ip}.
   */
  public static NewIndicator address(String ip) {
    return new NewIndicator(Fields.builder()
        .put("type", "Address")
        .put("ip", Checks.summaryField("Address", "ip", ip, "ip"))
        .build());
  }

  /**
   * A new Indicator of type {@code EmailAddress}, with its required fields: {@code address}.
   */
  public static NewIndicator emailAddress(String address) {
    return new NewIndicator(Fields.builder()
        .put("type", "EmailAddress")
        .put("address", Checks.summaryField("EmailAddress", "address", address, "address"))
        .build());
  }

  /**
   * A new Indicator of type {@code File}, with its required fields: {@code md5} (one of its hash fields).
   */
  public static NewIndicator fileMd5(String md5) {
    return new NewIndicator(Fields.builder()
        .put("type", "File")
        .put("md5", Checks.summaryField("File", "md5", md5, "md5"))
        .build());
  }

  /**
   * A new Indicator of type {@code File}, with its required fields: {@code sha1} (one of its hash fields).
   */
  public static NewIndicator fileSha1(String sha1) {
    return new NewIndicator(Fields.builder()
        .put("type", "File")
        .put("sha1", Checks.summaryField("File", "sha1", sha1, "sha1"))
        .build());
  }

  /**
   * A new Indicator of type {@code File}, with its required fields: {@code sha256} (one of its hash fields).
   */
  public static NewIndicator fileSha256(String sha256) {
    return new NewIndicator(Fields.builder()
        .put("type", "File")
        .put("sha256", Checks.summaryField("File", "sha256", sha256, "sha256"))
        .build());
  }

  /**
   * A new Indicator of type {@code Host}, with its required fields: {@code hostName}.
   */
  public static NewIndicator host(String hostName) {
    return new NewIndicator(Fields.builder()
        .put("type", "Host")
        .put("hostName", Checks.summaryField("Host", "hostName", hostName, "hostName"))
        .build());
  }

  /**
   * A new Indicator of type {@code URL}, with its required fields: {@code text}.
   */
  public static NewIndicator url(String text) {
    return new NewIndicator(Fields.builder()
        .put("type", "URL")
        .put("text", Checks.summaryField("URL", "text", text, "text"))
        .build());
  }

  /**
   * A new Indicator of type {@code ASN}, with its required fields: {@code AS Number}.
   */
  public static NewIndicator asn(String asNumber) {
    return new NewIndicator(Fields.builder()
        .put("type", "ASN")
        .put("AS Number", Checks.summaryField("ASN", "AS Number", asNumber, "asNumber"))
        .build());
  }

  /**
   * A new Indicator of type {@code CIDR}, with its required fields: {@code Block}.
   */
  public static NewIndicator cidr(String block) {
    return new NewIndicator(Fields.builder()
        .put("type", "CIDR")
        .put("Block", Checks.summaryField("CIDR", "Block", block, "block"))
        .build());
  }

  /**
   * A new Indicator of type {@code Email Subject}, with its required fields: {@code Subject}.
   */
  public static NewIndicator emailSubject(String subject) {
    return new NewIndicator(Fields.builder()
        .put("type", "Email Subject")
        .put("Subject", Checks.summaryField("Email Subject", "Subject", subject, "subject"))
        .build());
  }

  /**
   * A new Indicator of type {@code Hashtag}, with its required fields: {@code Hashtag}.
   */
  public static NewIndicator hashtag(String hashtag) {
    return new NewIndicator(Fields.builder()
        .put("type", "Hashtag")
        .put("Hashtag", Checks.summaryField("Hashtag", "Hashtag", hashtag, "hashtag"))
        .build());
  }

  /**
   * A new Indicator of type {@code Mutex}, with its required fields: {@code Mutex}.
   */
  public static NewIndicator mutex(String mutex) {
    return new NewIndicator(Fields.builder()
        .put("type", "Mutex")
        .put("Mutex", Checks.summaryField("Mutex", "Mutex", mutex, "mutex"))
        .build());
  }

  /**
   * A new Indicator of type {@code Registry Key}, with its required fields: {@code Key Name}, {@code Value Name}, {@code Value Type}.
   */
  public static NewIndicator registryKey(String keyName, String valueName,
      RegistryValueType valueType) {
    return new NewIndicator(Fields.builder()
        .put("type", "Registry Key")
        .put("Key Name", Checks.summaryField("Registry Key", "Key Name", keyName, "keyName"))
        .put("Value Name", Checks.summaryField("Registry Key", "Value Name", valueName, "valueName"))
        .put("Value Type", Checks.notNull(valueType, "valueType"))
        .build());
  }

  /**
   * A new Indicator of type {@code User Agent}, with its required fields: {@code User Agent String}.
   */
  public static NewIndicator userAgent(String userAgentString) {
    return new NewIndicator(Fields.builder()
        .put("type", "User Agent")
        .put("User Agent String", Checks.summaryField("User Agent", "User Agent String", userAgentString, "userAgentString"))
        .build());
  }

  /**
   * Sets {@code md5} (File Indicators only).
   */
  public NewIndicator md5(String md5) {
    Requests.requireType(type(), "md5", "Indicators", "File");
    return put("md5", Checks.notNull(md5, "md5"));
  }

  /**
   * Sets {@code sha1} (File Indicators only).
   */
  public NewIndicator sha1(String sha1) {
    Requests.requireType(type(), "sha1", "Indicators", "File");
    return put("sha1", Checks.notNull(sha1, "sha1"));
  }

  /**
   * Sets {@code sha256} (File Indicators only).
   */
  public NewIndicator sha256(String sha256) {
    Requests.requireType(type(), "sha256", "Indicators", "File");
    return put("sha256", Checks.notNull(sha256, "sha256"));
  }

  /**
   * Sets {@code size} (File Indicators only).
   */
  public NewIndicator size(String size) {
    Requests.requireType(type(), "size", "Indicators", "File");
    return put("size", Checks.notNull(size, "size"));
  }

  /**
   * Sets {@code dnsActive} (Host Indicators only).
   */
  public NewIndicator dnsActive(boolean dnsActive) {
    Requests.requireType(type(), "dnsActive", "Indicators", "Host");
    return put("dnsActive", dnsActive);
  }

  /**
   * Sets {@code whoisActive} (Host Indicators only).
   */
  public NewIndicator whoisActive(boolean whoisActive) {
    Requests.requireType(type(), "whoisActive", "Indicators", "Host");
    return put("whoisActive", whoisActive);
  }

  /**
   * Sets {@code active}.
   */
  public NewIndicator active(boolean active) {
    return put("active", active);
  }

  /**
   * Sets {@code activeLocked}.
   */
  public NewIndicator activeLocked(boolean activeLocked) {
    return put("activeLocked", activeLocked);
  }

  /**
   * Sets {@code confidence}.
   */
  public NewIndicator confidence(int confidence) {
    return put("confidence", confidence);
  }

  /**
   * Sets {@code externalDateAdded}.
   */
  public NewIndicator externalDateAdded(Instant externalDateAdded) {
    return put("externalDateAdded", Checks.notNull(externalDateAdded, "externalDateAdded"));
  }

  /**
   * Sets {@code externalDateExpires}.
   */
  public NewIndicator externalDateExpires(Instant externalDateExpires) {
    return put("externalDateExpires", Checks.notNull(externalDateExpires, "externalDateExpires"));
  }

  /**
   * Sets {@code externalLastModified}.
   */
  public NewIndicator externalLastModified(Instant externalLastModified) {
    return put("externalLastModified", Checks.notNull(externalLastModified, "externalLastModified"));
  }

  /**
   * Sets {@code falsePositiveFlag}.
   */
  public NewIndicator falsePositiveFlag(boolean falsePositiveFlag) {
    return put("falsePositiveFlag", falsePositiveFlag);
  }

  /**
   * Sets {@code firstSeen}.
   */
  public NewIndicator firstSeen(Instant firstSeen) {
    return put("firstSeen", Checks.notNull(firstSeen, "firstSeen"));
  }

  /**
   * Sets {@code lastSeen}.
   */
  public NewIndicator lastSeen(Instant lastSeen) {
    return put("lastSeen", Checks.notNull(lastSeen, "lastSeen"));
  }

  /**
   * Sets {@code observations}.
   */
  public NewIndicator observations(int observations) {
    return put("observations", observations);
  }

  /**
   * Sets {@code privateFlag}.
   */
  public NewIndicator privateFlag(boolean privateFlag) {
    return put("privateFlag", privateFlag);
  }

  /**
   * Sets {@code rating}.
   */
  public NewIndicator rating(BigDecimal rating) {
    return put("rating", Checks.notNull(rating, "rating"));
  }

  /**
   * Associates the Artifacts; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewIndicator associatedArtifacts(Ref<Artifact>... refs) {
    return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
  }

  /**
   * Associates the Artifacts in the list, in order; repeated calls add to the list.
   */
  public NewIndicator associatedArtifacts(List<? extends Ref<Artifact>> refs) {
    return put("associatedArtifacts", Requests.refs(current("associatedArtifacts"), refs, "associatedArtifacts"));
  }

  /**
   * Associates the Cases; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewIndicator associatedCases(Ref<Case>... refs) {
    return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
  }

  /**
   * Associates the Cases in the list, in order; repeated calls add to the list.
   */
  public NewIndicator associatedCases(List<? extends Ref<Case>> refs) {
    return put("associatedCases", Requests.refs(current("associatedCases"), refs, "associatedCases"));
  }

  /**
   * Associates the Groups; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewIndicator associatedGroups(Ref<Group>... refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  /**
   * Associates the Groups in the list, in order; repeated calls add to the list.
   */
  public NewIndicator associatedGroups(List<? extends Ref<Group>> refs) {
    return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
  }

  /**
   * Associates the Indicators; repeated calls add to the list.
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final NewIndicator associatedIndicators(Ref<Indicator>... refs) {
    return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
  }

  /**
   * Associates the Indicators in the list, in order; repeated calls add to the list.
   */
  public NewIndicator associatedIndicators(List<? extends Ref<Indicator>> refs) {
    return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
  }

  /**
   * Adds attributes; repeated calls add to the list.
   */
  public NewIndicator attributes(Attribute... attributes) {
    return put("attributes", Requests.refs(current("attributes"), attributes, "attributes"));
  }

  /**
   * Adds securityLabels; repeated calls add to the list.
   */
  public NewIndicator securityLabels(SecurityLabel... securityLabels) {
    return put("securityLabels", Requests.refs(current("securityLabels"), securityLabels, "securityLabels"));
  }

  /**
   * Adds tags; repeated calls add to the list.
   */
  public NewIndicator tags(Tag... tags) {
    return put("tags", Requests.refs(current("tags"), tags, "tags"));
  }

  /**
   * This Indicator in the Community or Source of that name instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public Ref<Indicator> ownerName(String ownerName) {
    return OwnedReference.of(this, "NewIndicator", fields().toBuilder().put("ownerName", Checks.notBlank(ownerName, "ownerName")).build());
  }

  /**
   * This Indicator in the owner with that ID instead of the request's owner.
   * The result is a plain {@link Ref}: endpoints that refuse associations across owners do not take it.
   */
  public Ref<Indicator> ownerId(long ownerId) {
    return OwnedReference.of(this, "NewIndicator", fields().toBuilder().put("ownerId", Checks.id(ownerId, "ownerId")).build());
  }

  private NewIndicator put(String name, Object value) {
    return new NewIndicator(fields().toBuilder().put(name, value).build());
  }

  private Object current(String name) {
    return fields().get(name);
  }

  private String type() {
    return (String) fields().get("type");
  }
}
