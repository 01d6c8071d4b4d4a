package dev.tcpivot.internal;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented formats of Indicator summary fields (other/common_errors.rst, "Creating
 * Indicators"), keyed by Indicator type and field: a value the API refuses is refused here, with
 * the form it accepts when there is one. Fields without a rule need only not be blank.
 */
final class SummaryFormats {
  /** By Indicator type, then field: no key is put together per check. */
  private static final Map<String, Map<String, Rule>> RULES =
      Map.of(
          "Host", Map.of("hostName", SummaryFormats::host),
          "URL", Map.of("text", SummaryFormats::url),
          "ASN", Map.of("AS Number", SummaryFormats::asn),
          "CIDR", Map.of("Block", SummaryFormats::cidr),
          "Registry Key", Map.of("Key Name", SummaryFormats::registryKeyName));

  private static final List<String> REGISTRY_ROOTS =
      List.of(
          "HKEY_CLASSES_ROOT", "HKEY_CURRENT_CONFIG", "HKEY_CURRENT_USER",
          "HKEY_CURRENT_USER_LOCAL_SETTINGS", "HKEY_LOCAL_MACHINE", "HKEY_PERFORMANCE_DATA",
          "HKEY_PERFORMANCE_NLSTEXT", "HKEY_PERFORMANCE_TEXT", "HKEY_USERS");

  private static final Map<String, String> REGISTRY_ABBREVIATIONS =
      Map.of(
          "HKLM", "HKEY_LOCAL_MACHINE", "HKCU", "HKEY_CURRENT_USER", "HKCR", "HKEY_CLASSES_ROOT",
          "HKU", "HKEY_USERS", "HKCC", "HKEY_CURRENT_CONFIG");

  private static final Pattern URL_AUTHORITY =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)(?:([^/?#@]*)@)?(\\[[^\\]]*\\]|[^/?#:]*)(.*)", Pattern.DOTALL);

  private SummaryFormats() {}

  /** Why the value is refused, or null when it is accepted. */
  private interface Rule {
    String problem(String value);
  }

  static String check(String type, String field, String value, String parameter) {
    Checks.notNull(value, parameter);
    if (type.equals("Registry Key") && field.equals("Value Name")) {
      // A single space stands for a key's unnamed value; only the empty string is refused.
      if (value.isEmpty()) {
        throw new IllegalArgumentException(
            parameter + " must not be empty; for a key's unnamed value send a single space \" \""
                + " (common_errors.rst, Registry Key Indicators)");
      }
      return value;
    }
    Checks.notBlank(value, parameter);
    Rule rule = RULES.getOrDefault(type, Map.of()).get(field);
    String problem = rule == null ? null : rule.problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(parameter + " '" + value + "' " + problem);
    }
    return value;
  }

  private static String host(String value) {
    if (isAscii(value)) {
      return null;
    }
    return "is not ASCII; the API takes internationalized host names in punycode" + punycode(value)
        + " (common_errors.rst, Host Indicators)";
  }

  private static String url(String value) {
    Matcher m = URL_AUTHORITY.matcher(value);
    if (!m.matches()) {
      return null;
    }
    String host = m.group(3);
    if (isAscii(host) && host.equals(host.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String fixed = null;
    try {
      String userInfo = m.group(2) == null ? "" : m.group(2) + "@";
      fixed = m.group(1) + userInfo + IDN.toASCII(host.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED) + m.group(4);
    } catch (IllegalArgumentException notAHostName) {
      fixed = null;
    }
    return "has a domain name that is not lowercase ASCII; the API takes it lowercase, in punycode"
        + " when internationalized" + (fixed == null ? "" : ": " + fixed)
        + " (common_errors.rst, URL Indicators)";
  }

  private static String asn(String value) {
    if (value.matches("ASN[0-9]+")) {
      return null;
    }
    String digits = value.replaceAll("[^0-9]", "");
    return "is not of the form ASN12345 (\"ASN\" then the number, no space)"
        + (digits.isEmpty() ? "" : "; did you mean ASN" + digits + "?")
        + " (common_errors.rst, ASN Indicators)";
  }

  private static String cidr(String value) {
    int slash = value.indexOf('/');
    String address = slash < 0 ? value : value.substring(0, slash);
    if (address.indexOf(':') < 0) {
      return null;
    }
    String[] groups = address.split(":", -1);
    boolean documented = !address.contains("::") && groups.length == 8;
    for (String group : groups) {
      documented &= group.matches("0|[1-9a-fA-F][0-9a-fA-F]{0,3}");
    }
    if (documented) {
      return null;
    }
    String fixed = expanded(address);
    return "is not in the IPv6 form the API takes: eight groups, none compressed (::), no leading"
        + " zeros" + (fixed == null ? "" : ": " + fixed + (slash < 0 ? "" : value.substring(slash)))
        + " (common_errors.rst, CIDR Range Indicators with IPv6 Addresses)";
  }

  private static String registryKeyName(String value) {
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
        + " (common_errors.rst, Registry Key Indicators)";
  }

  /** IPv6 groups without compression and without leading zeros, or null if it does not parse. */
  private static String expanded(String address) {
    List<String> groups = new ArrayList<>();
    int gap = address.indexOf("::");
    if (gap != address.lastIndexOf("::")) {
      return null;
    }
    String head = gap < 0 ? address : address.substring(0, gap);
    String tail = gap < 0 ? "" : address.substring(gap + 2);
    List<String> before = head.isEmpty() ? List.of() : List.of(head.split(":", -1));
    List<String> after = tail.isEmpty() ? List.of() : List.of(tail.split(":", -1));
    int missing = 8 - before.size() - after.size();
    if ((gap < 0 && missing != 0) || (gap >= 0 && missing < 1)) {
      return null;
    }
    groups.addAll(before);
    for (int i = 0; gap >= 0 && i < missing; i++) {
      groups.add("0");
    }
    groups.addAll(after);
    List<String> out = new ArrayList<>();
    for (String group : groups) {
      if (!group.matches("[0-9a-fA-F]{1,4}")) {
        return null;
      }
      out.add(Integer.toHexString(Integer.parseInt(group, 16)));
    }
    return String.join(":", out);
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
