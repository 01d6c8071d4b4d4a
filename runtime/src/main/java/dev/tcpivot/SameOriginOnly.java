package dev.tcpivot;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Applies an authentication interceptor only to requests bound for the API's own origin (scheme,
 * host and port of the base URL). A redirect or a link to anywhere else goes out without
 * credentials.
 */
final class SameOriginOnly implements Interceptor {
  private final HttpUrl origin;
  private final Interceptor authentication;

  SameOriginOnly(HttpUrl origin, Interceptor authentication) {
    this.origin = Checks.notNull(origin, "origin");
    this.authentication = Checks.notNull(authentication, "authentication");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (Transport.sameOrigin(chain.request().url(), origin)) {
      return authentication.intercept(chain);
    }
    return chain.proceed(chain.request().newBuilder().removeHeader("Authorization").build());
  }

  @Override
  public String toString() {
    return authentication + " for " + origin.scheme() + "://" + origin.host() + ":" + origin.port();
  }
}
