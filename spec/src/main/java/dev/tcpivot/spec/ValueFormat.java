package dev.tcpivot.spec;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The documented format of an Indicator summary field (other/common_errors.rst, "Creating
 * Indicators"; the valid addresses, host names and hashes of v3/indicators/fields.rst and
 * v2_batch_api_indicator_fields.rst): a value the API refuses is named with the form it takes,
 * when there is one. A
 * {@code [body]} row gives a field its format by the format's {@linkplain #word() word}; fields
 * without one need only not be blank.
 *
 * <p>A refusal reads {@code <field> '<value>' <problem>}, e.g. {@code hostName
 * 'österreich.icom.museum' is not ASCII; ...}, except for {@link #REGISTRY_VALUE_NAME}: it refuses
 * only the empty string, and its message names no value, see {@link #message(String, String)}.
 */
public enum ValueFormat {
  /** IPv4 addresses as four numbers from 0 to 255, or IPv6 addresses in any form. */
  IP_ADDRESS("ip address", "Address", FormatRules::ipAddress),
  /** Email addresses: one {@code @} between a local part and a domain, neither empty. */
  EMAIL_ADDRESS("email address", "EmailAddress", FormatRules::emailAddress),
  /** MD5 hashes: 32 hexadecimal digits. */
  MD5("md5", "File", FormatRules::md5),
  /** SHA1 hashes: 40 hexadecimal digits. */
  SHA1("sha1", "File", FormatRules::sha1),
  /** SHA256 hashes: 64 hexadecimal digits. */
  SHA256("sha256", "File", FormatRules::sha256),
  /** Host names of ASCII labels separated by dots; internationalized ones in punycode. */
  HOST_NAME("host name", "Host", FormatRules::hostName),
  /** URLs whose domain name is lowercase ASCII; internationalized ones in punycode. */
  URL("url", "URL", FormatRules::url),
  /** AS Numbers as {@code ASN12345}: "ASN", then the number, no space. */
  ASN("asn", "ASN", FormatRules::asn),
  /** CIDR ranges; an IPv6 one has eight groups, none compressed, no leading zeros. */
  CIDR("cidr", "CIDR", Ipv6Forms::cidr),
  /** Registry key names under an {@code HKEY_} root, never an abbreviation such as {@code HKLM}. */
  REGISTRY_KEY_NAME("registry key name", "Registry Key", FormatRules::registryKeyName),
  /** Registry value names: not empty; a single space stands for a key's unnamed value. */
  REGISTRY_VALUE_NAME("registry value name", "Registry Key", FormatRules::registryValueName);

  private final String word;
  private final String indicatorType;
  private final UnaryOperator<String> rule;

  ValueFormat(String word, String indicatorType, UnaryOperator<String> rule) {
    this.word = word;
    this.indicatorType = indicatorType;
    this.rule = rule;
  }

  /** The word the tables use for this format, e.g. {@code host name}. */
  public String word() {
    return word;
  }

  /** The Indicator type (wire name) whose summary field the format is for, e.g. {@code Host}. */
  public String indicatorType() {
    return indicatorType;
  }

  /**
   * Why the API refuses the value, as the words that follow the quoted value in a message; {@code
   * null} when it accepts it. Only {@link #REGISTRY_VALUE_NAME} judges blank values: for the other
   * formats, a caller refuses a blank value ("must not be blank") before asking; a null value,
   * which no format judges, throws {@link NullPointerException}.
   */
  public String problem(String value) {
    return rule.apply(Objects.requireNonNull(value, "value"));
  }

  /** Whether some blank value is accepted: a single space, for {@link #REGISTRY_VALUE_NAME}. */
  public boolean blankAllowed() {
    return this == REGISTRY_VALUE_NAME;
  }

  /**
   * The message that refuses the value of a field, {@code null} when the value is accepted: {@code
   * <field> '<value>' <problem>}, or {@code <field> <problem>} for an empty Registry value name,
   * whose message names no value ({@code valueName must not be empty; ...}).
   */
  public String message(String field, String value) {
    String problem = problem(value);
    if (problem == null) {
      return null;
    }
    return this == REGISTRY_VALUE_NAME
        ? field + " " + problem
        : field + " '" + value + "' " + problem;
  }

  static Optional<ValueFormat> byWord(String word) {
    return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
  }

  /** The words of every format, for a message that lists the choices. */
  static String words() {
    return String.join(", ", Arrays.stream(values()).map(ValueFormat::word).toArray(String[]::new));
  }
}
