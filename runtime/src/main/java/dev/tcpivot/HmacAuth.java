package dev.tcpivot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Signs each request with an Access ID and Secret Key: a {@code Timestamp} header (epoch seconds)
 * and {@code Authorization: TC <accessId>:<signature>}, where the signature is the Base64
 * HMAC-SHA256 of {@code <path>[?<query>]:<METHOD>:<timestamp>} over the path and query exactly as
 * they go on the wire (quick_start.rst, "Access ID and Secret Key"). It runs as an OkHttp
 * interceptor, after the URL is final, so every page of a list is signed anew.
 */
final class HmacAuth implements Interceptor {
  private static final String ALGORITHM = "HmacSHA256";

  private final String accessId;
  private final SecretKeySpec key;
  private final Clock clock;

  HmacAuth(String accessId, String secretKey, Clock clock) {
    this.accessId = Checks.notBlank(accessId, "accessId");
    this.key =
        new SecretKeySpec(Checks.notBlank(secretKey, "secretKey").getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.clock = Checks.notNull(clock, "clock");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String timestamp = Long.toString(clock.millis() / 1000);
    String signature = sign(signedText(request.url(), request.method(), timestamp));
    return chain.proceed(
        request.newBuilder()
            .header("Timestamp", timestamp)
            .header("Authorization", "TC " + accessId + ":" + signature)
            .build());
  }

  /** The text the signature covers: the encoded path and query as sent, method, timestamp. */
  static String signedText(HttpUrl url, String method, String timestamp) {
    String query = url.encodedQuery();
    return url.encodedPath() + (query == null ? "" : "?" + query) + ":" + method + ":" + timestamp;
  }

  /** Base64 of the HMAC-SHA256 of the text under this key. */
  String sign(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "HmacAuth[" + accessId + "]";
  }
}
