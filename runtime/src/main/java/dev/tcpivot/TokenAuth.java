package dev.tcpivot;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sends an API token: {@code Authorization: TC-Token <token>} (quick_start.rst, "API Token"). */
final class TokenAuth implements Interceptor {
  private final String header;

  TokenAuth(String token) {
    this.header = "TC-Token " + Checks.notBlank(token, "token");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
  }

  @Override
  public String toString() {
    return "TokenAuth[redacted]";
  }
}
