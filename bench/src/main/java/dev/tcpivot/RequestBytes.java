package dev.tcpivot;

import java.io.IOException;

/**
 * The bytes the SDK sends for a body, as its request converter writes them: for the benchmarks,
 * which measure that writer; it is package-private in the runtime.
 */
public final class RequestBytes {
  private RequestBytes() {}

  public static byte[] of(WireObject body) throws IOException {
    return Json.bytes(body);
  }
}
