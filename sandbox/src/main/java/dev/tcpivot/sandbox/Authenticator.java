package dev.tcpivot.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.LongSupplier;

/**
 * Checks the {@code Authorization} (and, for HMAC, {@code Timestamp}) headers of a request. The
 * messages are those of other/common_errors.rst; none of them echoes a credential.
 */
final class Authenticator {
  /** quick_start.rst L177: the timestamp must be within five minutes of the server's clock. */
  static final long MAX_SKEW_SECONDS = 5 * 60;

  private static final String HMAC_PREFIX = "TC ";
  private static final String TOKEN_PREFIX = "TC-Token ";

  private final Credentials credentials;
  private final LongSupplier epochSeconds;

  Authenticator(Credentials credentials, LongSupplier epochSeconds) {
    this.credentials = credentials;
    this.epochSeconds = epochSeconds;
  }

  /**
   * Accepts the request or throws a 401.
   *
   * @param rawPathAndQuery the request target exactly as received, e.g. {@code
   *     /api/v3/groups?owner=Demo%20Source}
   */
  void check(String method, String rawPathAndQuery, String authorization, String timestamp) {
    if (authorization == null || authorization.isBlank()) {
      throw ApiException.unauthorized(Messages.MISSING_CREDENTIALS);
    }
    if (authorization.startsWith(TOKEN_PREFIX)) {
      String token = authorization.substring(TOKEN_PREFIX.length()).trim();
      if (!constantTimeEquals(token, credentials.apiToken())) {
        throw ApiException.unauthorized(Messages.UNAUTHORIZED);
      }
      return;
    }
    if (!authorization.startsWith(HMAC_PREFIX)) {
      throw ApiException.unauthorized(Messages.UNKNOWN_SCHEME);
    }
    String value = authorization.substring(HMAC_PREFIX.length()).trim();
    int colon = value.lastIndexOf(':');
    if (colon <= 0) {
      throw ApiException.unauthorized(Messages.ACCESS_DENIED);
    }
    String accessId = value.substring(0, colon);
    String signature = value.substring(colon + 1);
    if (!constantTimeEquals(accessId, credentials.accessId())) {
      throw ApiException.unauthorized(Messages.ACCESS_DENIED);
    }
    checkTimestamp(timestamp);
    String expected =
        Hmac.signature(credentials.secretKey(), Hmac.message(rawPathAndQuery, method, timestamp));
    if (!constantTimeEquals(signature, expected)) {
      throw ApiException.unauthorized(Messages.SIGNATURE_MISMATCH);
    }
  }

  private void checkTimestamp(String timestamp) {
    if (timestamp == null || timestamp.isBlank()) {
      throw ApiException.unauthorized(Messages.MISSING_TIMESTAMP);
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw ApiException.unauthorized(Messages.TIMESTAMP_OUT_OF_RANGE);
    }
    if (Math.abs(epochSeconds.getAsLong() - seconds) > MAX_SKEW_SECONDS) {
      throw ApiException.unauthorized(Messages.TIMESTAMP_OUT_OF_RANGE);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
