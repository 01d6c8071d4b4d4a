package dev.tcpivot;

import okhttp3.Request;

/**
 * Whether sending a request twice leaves the same state as sending it once. GET, HEAD, OPTIONS
 * and DELETE do; a POST does not; a PUT does unless its body creates an object (a new object in
 * an association), appends Attributes, or reports observations or a false positive, which its
 * {@link JsonBody} says.
 */
final class Repeatable {
  private Repeatable() {}

  /** Null when the request may be sent again, otherwise why not. */
  static String whyNot(Request request) {
    switch (request.method()) {
      case "GET":
      case "HEAD":
      case "OPTIONS":
      case "DELETE":
        return null;
      case "PUT":
        return request.body() instanceof JsonBody
            ? ((JsonBody) request.body()).whyNotRepeatable()
            : "its body was not built by the SDK";
      default:
        return "a " + request.method() + " could take effect twice";
    }
  }
}
