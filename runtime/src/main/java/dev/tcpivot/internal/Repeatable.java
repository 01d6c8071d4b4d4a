package dev.tcpivot.internal;

import dev.tcpivot.Attribute;
import dev.tcpivot.Block;
import dev.tcpivot.Mode;
import dev.tcpivot.Ref;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.http.Body;

/**
 * Whether sending a request twice leaves the same state as sending it once, judged from the body
 * object the call was made with (Retrofit's {@link Invocation} tag), not from its bytes. GET,
 * HEAD, OPTIONS and DELETE are; a POST is not; a PUT is unless its body creates an object (a new
 * object in an association), appends Attributes, or reports observations or a false positive.
 */
final class Repeatable {
  /** Fields whose every PUT counts anew (v3/indicators/falsePositivesObservations.rst). */
  private static final Set<String> REPORTS = Set.of("observations", "falsePositiveFlag");

  private Repeatable() {}

  /** Null when the request may be sent again, otherwise why not. */
  static String whyNot(Request request) {
    switch (request.method()) {
      case "GET":
      case "HEAD":
      case "OPTIONS":
      case "DELETE":
        return null;
      case "PUT":
        return body(request);
      default:
        return "a " + request.method() + " could take effect twice";
    }
  }

  private static String body(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return "its body is unknown";
    }
    Annotation[][] parameters = invocation.method().getParameterAnnotations();
    for (int i = 0; i < parameters.length; i++) {
      for (Annotation annotation : parameters[i]) {
        if (annotation instanceof Body) {
          Object body = invocation.arguments().get(i);
          return body instanceof WireObject
              ? object((WireObject) body)
              : "its body is a " + (body == null ? "null" : body.getClass().getSimpleName());
        }
      }
    }
    return null;
  }

  private static String object(WireObject object) {
    Fields fields = object.fields();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.name(i);
      if (REPORTS.contains(name)) {
        return "it reports " + name + ", which count again on every request";
      }
      String why = value(name, fields.value(i));
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private static String value(String field, Object value) {
    if (value instanceof Block) {
      return items(field, ((Block<?>) value).mode(), ((Block<?>) value).items());
    }
    if (value instanceof DataList) {
      // Without a mode the API appends.
      return items(field, Mode.APPEND, ((DataList) value).items());
    }
    if (value instanceof List) {
      return items(field, null, (List<?>) value);
    }
    if (value instanceof ExistingObject) {
      return null;
    }
    if (value instanceof Ref) {
      return "it creates a new object in " + field + ": " + value;
    }
    if (value instanceof WireObject) {
      return object((WireObject) value);
    }
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof WireEnum || value instanceof Instant || value instanceof BigDecimal) {
      return null;
    }
    return "it carries a " + value.getClass().getSimpleName() + " in " + field;
  }

  private static String items(String field, Mode mode, List<?> items) {
    for (Object item : items) {
      if (item instanceof Attribute && mode == Mode.APPEND) {
        return "it appends " + field + ", which a repeat would add again";
      }
      String why = value(field, item);
      if (why != null) {
        return why;
      }
    }
    return null;
  }
}
