package dev.tcpivot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What tests in other packages need of the runtime's package-private parts. */
public final class Internals {
  private Internals() {}

  /** A response as the SDK reads it: the envelope's fields and its data. */
  public record Read<T>(String status, String message, Long count, T data) {}

  /** The mapper the SDK reads responses with. */
  public static ObjectMapper mapper() {
    return Json.mapper();
  }

  /** The bytes the SDK sends for a body. */
  public static byte[] bytes(WireObject body) {
    try {
      return Json.bytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why a PUT with this body could take effect twice, or null. */
  public static String whyNotRepeatable(WireObject body) {
    return body.whyNotRepeatable();
  }

  /** Reads a response body whose {@code data} is of {@code dataType}, the way the SDK does. */
  public static <T> Read<T> read(String text, JavaType dataType) throws JsonProcessingException {
    JavaType envelope = TypeFactory.defaultInstance().constructParametricType(ApiCalls.Envelope.class, dataType);
    ApiCalls.Envelope<T> read = Json.mapper().readValue(text, envelope);
    return new Read<>(read.status(), read.message(), read.count(), read.data());
  }

  /** How many callers wait for the client's request budget. */
  public static int budgetWaiting(ThreatConnect tc) {
    return tc.transport().budget().waiting();
  }

  /** How many requests of the client hold a slot of its request budget. */
  public static int budgetInFlight(ThreatConnect tc) {
    return tc.transport().budget().inFlight();
  }
}
