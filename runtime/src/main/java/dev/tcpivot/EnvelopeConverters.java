package dev.tcpivot;

import dev.tcpivot.ApiCalls.Envelope;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The JSON converters, with three differences. A response body is parsed from its bytes as they
 * arrived, not decoded to text and encoded again first. A successful response whose body is not a JSON
 * envelope (empty, or an HTML page from a proxy) reads as {@link Envelope#unreadable}, so the
 * {@link Transport} can report it with the response's HTTP status instead of as a lost connection.
 * Request objects of the SDK become a {@link JsonBody}: the bytes {@link Json#bytes} writes and
 * whether the request may be repeated.
 */
final class EnvelopeConverters extends Converter.Factory {
  private final Converter.Factory json;

  EnvelopeConverters(Converter.Factory json) {
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
      try (ResponseBody closing = body) {
        // The whole body, read once and kept: parsed from its bytes, and as text if that fails.
        BufferedSource source = closing.source();
        source.request(Long.MAX_VALUE);
        try {
          return delegate.convert(ResponseBody.create(source.peek(), closing.contentType(), -1));
        } catch (IOException notAsBytes) {
          // Decoded by the body's charset, then read again: the outcome the text always had, for a
          // body that is not JSON or whose bytes are not what its charset says.
          return convertText(delegate, closing.string(), closing.contentType());
        }
      }
    };
  }

  private static Object convertText(Converter<ResponseBody, ?> delegate, String text, MediaType contentType)
      throws IOException {
    try {
      return delegate.convert(ResponseBody.create(text, contentType));
    } catch (JsonProcessingException notAnEnvelope) {
      if (text.isBlank()) {
        return Envelope.unreadable("empty response body");
      }
      return Envelope.unreadable(whatItIs(text) + Transport.abbreviate(text));
    }
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
      return (WireObject body) -> new JsonBody(body);
    }
    return json.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return json.stringConverter(type, annotations, retrofit);
  }
}
