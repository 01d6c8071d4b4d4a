package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The V2 Batch API over real HTTP, for the tests (v2_batch_api.rst): JSON requests through {@link
 * TestClient}, the upload as the docs send it (L776-792: {@code Content-Type:
 * application/octet-stream}, the file as the body), signed with the test's own HMAC code.
 */
final class BatchClient {
  static final String ORG = "Demo Organization";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A raw answer: status, headers and the bytes of the body. */
  record Raw(int status, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of()).stream()
          .findFirst()
          .orElse(null);
    }
  }

  private final Sandbox sandbox;
  private final TestClient client;

  BatchClient(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.client = new TestClient(sandbox);
  }

  TestClient v3() {
    return client;
  }

  /** The options of L29-39 with the given owner, halt and write types. */
  static ObjectNode options(String owner, boolean halt, String action, String writeTypes) {
    ObjectNode options = TestClient.JSON.createObjectNode();
    options.put("version", "V2");
    options.put("owner", owner);
    options.put("haltOnError", halt);
    options.put("action", action);
    options.put("attributeWriteType", writeTypes);
    options.put("tagWriteType", writeTypes);
    options.put("securityLabelWriteType", writeTypes);
    return options;
  }

  Response create(Object options) {
    return client.post("/v2/batch", options);
  }

  /** Creates a job; asserts the 201 of L76-84 and returns its batchId. */
  long job(Object options) {
    Response created = create(options);
    assertEquals(201, created.status(), created::toString);
    assertEquals("Success", created.body().path("status").asText(), created::toString);
    assertTrue(created.data().path("batchId").isIntegralNumber(), created::toString);
    return created.data().path("batchId").asLong();
  }

  /** L776-781: POST /v2/batch/{id}, Content-Type application/octet-stream, the file as body. */
  Response upload(long id, byte[] file) {
    Raw raw = send("POST", "/v2/batch/" + id, file, "application/octet-stream");
    return new Response(raw.status(), parse(raw.body()), raw.headers());
  }

  Response upload(long id, String file) {
    return upload(id, file.getBytes(StandardCharsets.UTF_8));
  }

  /** Creates a job, uploads the file (202 Queued, L796-801) and waits for it to complete. */
  JsonNode run(Object options, String file) {
    long id = job(options);
    Response uploaded = upload(id, file);
    assertEquals(202, uploaded.status(), uploaded::toString);
    assertEquals("Queued", uploaded.body().path("status").asText(), uploaded::toString);
    return awaitCompleted(id);
  }

  /** Waits for the job through the test hook, then reads its status as a client does. */
  JsonNode awaitCompleted(long id) {
    assertTrue(sandbox.batchJobs().awaitCompletion(id, Duration.ofSeconds(30)), "job " + id);
    Response status = status(id, "?includeAdditional=true");
    assertEquals(200, status.status(), status::toString);
    assertEquals("Success", status.body().path("status").asText(), status::toString);
    JsonNode batchStatus = status.data().path("batchStatus");
    assertEquals("Completed", batchStatus.path("status").asText(), status::toString);
    return batchStatus;
  }

  Response status(long id, String query) {
    return client.get("/v2/batch/" + id + query);
  }

  Response results(long id, String query) {
    return client.get("/v2/batch/" + id + "/results" + query);
  }

  Raw errors(long id) {
    return send("GET", "/v2/batch/" + id + "/errors", null, null);
  }

  /** The error file, un-gzipped (L888-892: octet-stream, gzip). */
  static JsonNode errorFile(Raw raw) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw.body()))) {
      return TestClient.JSON.readTree(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A v3 GET that must answer 200; its data. */
  JsonNode get(String path) {
    Response response = client.get(path);
    assertEquals(200, response.status(), () -> path + " -> " + response);
    return response.data();
  }

  Raw send(String method, String path, byte[] body, String contentType) {
    Map<String, String> auth =
        client.hmacHeaders(method, path, Instant.now().getEpochSecond(), sandbox.secretKey());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    auth.forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Raw(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? TestClient.JSON.nullNode() : TestClient.JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(new String(body, StandardCharsets.UTF_8), e);
    }
  }

  /** An example input file of v2_batch_api.rst (see batch/README.md). */
  static String example(String name) {
    try (InputStream in = BatchClient.class.getResourceAsStream("batch/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no example " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Percent-encodes a path segment or query value (spaces as %20). */
  static String enc(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
