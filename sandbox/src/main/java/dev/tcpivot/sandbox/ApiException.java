package dev.tcpivot.sandbox;

import java.util.Optional;

/** A refusal: the HTTP status and the message (and error code, if any) of the error envelope. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errCode;
  private final String allow;

  private ApiException(int status, String errCode, String message) {
    this(status, errCode, message, null);
  }

  private ApiException(int status, String errCode, String message, String allow) {
    super(message, null, false, false);
    this.status = status;
    this.errCode = errCode;
    this.allow = allow;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, null, message);
  }

  static ApiException badRequest(String errCode, String message) {
    return new ApiException(400, errCode, message);
  }

  static ApiException unauthorized(String message) {
    return new ApiException(401, null, message);
  }

  static ApiException forbidden(String message) {
    return new ApiException(403, null, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, null, message);
  }

  /** A 405; {@code allow} lists the methods the path takes, for the Allow header. */
  static ApiException methodNotAllowed(String message, String allow) {
    return new ApiException(405, null, message, allow);
  }

  static ApiException internal(String message) {
    return new ApiException(500, null, message);
  }

  int status() {
    return status;
  }

  Optional<String> allow() {
    return Optional.ofNullable(allow);
  }

  Optional<String> errCode() {
    return Optional.ofNullable(errCode);
  }
}
