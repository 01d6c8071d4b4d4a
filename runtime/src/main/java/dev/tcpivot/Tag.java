package dev.tcpivot;

import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.WireObject;

/**
 * A Tag applied to an object: {@code {"name": "Phishing"}}, or an ATT&CK Tag by technique:
 * {@code {"techniqueId": "T1566"}}. Note that an instance's tag normalization rules may rename a
 * tag, and a standard tag that matches an ATT&CK tag is converted to it.
 */
public final class Tag extends WireObject implements MetadataItem {
  private Tag(Fields fields) {
    super(fields);
  }

  /** A Tag by name. */
  public static Tag of(String name) {
    return new Tag(Fields.builder().put("name", Checks.notBlank(name, "name")).build());
  }

  /** An ATT&CK Tag by technique ID, e.g. {@code T1566}. */
  public static Tag technique(String techniqueId) {
    return new Tag(
        Fields.builder().put("techniqueId", Checks.notBlank(techniqueId, "techniqueId")).build());
  }
}
