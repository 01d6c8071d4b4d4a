package dev.tcpivot.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/** The provisioned API user: an access id and secret key for HMAC, and an API token. */
final class Credentials {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String accessId;
  private final String secretKey;
  private final String apiToken;

  private Credentials(String accessId, String secretKey, String apiToken) {
    this.accessId = accessId;
    this.secretKey = secretKey;
    this.apiToken = apiToken;
  }

  /** Fresh random credentials shaped like the docs' examples (quick_start.rst L102-110, L191). */
  static Credentials generate() {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      digits.append(RANDOM.nextInt(10));
    }
    String secret = randomBase64(32);
    String token = "APIV2:1:sandbox:" + System.currentTimeMillis() + ":" + randomBase64(32);
    return new Credentials(digits.toString(), secret, token);
  }

  /** Fixed credentials, for checking the verifier against known signatures. */
  static Credentials of(String accessId, String secretKey, String apiToken) {
    return new Credentials(accessId, secretKey, apiToken);
  }

  private static String randomBase64(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return Base64.getEncoder().encodeToString(buffer);
  }

  String accessId() {
    return accessId;
  }

  String secretKey() {
    return secretKey;
  }

  String apiToken() {
    return apiToken;
  }

  @Override
  public String toString() {
    // Never print the secret or the token.
    return "Credentials[accessId=" + accessId + "]";
  }
}
