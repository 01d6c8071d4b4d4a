package dev.tcpivot.internal;

/** A nested object named by ID, such as an IR's subtype: {@code {"id": 3}}. */
public final class IdObject extends WireObject {
  public IdObject(long id, String name) {
    super(Fields.builder().put("id", Checks.id(id, name)).build());
  }
}
