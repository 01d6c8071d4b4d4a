package dev.tcpivot;

/**
 * A Tag applied to an object: {@code {"name": "Phishing"}}, or an ATT&amp;CK Tag by technique:
 * {@code {"techniqueId": "T1566"}}. Note that an instance's tag normalization rules may rename a
 * tag, and a standard tag that matches an ATT&amp;CK tag is converted to it.
 */
public final class Tag extends WireObject implements MetadataItem {
  private Tag(String field, String value) {
    super("Tag", Kind.VALUE);
    put(field, value);
  }

  /** A Tag by name. */
  public static Tag of(String name) {
    return new Tag("name", Checks.notBlank(name, "name"));
  }

  /** An ATT&amp;CK Tag by technique ID, e.g. {@code T1566}. */
  public static Tag technique(String techniqueId) {
    return new Tag("techniqueId", Checks.notBlank(techniqueId, "techniqueId"));
  }
}
