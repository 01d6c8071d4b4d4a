package dev.tcpivot;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code createActivityLog=true} to the query of a request whose {@link CallOptions} ask for an
 * Activity log entry (v3/create_activity_logs.rst). An application interceptor, so the parameter is
 * in place before the request is signed.
 */
final class ActivityLogParameter implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!CallOptions.of(request).createActivityLog()
        || request.url().queryParameter("createActivityLog") != null) {
      return chain.proceed(request);
    }
    return chain.proceed(
        request.newBuilder()
            .url(request.url().newBuilder().addQueryParameter("createActivityLog", "true").build())
            .build());
  }
}
