package dev.tcpivot.v3;

import javax.annotation.processing.Generated;

/**
 * The accepted values of task status, as the API spells them: Not Started, In Progress, Completed, Waiting on Someone, Deferred.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public enum TaskStatus {
  /**
   * {@code Not Started}
   */
  NOT_STARTED("Not Started"),

  /**
   * {@code In Progress}
   */
  IN_PROGRESS("In Progress"),

  /**
   * {@code Completed}
   */
  COMPLETED("Completed"),

  /**
   * {@code Waiting on Someone}
   */
  WAITING_ON_SOMEONE("Waiting on Someone"),

  /**
   * {@code Deferred}
   */
  DEFERRED("Deferred");

  private final String wireValue;

  TaskStatus(String wireValue) {
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
   * @throws IllegalArgumentException for a value that is not one of task status
   */
  public static TaskStatus fromWire(String value) {
    for (TaskStatus constant : values()) {
      if (constant.wireValue.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown task status '" + value + "' (values: Not Started, In Progress, Completed, Waiting on Someone, Deferred)");
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
