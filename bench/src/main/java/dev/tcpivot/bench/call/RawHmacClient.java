package dev.tcpivot.bench.call;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The baseline client: plain OkHttp, configured like the SDK's (same timeouts, no silent retry),
 * sending bytes serialized beforehand with a ThreatConnect HMAC signature computed by hand for
 * each request, and reading the reply's bytes without parsing them.
 */
public final class RawHmacClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final OkHttpClient client =
      new OkHttpClient.Builder()
          .connectTimeout(Duration.ofSeconds(10))
          .readTimeout(Duration.ofSeconds(60))
          .retryOnConnectionFailure(false)
          .build();
  private final HttpUrl baseUrl;
  private final String accessId;
  private final SecretKeySpec key;

  public RawHmacClient(String baseUrl, String accessId, String secretKey) {
    this.baseUrl = HttpUrl.get(baseUrl + "/");
    this.accessId = accessId;
    this.key = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** {@code PUT} of the bytes to the path under the API root; the reply's bytes. */
  public byte[] put(String path, byte[] json) throws IOException {
    HttpUrl url = baseUrl.resolve(path);
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    Request request = new Request.Builder()
        .url(url)
        .header("Timestamp", timestamp)
        .header("Authorization", "TC " + accessId + ":" + sign(url.encodedPath() + ":PUT:" + timestamp))
        .put(RequestBody.create(json, JSON))
        .build();
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("PUT " + url.encodedPath() + " answered " + response.code());
      }
      return body.bytes();
    }
  }

  private String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
