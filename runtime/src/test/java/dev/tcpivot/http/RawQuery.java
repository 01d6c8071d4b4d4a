package dev.tcpivot.http;

import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;

/** The query of a received request line as sent: names and values still percent-encoded. */
final class RawQuery {
  private RawQuery() {}

  /** The path of the request line, without the query. */
  static String path(RecordedRequest request) {
    String target = request.getPath();
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  /** The parameters in the order sent, each as {@code name=value} exactly as on the wire. */
  static List<String> parameters(RecordedRequest request) {
    String target = request.getPath();
    int query = target.indexOf('?');
    List<String> out = new ArrayList<>();
    if (query >= 0) {
      for (String pair : target.substring(query + 1).split("&")) {
        out.add(pair);
      }
    }
    return out;
  }

  /** The encoded values of one parameter, in the order sent. */
  static List<String> values(RecordedRequest request, String name) {
    List<String> out = new ArrayList<>();
    for (String pair : parameters(request)) {
      if (pair.startsWith(name + "=")) {
        out.add(pair.substring(name.length() + 1));
      }
    }
    return out;
  }
}
