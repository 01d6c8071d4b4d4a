package dev.tcpivot.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of quick_start.rst, "Access ID and Secret Key", computed here without the SDK:
 * Base64(HMAC-SHA256(key = the Secret Key, message = {@code <path>[?<query>]:<METHOD>:<timestamp>})).
 */
public final class IndependentHmac {
  private IndependentHmac() {}

  public static String signature(String secretKey, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
