package dev.tcpivot.spec;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules behind {@link ValueFormat}, one per documented format (other/common_errors.rst,
 * "Creating Indicators"; the "valid" values of v3/indicators/fields.rst and
 * v2_batch_api_indicator_fields.rst). Each returns why the API refuses a value, or {@code null}.
 */
final class FormatRules {
  private static final String REGISTRY_SECTION = " (common_errors.rst, Registry Key Indicators)";

  /** L106-114: the roots a Key Name starts with. */
  private static final List<String> REGISTRY_ROOTS =
      List.of(
          "HKEY_CLASSES_ROOT", "HKEY_CURRENT_CONFIG", "HKEY_CURRENT_USER",
          "HKEY_CURRENT_USER_LOCAL_SETTINGS", "HKEY_LOCAL_MACHINE", "HKEY_PERFORMANCE_DATA",
          "HKEY_PERFORMANCE_NLSTEXT", "HKEY_PERFORMANCE_TEXT", "HKEY_USERS");

  /** L116 names HKLM; the other common abbreviations are refused the same way. */
  private static final Map<String, String> REGISTRY_ABBREVIATIONS =
      Map.of(
          "HKLM", "HKEY_LOCAL_MACHINE", "HKCU", "HKEY_CURRENT_USER", "HKCR", "HKEY_CLASSES_ROOT",
          "HKU", "HKEY_USERS", "HKCC", "HKEY_CURRENT_CONFIG");

  /** Scheme, optional user info, host (or bracketed IPv6 literal), then the rest of the URL. */
  private static final Pattern URL_AUTHORITY =
      Pattern.compile(
          "([A-Za-z][A-Za-z0-9+.-]*://)(?:([^/?#@]*)@)?(\\[[^\\]]*\\]|[^/?#:]*)(.*)",
          Pattern.DOTALL);

  private static final Pattern ASN = Pattern.compile("ASN[0-9]+");
  /** Letters, digits, hyphens and underscores, in labels separated by single dots. */
  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
  private static final Pattern IPV4 =
      Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]*");
  private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");

  private FormatRules() {}

  static String hostName(String value) {
    if (!isAscii(value)) {
      return notAscii(value);
    }
    if (HOST_NAME.matcher(value).matches()) {
      return null;
    }
    return "is not a host name: labels of letters, digits, hyphens and underscores separated by dots"
        + " (v2_batch_api_indicator_fields.rst L145: a valid hostname or domain)";
  }

  private static String notAscii(String value) {
    return "is not ASCII; the API takes internationalized host names in punycode" + punycode(value)
        + " (common_errors.rst, Host Indicators)";
  }

  /** Only the domain name is concerned: the path keeps its case and its characters. */
  static String url(String value) {
    Matcher m = URL_AUTHORITY.matcher(value);
    if (!m.matches()) {
      return null;
    }
    String host = m.group(3);
    if (isAscii(host) && host.equals(host.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String fixed;
    try {
      String userInfo = m.group(2) == null ? "" : m.group(2) + "@";
      fixed = m.group(1) + userInfo
          + IDN.toASCII(host.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED) + m.group(4);
    } catch (IllegalArgumentException notAHostName) {
      fixed = null;
    }
    return "has a domain name that is not lowercase ASCII; the API takes it lowercase, in punycode"
        + " when internationalized" + (fixed == null ? "" : ": " + fixed)
        + " (common_errors.rst, URL Indicators)";
  }

  static String asn(String value) {
    if (ASN.matcher(value).matches()) {
      return null;
    }
    String digits = NOT_A_DIGIT.matcher(value).replaceAll("");
    return "is not of the form ASN12345 (\"ASN\" then the number, no space)"
        + (digits.isEmpty() ? "" : "; did you mean ASN" + digits + "?")
        + " (common_errors.rst, ASN Indicators)";
  }

  static String registryKeyName(String value) {
    for (String root : REGISTRY_ROOTS) {
      if (value.equals(root) || value.startsWith(root + "\\")) {
        return null;
      }
    }
    int end = value.indexOf('\\');
    String first = end < 0 ? value : value.substring(0, end);
    String root = REGISTRY_ABBREVIATIONS.get(first.toUpperCase(Locale.ROOT));
    return "does not start with a registry root such as HKEY_LOCAL_MACHINE"
        + (root == null ? "" : "; write " + root + value.substring(first.length()))
        + REGISTRY_SECTION;
  }

  /** L127-140: without the single space the API returns an error. */
  static String registryValueName(String value) {
    if (!value.isEmpty()) {
      return null;
    }
    return "must not be empty; for a key's unnamed value send a single space \" \""
        + REGISTRY_SECTION;
  }

  /**
   * An IPv4 address as four numbers from 0 to 255, or an IPv6 address in any of its forms: the
   * form common_errors.rst L56 requires is for CIDR ranges, and no form is documented for Address
   * Indicators, so a compressed one is accepted.
   */
  static String ipAddress(String value) {
    boolean valid = value.indexOf(':') >= 0 ? isIpv6(value) : isIpv4(value);
    if (valid) {
      return null;
    }
    return "is not an IPv4 address (four numbers from 0 to 255 separated by dots) or an IPv6"
        + " address (v2_batch_api_indicator_fields.rst L149: a valid IPv4 or IPv6 address)";
  }

  private static boolean isIpv4(String value) {
    Matcher m = IPV4.matcher(value);
    boolean octets = m.matches();
    for (int i = 1; octets && i <= 4; i++) {
      octets = Integer.parseInt(m.group(i)) <= 255;
    }
    return octets;
  }

  /** Eight groups, or fewer with one {@code ::}; the last two may be an IPv4 address. */
  private static boolean isIpv6(String value) {
    String address = value;
    int lastColon = value.lastIndexOf(':');
    if (value.indexOf('.') >= 0) {
      if (!isIpv4(value.substring(lastColon + 1))) {
        return false;
      }
      address = value.substring(0, lastColon + 1) + "0:0";
    }
    return Ipv6Forms.expanded(address) != null;
  }

  /** One @ between a local part and a domain, neither empty. */
  static String emailAddress(String value) {
    int at = value.indexOf('@');
    if (at > 0 && at == value.lastIndexOf('@') && at < value.length() - 1) {
      return null;
    }
    return "is not an email address: one @ between a local part and a domain, neither empty"
        + " (v3/indicators/fields.rst, EmailAddress)";
  }

  static String md5(String value) {
    return hash(value, "an MD5", 32);
  }

  static String sha1(String value) {
    return hash(value, "a SHA1", 40);
  }

  static String sha256(String value) {
    return hash(value, "a SHA256", 64);
  }

  /** fields.rst footnote 5, L276: a File needs a valid hash; either case, as in the examples. */
  private static String hash(String value, String what, int digits) {
    if (value.length() == digits && HEX.matcher(value).matches()) {
      return null;
    }
    return "is not " + what + " hash: " + digits + " hexadecimal digits"
        + " (v3/indicators/fields.rst L276: at least one valid hash)";
  }

  private static String punycode(String host) {
    try {
      return ": " + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException notAHostName) {
      return "";
    }
  }

  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
