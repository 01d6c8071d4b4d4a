package dev.tcpivot.cli;

import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.RegistryValueType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An existing Indicator named as {@code IndicatorType:summary}, e.g. {@code Host:badguy.com},
 * made with the generated {@link IndicatorRef} factories (which check the summary's format). A
 * File is named by one of its hashes; a Registry Key as {@code key name : value name : value type}.
 */
final class IndicatorSummaries {
  private static final Map<String, Function<String, IndicatorRef>> FACTORIES = new LinkedHashMap<>();

  static {
    FACTORIES.put("Address", IndicatorRef::address);
    FACTORIES.put("EmailAddress", IndicatorRef::emailAddress);
    FACTORIES.put("File", IndicatorSummaries::file);
    FACTORIES.put("Host", IndicatorRef::host);
    FACTORIES.put("URL", IndicatorRef::url);
    FACTORIES.put("ASN", IndicatorRef::asn);
    FACTORIES.put("CIDR", IndicatorRef::cidr);
    FACTORIES.put("Email Subject", IndicatorRef::emailSubject);
    FACTORIES.put("Hashtag", IndicatorRef::hashtag);
    FACTORIES.put("Mutex", IndicatorRef::mutex);
    FACTORIES.put("Registry Key", IndicatorSummaries::registryKey);
    FACTORIES.put("User Agent", IndicatorRef::userAgent);
  }

  private IndicatorSummaries() {}

  /**
   * The ref that {@code Type:summary} names; the type's case and spaces do not matter.
   *
   * @throws IllegalArgumentException for an unknown type or a summary its type refuses
   */
  static IndicatorRef ref(String text) {
    int colon = text.indexOf(':');
    String type = text.substring(0, colon).strip();
    String summary = text.substring(colon + 1).strip();
    for (Map.Entry<String, Function<String, IndicatorRef>> factory : FACTORIES.entrySet()) {
      if (squeeze(factory.getKey()).equals(squeeze(type))) {
        return factory.getValue().apply(summary);
      }
    }
    throw new IllegalArgumentException(
        "'" + type + "' is not an Indicator type (types: " + String.join(", ", FACTORIES.keySet()) + ")");
  }

  private static String squeeze(String type) {
    return type.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  private static IndicatorRef file(String hash) {
    switch (hash.length()) {
      case 32:
        return IndicatorRef.fileMd5(hash);
      case 40:
        return IndicatorRef.fileSha1(hash);
      case 64:
        return IndicatorRef.fileSha256(hash);
      default:
        throw new IllegalArgumentException(
            "a File is named by its MD5, SHA1 or SHA256 (32, 40 or 64 hex digits), not '" + hash + "'");
    }
  }

  private static IndicatorRef registryKey(String summary) {
    String[] parts = summary.split(" : ", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "a Registry Key is named as 'key name : value name : value type', not '" + summary + "'");
    }
    return IndicatorRef.registryKey(parts[0].strip(), parts[1].strip(), RegistryValueType.fromWire(parts[2].strip()));
  }
}
