package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of event status, as the API spells them: Completed, Escalated, False Positive, In Progress, Needs Review, New, No Further Action, Reopened.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum EventStatus {
  /**
   * {@code Completed}
   */
  COMPLETED("Completed"),

  /**
   * {@code Escalated}
   */
  ESCALATED("Escalated"),

  /**
   * {@code False Positive}
   */
  FALSE_POSITIVE("False Positive"),

  /**
   * {@code In Progress}
   */
  IN_PROGRESS("In Progress"),

  /**
   * {@code Needs Review}
   */
  NEEDS_REVIEW("Needs Review"),

  /**
   * {@code New}
   */
  NEW("New"),

  /**
   * {@code No Further Action}
   */
  NO_FURTHER_ACTION("No Further Action"),

  /**
   * {@code Reopened}
   */
  REOPENED("Reopened");

  private final String wireValue;

  EventStatus(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of event status
   */
  public static EventStatus fromWire(String value) {
    for (EventStatus constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown event status '" + value + "' (values: Completed, Escalated, False Positive, In Progress, Needs Review, New, No Further Action, Reopened)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
