package dev.tcpivot.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body every v3 response shares: {@code status} ("Success" or "Error"), {@code data},
 * {@code message}, and on lists {@code count}, {@code next} and {@code prev} (absolute URLs).
 */
public final class Envelope<T> {
  private final String status;
  private final T data;
  private final String message;
  private final String errCode;
  private final Long count;
  private final String next;
  private final String prev;
  private final boolean readable;

  @JsonCreator
  public Envelope(
      @JsonProperty("status") String status,
      @JsonProperty("data") T data,
      @JsonProperty("message") String message,
      @JsonProperty("errCode") String errCode,
      @JsonProperty("count") Long count,
      @JsonProperty("next") String next,
      @JsonProperty("prev") String prev) {
    this.status = status;
    this.data = data;
    this.message = message;
    this.errCode = errCode;
    this.count = count;
    this.next = next;
    this.prev = prev;
    this.readable = true;
  }

  private Envelope(String description) {
    this.status = null;
    this.data = null;
    this.message = description;
    this.errCode = null;
    this.count = null;
    this.next = null;
    this.prev = null;
    this.readable = false;
  }

  /** Stands for a body that is not a JSON envelope; {@link #message()} says what it was. */
  static <T> Envelope<T> unreadable(String description) {
    return new Envelope<>(description);
  }

  /** False when the body was not a JSON envelope at all. */
  boolean readable() {
    return readable;
  }

  public String status() {
    return status;
  }

  public T data() {
    return data;
  }

  public String message() {
    return message;
  }

  public String errCode() {
    return errCode;
  }

  public Long count() {
    return count;
  }

  public String next() {
    return next;
  }

  public String prev() {
    return prev;
  }
}
