package dev.tcpivot.spec;

/**
 * The names of the classes that tcpivot generates where a user's build and the runtime must agree
 * on them: the processor writes them, and the runtime finds them by the same rule.
 */
public final class GeneratedNames {
  private GeneratedNames() {}

  /**
   * The implementation of a declared client, in the client's package: {@code com.acme.Triage}
   * gives {@code com.acme.Triage_Impl}, and the nested {@code com.acme.Outer$Inner} (or
   * {@code Outer.Inner}) gives {@code com.acme.Outer_Inner_Impl}.
   *
   * @param binaryName the interface's binary or canonical name
   * @param packageName its package, empty for the unnamed package
   */
  public static String implementation(String binaryName, String packageName) {
    String simpleNames = packageName.isEmpty() ? binaryName : binaryName.substring(packageName.length() + 1);
    String name = simpleNames.replace('$', '_').replace('.', '_') + "_Impl";
    return packageName.isEmpty() ? name : packageName + "." + name;
  }
}
