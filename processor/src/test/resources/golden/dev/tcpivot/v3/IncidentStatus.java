package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of incident status, as the API spells them: New, Open, Stalled, Containment Achieved, Restoration Achieved, Incident Reported, Closed, Rejected, Deleted.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum IncidentStatus {
  /**
   * {@code New}
   */
  NEW("New"),

  /**
   * {@code Open}
   */
  OPEN("Open"),

  /**
   * {@code Stalled}
   */
  STALLED("Stalled"),

  /**
   * {@code Containment Achieved}
   */
  CONTAINMENT_ACHIEVED("Containment Achieved"),

  /**
   * {@code Restoration Achieved}
   */
  RESTORATION_ACHIEVED("Restoration Achieved"),

  /**
   * {@code Incident Reported}
   */
  INCIDENT_REPORTED("Incident Reported"),

  /**
   * {@code Closed}
   */
  CLOSED("Closed"),

  /**
   * {@code Rejected}
   */
  REJECTED("Rejected"),

  /**
   * {@code Deleted}
   */
  DELETED("Deleted");

  private final String wireValue;

  IncidentStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value as it goes on the wire.
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * The constant for a value as the API sends it.
   *
   * @throws IllegalArgumentException for a value that is not one of incident status
   */
  public static IncidentStatus fromWire(String value) {
    for (IncidentStatus constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown incident status '" + value + "' (values: New, Open, Stalled, Containment Achieved, Restoration Achieved, Incident Reported, Closed, Rejected, Deleted)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
