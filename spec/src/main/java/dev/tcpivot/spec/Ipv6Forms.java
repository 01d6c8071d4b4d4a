package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one IPv6 form the API takes in a CIDR range (other/common_errors.rst, "CIDR Range Indicators
 * with IPv6 Addresses", L53-82): eight groups, none compressed, no leading zeros. IPv4 ranges have
 * no documented form.
 */
final class Ipv6Forms {
  private static final Pattern DOCUMENTED_GROUP = Pattern.compile("0|[1-9a-fA-F][0-9a-fA-F]{0,3}");
  private static final Pattern ANY_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

  private Ipv6Forms() {}

  static String cidr(String value) {
    int slash = value.indexOf('/');
    String address = slash < 0 ? value : value.substring(0, slash);
    if (address.indexOf(':') < 0) {
      return null;
    }
    String[] groups = address.split(":", -1);
    boolean documented = !address.contains("::") && groups.length == 8;
    for (String group : groups) {
      documented &= DOCUMENTED_GROUP.matcher(group).matches();
    }
    if (documented) {
      return null;
    }
    String fixed = expanded(address);
    return "is not in the IPv6 form the API takes: eight groups, none compressed (::), no leading"
        + " zeros" + (fixed == null ? "" : ": " + fixed + (slash < 0 ? "" : value.substring(slash)))
        + " (common_errors.rst, CIDR Range Indicators with IPv6 Addresses)";
  }

  /** IPv6 groups without compression and without leading zeros, or null if it does not parse. */
  static String expanded(String address) {
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
    List<String> groups = new ArrayList<>(before);
    for (int i = 0; gap >= 0 && i < missing; i++) {
      groups.add("0");
    }
    groups.addAll(after);
    List<String> out = new ArrayList<>();
    for (String group : groups) {
      if (!ANY_GROUP.matcher(group).matches()) {
        return null;
      }
      out.add(Integer.toHexString(Integer.parseInt(group, 16)));
    }
    return String.join(":", out);
  }
}
