package dev.tcpivot;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Map;

/**
 * A Tag as responses show it: in an object's {@code tags} ({@code ?fields=tags}) and in {@code GET
 * /v3/tags} (v3/tags/retrieve.rst). To apply a Tag, send a {@link Tag}.
 */
@JsonDeserialize(using = TagInfo.Reader.class)
public final class TagInfo extends ApiModel {
  private static final KnownFields KNOWN =
      knownFields("id", "name", "owner", "description", "lastUsed", "techniqueId")
          .labelledBy("name");

  /** Copies a Tag given as a map, as if the server had sent it. */
  public TagInfo(Map<String, Object> fields) {
    super(KNOWN, fields);
  }

  private TagInfo(Fields fields) {
    super(fields);
  }

  /** The Tag's id. */
  public Long id() {
    return longValue("id");
  }

  /** The Tag's name. */
  public String name() {
    return string("name");
  }

  /** The name of the owner the Tag belongs to; null inside an object's {@code tags}. */
  public String owner() {
    return string("owner");
  }

  /** The Tag's description, or null. */
  public String description() {
    return string("description");
  }

  /** When the Tag was last applied, or null. */
  public Instant lastUsed() {
    return instant("lastUsed");
  }

  /** The ATT&amp;CK technique an ATT&amp;CK Tag stands for, e.g. {@code T1566}; null for other Tags. */
  public String techniqueId() {
    return string("techniqueId");
  }

  /** Reads a Tag from JSON in one pass. */
  static final class Reader extends ModelReader<TagInfo> {
    Reader() {
      super(TagInfo.class, KNOWN, TagInfo::new);
    }
  }
}
