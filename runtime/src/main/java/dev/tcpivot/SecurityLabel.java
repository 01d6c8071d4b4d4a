package dev.tcpivot;

import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.WireObject;

/** A Security Label by name, e.g. {@code TLP:AMBER}: {@code {"name": "TLP:AMBER"}}. */
public final class SecurityLabel extends WireObject implements MetadataItem {
  private SecurityLabel(Fields fields) {
    super(fields);
  }

  /** A Security Label by name. */
  public static SecurityLabel of(String name) {
    return new SecurityLabel(Fields.builder().put("name", Checks.notBlank(name, "name")).build());
  }
}
