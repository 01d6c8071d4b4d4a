package dev.tcpivot;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The data of a list response as the SDK reads it: the response body converter that
 * {@link ThreatConnect} installs, reading an {@code Envelope<List<M>>}, for the benchmarks, which
 * measure that reading; the converter and the envelope are package-private in the runtime. The
 * body is handed over as a call hands it over, its bytes in OkHttp's buffer; each body shares the
 * segments of one buffer filled beforehand, so that no byte is copied to make it, just as a floor
 * reading a {@code byte[]} copies nothing to get its input.
 */
public final class ResponseData<M> {
  private static final MediaType JSON = MediaType.get("application/json");

  private final Converter<ResponseBody, ?> converter;
  private final Buffer arrived;

  private ResponseData(Converter<ResponseBody, ?> converter, byte[] body) {
    this.converter = converter;
    this.arrived = new Buffer().write(body);
  }

  /**
   * A reader of a list response of {@code model} whose body is {@code body}, with a converter made
   * as the client's Retrofit makes it.
   */
  public static <M> ResponseData<M> listOf(Class<M> model, byte[] body) {
    TypeFactory types = TypeFactory.defaultInstance();
    JavaType envelope =
        types.constructParametricType(ApiCalls.Envelope.class, types.constructCollectionType(List.class, model));
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl("http://127.0.0.1/api/")
            .addConverterFactory(new EnvelopeConverters(JacksonConverterFactory.create(Json.mapper())))
            .build();
    return new ResponseData<>(retrofit.responseBodyConverter(envelope, new Annotation[0]), body);
  }

  /** The {@code data} of the response, read from a fresh body as a call reads it. */
  @SuppressWarnings("unchecked")
  public List<M> read() throws IOException {
    Buffer body = new Buffer();
    arrived.copyTo(body, 0, arrived.size());
    ApiCalls.Envelope<List<M>> envelope =
        (ApiCalls.Envelope<List<M>>) converter.convert(ResponseBody.create(body, JSON, arrived.size()));
    if (!envelope.readable() || !"Success".equals(envelope.status())) {
      throw new IllegalStateException("not a successful response: " + envelope.message());
    }
    return envelope.data();
  }
}
