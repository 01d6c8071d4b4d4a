package dev.tcpivot.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The v3 request signature: Base64(HMAC-SHA256(secret, {@code
 * <path>[?<query>]:<METHOD>:<timestamp>})) over the path and query exactly as they travel on the
 * wire (quick_start.rst L185).
 */
final class Hmac {
  private static final String ALGORITHM = "HmacSHA256";

  private Hmac() {}

  /** The string to sign, from the raw path and raw query as received. */
  static String message(String rawPathAndQuery, String method, String timestamp) {
    return rawPathAndQuery + ":" + method + ":" + timestamp;
  }

  /** Base64 of the HMAC-SHA256 of {@code message}, keyed with the secret's UTF-8 bytes. */
  static String signature(String secret, String message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      // Every Java 17 runtime ships HmacSHA256, so this cannot happen in practice.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }
}
