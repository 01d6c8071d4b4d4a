package dev.tcpivot;

/** A Security Label by name, e.g. {@code TLP:AMBER}: {@code {"name": "TLP:AMBER"}}. */
public final class SecurityLabel extends WireObject implements MetadataItem {
  private SecurityLabel(String name) {
    super("SecurityLabel", Kind.VALUE);
    put("name", name);
  }

  /** A Security Label by name. */
  public static SecurityLabel of(String name) {
    return new SecurityLabel(Checks.notBlank(name, "name"));
  }
}
