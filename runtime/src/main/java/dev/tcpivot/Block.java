package dev.tcpivot;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A list of items with the {@link Mode} that a PUT applies to them: the JSON
 * {@code {"data": [...], "mode": "delete"}}. Build one with {@link Associations} (refs) or
 * {@link Metadata} (tags, security labels, attributes). Items keep the order they were given in.
 *
 * @param <T> the item type, e.g. {@code IdRef<Group>}
 */
public final class Block<T> extends Wire {
  private final Mode mode;
  private final List<T> items;

  /**
   * Takes {@code items} over: callers pass an unmodifiable list of their own, in which every item
   * was checked to be a value the SDK can send ({@link Checks#wireItems}).
   */
  Block(Mode mode, List<T> items) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.items = items;
  }

  /** What the PUT does with the items. */
  public Mode mode() {
    return mode;
  }

  /** The items, in the order they were given. */
  public List<T> items() {
    return items;
  }

  @Override
  void write(JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeFieldName("data");
    writeArray(items, out);
    out.writeStringField("mode", mode.wireValue());
    out.writeEndObject();
  }

  @Override
  String whyNotRepeatable(String field, Mode mode) {
    return whyNotRepeatable(items, field, this.mode);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Block && ((Block<?>) o).mode == mode && ((Block<?>) o).items.equals(items);
  }

  @Override
  public int hashCode() {
    return 31 * mode.hashCode() + items.hashCode();
  }

  @Override
  public String toString() {
    return mode.wireValue() + " " + items;
  }
}
