package dev.tcpivot.internal;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The JSON converters, with two differences. A successful response whose body is not a JSON
 * envelope (empty, or an HTML page from a proxy) reads as {@link Envelope#unreadable}, so the
 * {@link Transport} can report it with the response's HTTP status instead of as a lost connection.
 * Request objects of the SDK are written by {@link Json#bytes}, the same bytes for less work.
 */
public final class EnvelopeConverters extends Converter.Factory {
  /** What the Jackson converter sends, so that bodies look the same whichever writes them. */
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final Converter.Factory json;

  public EnvelopeConverters(Converter.Factory json) {
    this.json = Checks.notNull(json, "json");
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> delegate = json.responseBodyConverter(type, annotations, retrofit);
    if (delegate == null) {
      return null;
    }
    return body -> {
      String text = body.string();
      try {
        return delegate.convert(ResponseBody.create(text, body.contentType()));
      } catch (JsonProcessingException notAnEnvelope) {
        if (text.isBlank()) {
          return Envelope.unreadable("empty response body");
        }
        return Envelope.unreadable(whatItIs(text) + Transport.abbreviate(text));
      }
    };
  }

  /** Read on its own, since data binding may report a cut-off document as a mismatch. */
  private static String whatItIs(String text) {
    try {
      Json.mapper().readTree(text);
      return "unexpected response: ";
    } catch (JsonEOFException cutOff) {
      return "the response ends in the middle of its JSON: ";
    } catch (IOException notJson) {
      return "the response is not JSON: ";
    }
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    if (type instanceof Class && WireObject.class.isAssignableFrom((Class<?>) type)) {
      return (WireObject body) -> RequestBody.create(Json.bytes(body), JSON);
    }
    return json.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return json.stringConverter(type, annotations, retrofit);
  }
}
