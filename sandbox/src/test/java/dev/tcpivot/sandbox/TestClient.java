package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A minimal v3 client for the tests: real HTTP to the sandbox with java.net.http, signed with its
 * own HMAC code (quick_start.rst L159-191), independent of the server's. Paths are given below the
 * API root and already encoded, e.g. {@code /v3/groups?owner=Demo%20Source}.
 */
final class TestClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final Sandbox sandbox;

  TestClient(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  Response get(String path) {
    return send("GET", path, null);
  }

  Response post(String path, Object body) {
    return send("POST", path, body);
  }

  Response put(String path, Object body) {
    return send("PUT", path, body);
  }

  Response delete(String path) {
    return send("DELETE", path, null);
  }

  Response options(String path) {
    return send("OPTIONS", path, null);
  }

  /** A request signed with the sandbox's Access ID and Secret Key at the current time. */
  Response send(String method, String path, Object body) {
    long now = Instant.now().getEpochSecond();
    return sendWith(method, path, body, hmacHeaders(method, path, now, sandbox.secretKey()));
  }

  /** The HMAC headers for a request signed with the given secret at the given time. */
  Map<String, String> hmacHeaders(String method, String path, long timestamp, String secret) {
    String message = "/api" + path + ":" + method + ":" + timestamp;
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Timestamp", Long.toString(timestamp));
    headers.put("Authorization", "TC " + sandbox.accessId() + ":" + sign(secret, message));
    return headers;
  }

  /** A request with exactly these authentication headers (none, a token, a bad signature, ...). */
  Response sendWith(String method, String path, Object body, Map<String, String> headers) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(text(body));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
            .method(method, publisher)
            .header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), parse(response.body()), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The test's own signer: Base64(HMAC-SHA256(secret, message)). */
  static String sign(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Object body) {
    if (body instanceof String) {
      return (String) body;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("the sandbox answered with malformed JSON: " + body, e);
    }
  }

  /** Parses a JSON text; for building request bodies in tests. */
  static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
