package dev.tcpivot.spec;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules behind {@link ValueFormat}, one per documented format (other/common_errors.rst,
 * "Creating Indicators"). Each returns why the API refuses a value, or {@code null}.
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
  private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");

  private FormatRules() {}

  static String hostName(String value) {
    if (isAscii(value)) {
      return null;
    }
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
