package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of case resolution, as the API spells them: Containment Achieved, Deferred / Delayed, Escalated, False Positive, In Progress / Investigating, Not Specified, Rejected, Restoration Achieved.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum CaseResolution {
  /**
   * {@code Containment Achieved}
   */
  CONTAINMENT_ACHIEVED("Containment Achieved"),

  /**
   * {@code Deferred / Delayed}
   */
  DEFERRED_DELAYED("Deferred / Delayed"),

  /**
   * {@code Escalated}
   */
  ESCALATED("Escalated"),

  /**
   * {@code False Positive}
   */
  FALSE_POSITIVE("False Positive"),

  /**
   * {@code In Progress / Investigating}
   */
  IN_PROGRESS_INVESTIGATING("In Progress / Investigating"),

  /**
   * {@code Not Specified}
   */
  NOT_SPECIFIED("Not Specified"),

  /**
   * {@code Rejected}
   */
  REJECTED("Rejected"),

  /**
   * {@code Restoration Achieved}
   */
  RESTORATION_ACHIEVED("Restoration Achieved");

  private final String wireValue;

  CaseResolution(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of case resolution
   */
  public static CaseResolution fromWire(String value) {
    for (CaseResolution constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown case resolution '" + value + "' (values: Containment Achieved, Deferred / Delayed, Escalated, False Positive, In Progress / Investigating, Not Specified, Rejected, Restoration Achieved)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
