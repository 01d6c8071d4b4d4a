package dev.tcpivot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.AuthenticationException;
import dev.tcpivot.BadRequestException;
import dev.tcpivot.NoResponseException;
import dev.tcpivot.NotFoundException;
import dev.tcpivot.PermissionException;
import dev.tcpivot.RateLimitedException;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ServerErrorException;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.VirtualTime;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A refusal is thrown as the subclass of {@link ThreatConnectException} that says what its HTTP
 * status means (v3/http_status_codes.rst; API-FACTS.md section 4), still carrying the status, the
 * request line, the server's words and the attempts, in the same message as before.
 */
class TypedRefusalsTest {
  private static final String PATH = "/api/v3/groups/12";

  @RegisterExtension final MockApi api = new MockApi();

  /** The table of v3/http_status_codes.rst, and statuses it does not list, with the type each gets. */
  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "The request was not formatted properly."),
        Arguments.of(401, AuthenticationException.class, "Signature Data Did Not Match Expected Result"),
        Arguments.of(403, PermissionException.class, "Access Denied"),
        Arguments.of(404, NotFoundException.class, "The requested resource does not exist."),
        Arguments.of(429, RateLimitedException.class, "Too many requests"),
        Arguments.of(500, ServerErrorException.class, "An unknown internal error"),
        Arguments.of(501, ServerErrorException.class, "Not implemented"),
        Arguments.of(502, ServerErrorException.class, "Bad Gateway"),
        Arguments.of(503, ServerErrorException.class,
            "The ThreatConnect instance is not licensed to enable the API."),
        Arguments.of(504, ServerErrorException.class, "Gateway Timeout"),
        Arguments.of(405, ThreatConnectException.class, "Method not allowed"),
        Arguments.of(409, ThreatConnectException.class, "Conflict"),
        Arguments.of(422, ThreatConnectException.class, "Unprocessable"));
  }

  @ParameterizedTest(name = "HTTP {0}: {1}")
  @MethodSource("statuses")
  void eachStatusHasItsType(int status, Class<?> type, String message) {
    ThreatConnect tc = api.hmacClient();
    api.respond(status, "{\"message\": \"" + message + "\", \"errCode\": \"0x2002\", \"status\": \"Error\"}");

    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.groups().get(12));

    assertEquals(type, e.getClass());
    assertEquals(status, e.status());
    assertEquals("GET", e.method());
    assertEquals(PATH, e.path());
    assertEquals(message, e.serverMessage());
    assertEquals(Optional.of("0x2002"), e.errorCode());
    assertEquals(1, e.attempts());
    assertEquals("GET " + PATH + ": HTTP " + status + ": " + message + " (errCode 0x2002)", e.getMessage());
  }

  /** quick_start.rst L16: an "Error" status whatever the HTTP status; a 200 has no type of its own. */
  @Test
  void anErrorEnvelopeInA200StaysPlain() {
    ThreatConnect tc = api.hmacClient();
    api.respond(200, "{\"message\": \"Access Denied\", \"status\": \"Error\"}");

    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.groups().get(12));

    assertEquals(ThreatConnectException.class, e.getClass());
    assertEquals(200, e.status());
    assertEquals("GET " + PATH + ": HTTP 200: Access Denied", e.getMessage());
  }

  /** v3/indicators/associations.rst L206-228, answered with 400 (the docs do not give the status). */
  @Test
  void aWrongWayIndicatorAssociationIsABadRequestWithItsErrCode() {
    ThreatConnect tc = api.hmacClient();
    api.respond(400, """
        {"errCode": "0x1001", "message": "Association cannot be applied to the indicator types.", "status": "Error"}
        """);

    BadRequestException e = assertThrows(BadRequestException.class, () -> tc.indicators().update("66.96.146.129",
        IndicatorUpdate.builder().associatedIndicators(IndicatorRef.asn("ASN204288")).build()));

    assertEquals(Optional.of("0x1001"), e.errorCode());
    assertEquals("Association cannot be applied to the indicator types.", e.serverMessage());
    assertEquals("PUT /api/v3/indicators/66.96.146.129: HTTP 400: Association cannot be applied to the indicator"
        + " types. (errCode 0x1001)", e.getMessage());
  }

  /** quick_start.rst L177 and other/common_errors.rst: the Timestamp must be within 5 minutes. */
  @Test
  void aTimestampOutOfRangeIsClockSkewWithTheHint() {
    ThreatConnect tc = api.hmacClient();
    api.respond(401, "{\"message\": \"Timestamp Out of Acceptable Time Range\", \"status\": \"Error\"}");

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> tc.groups().get(12));

    assertTrue(e.clockSkew());
    assertEquals(401, e.status());
    assertEquals("GET " + PATH + ": HTTP 401: Timestamp Out of Acceptable Time Range; check the local clock: an"
        + " HMAC Timestamp must be within 5 minutes of the server's time (quick_start.rst, Timestamp;"
        + " common_errors.rst)", e.getMessage());
  }

  /** other/common_errors.rst: a wrong signature, or an expired token, is not the clock. */
  @Test
  void otherUnauthorizedAnswersAreNotClockSkew() {
    ThreatConnect hmac = api.hmacClient();
    api.respond(401, "{\"message\": \"Signature Data Did Not Match Expected Result\", \"status\": \"Error\"}");
    AuthenticationException signature = assertThrows(AuthenticationException.class, () -> hmac.groups().get(12));
    assertFalse(signature.clockSkew());
    assertEquals("GET " + PATH + ": HTTP 401: Signature Data Did Not Match Expected Result", signature.getMessage());

    ThreatConnect token = api.tokenClient();
    api.respond(new MockResponse().setResponseCode(401));
    AuthenticationException expired = assertThrows(AuthenticationException.class, () -> token.groups().get(12));
    assertFalse(expired.clockSkew());
    assertEquals("no message", expired.serverMessage());
  }

  @Test
  void retryAfterInSeconds() {
    ThreatConnect tc = api.hmacClient();
    api.respond(tooMany().setHeader("Retry-After", "7"));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> tc.groups().get(12));

    assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
    assertEquals(1, e.attempts());
    assertEquals("GET " + PATH + ": HTTP 429: Slow down; the server asks to retry after 7 s", e.getMessage());
  }

  /** RFC 9110 10.2.3: Retry-After as an HTTP date, counted from when the response arrived. */
  @Test
  void retryAfterAsAnHttpDate() {
    ThreatConnect tc = api.hmacClient();
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Instant date = before.plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    String header = DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
    api.respond(tooMany().setHeader("Retry-After", header));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> tc.groups().get(12));
    Instant after = Instant.now();

    Duration wait = e.retryAfter().orElseThrow();
    // The response arrived between the two readings of the clock.
    assertTrue(wait.compareTo(Duration.between(after, date).truncatedTo(ChronoUnit.MILLIS)) >= 0, wait::toString);
    assertTrue(wait.compareTo(Duration.between(before, date)) <= 0, wait::toString);
    assertEquals("GET " + PATH + ": HTTP 429: Slow down; the server asks to retry after " + header, e.getMessage());
  }

  @Test
  void retryAfterADatePastIsZero() {
    ThreatConnect tc = api.hmacClient();
    api.respond(tooMany().setHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> tc.groups().get(12));

    assertEquals(Optional.of(Duration.ZERO), e.retryAfter());
  }

  @Test
  void noRetryAfter() {
    ThreatConnect tc = api.hmacClient();
    api.respond(tooMany());

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> tc.groups().get(12));

    assertEquals(Optional.empty(), e.retryAfter());
    assertEquals("GET " + PATH + ": HTTP 429: Slow down", e.getMessage());
  }

  @Test
  void unreadableRetryAfterIsEmpty() {
    ThreatConnect tc = api.hmacClient();
    api.respond(tooMany().setHeader("Retry-After", "soon"));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> tc.groups().get(12));

    assertEquals(Optional.empty(), e.retryAfter());
  }

  /** The default policy retries a 429 after its Retry-After; the last answer's wait is carried. */
  @Test
  void rateLimitedAfterTheRetriesRanOut() {
    VirtualTime time = new VirtualTime(Instant.parse("2026-03-01T12:00:00Z"));
    ThreatConnect tc = time.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl())
        .hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY)).retries(RetryPolicy.defaults()).build();
    for (int i = 0; i < 4; i++) {
      api.respond(tooMany().setHeader("Retry-After", "7"));
    }

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> tc.groups().get(12));

    assertEquals(4, e.attempts());
    assertEquals(4, api.requestCount());
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(7), Duration.ofSeconds(7)), time.sleeps());
    assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
    assertEquals("GET " + PATH + ": HTTP 429: Slow down; the server asks to retry after 7 s (after 4 attempts)",
        e.getMessage());
  }

  @Test
  void serverErrorAfterTheRetriesRanOut() {
    VirtualTime time = new VirtualTime(Instant.parse("2026-03-01T12:00:00Z"));
    ThreatConnect tc = time.applyTo(ThreatConnect.builder().baseUrl(api.baseUrl())
        .hmac(MockApi.ACCESS_ID, MockApi.SECRET_KEY)).retries(RetryPolicy.defaults()).build();
    for (int i = 0; i < 4; i++) {
      api.respond(502, "{\"message\": \"Bad Gateway\", \"status\": \"Error\"}");
    }

    ServerErrorException e = assertThrows(ServerErrorException.class, () -> tc.groups().get(12));

    assertEquals(502, e.status());
    assertEquals(4, e.attempts());
    assertEquals("GET " + PATH + ": HTTP 502: Bad Gateway (after 4 attempts)", e.getMessage());
  }

  /** No response is not a refusal: it has status 0 and none of the refusal types. */
  @Test
  void noResponseIsNoneOfTheRefusals() {
    ThreatConnect tc = api.hmacClient();
    api.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    ThreatConnectException e = assertThrows(ThreatConnectException.class, () -> tc.groups().get(12));

    assertEquals(NoResponseException.class, e.getClass());
    assertEquals(0, e.status());
    for (Class<?> refusal : List.of(BadRequestException.class, AuthenticationException.class,
        PermissionException.class, NotFoundException.class, RateLimitedException.class,
        ServerErrorException.class)) {
      assertFalse(refusal.isInstance(e), refusal.getSimpleName());
    }
  }

  @Test
  void theTypesRefuseAStatusTheyDoNotStandFor() {
    IllegalArgumentException notFound = assertThrows(IllegalArgumentException.class,
        () -> new NotFoundException(500, "GET", PATH, "oops", null, null));
    assertEquals("status of a NotFoundException must be 404, was 500", notFound.getMessage());
    IllegalArgumentException server = assertThrows(IllegalArgumentException.class,
        () -> new ServerErrorException(404, "GET", PATH, "gone", null, null, 1, null));
    assertEquals("status of a ServerErrorException must be 500 to 599, was 404", server.getMessage());
    IllegalArgumentException wait = assertThrows(IllegalArgumentException.class,
        () -> new RateLimitedException(429, "GET", PATH, "slow", null, null, 1, Duration.ofSeconds(-1), null));
    assertEquals("retryAfter must not be negative, was PT-1S", wait.getMessage());
  }

  /** Built by hand, as a caller's own test double would be: the same message as the base type. */
  @Test
  void aTypeBuiltByHandReadsLikeTheBase() {
    RateLimitedException e = new RateLimitedException(
        429, "PUT", PATH, "Slow down", "0x3003", "wait", 2, Duration.ofSeconds(3), null);
    assertInstanceOf(ThreatConnectException.class, e);
    assertEquals(new ThreatConnectException(429, "PUT", PATH, "Slow down", "0x3003", "wait", 2, null).getMessage(),
        e.getMessage());
    assertEquals(Optional.of(Duration.ofSeconds(3)), e.retryAfter());
    assertEquals(Optional.empty(), new RateLimitedException(429, "GET", PATH, "x", null, null).retryAfter());
    assertTrue(new AuthenticationException(401, "GET", PATH, "timestamp out of acceptable time range", null, null)
        .clockSkew());
  }

  private static MockResponse tooMany() {
    return new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
        .setBody("{\"message\": \"Slow down\", \"status\": \"Error\"}");
  }
}
