package dev.tcpivot;

/** What a PUT does with the items of a metadata or association block. */
public enum Mode {
  /** Add the items, keep what is there. The API's default when a block names no mode. */
  APPEND("append"),
  /** Remove everything of that kind and put the items in its place. */
  REPLACE("replace"),
  /** Remove the items. Associations are removed by ID only. */
  DELETE("delete");

  private final String wireValue;

  Mode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value of the {@code mode} field on the wire. */
  public String wireValue() {
    return wireValue;
  }
}
