package dev.tcpivot.bench.batch;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/**
 * A network interceptor that samples the heap while a batch file's part is being uploaded
 * ({@code POST /v2/batch/{id}}): after every {@link #STEP} bytes written and after the last one.
 * The upload is where the file's bytes pass through the client, so a part held whole in memory
 * would show here; a sampler thread alone could miss an upload of a few milliseconds. The bytes
 * sent are unchanged.
 */
final class SampledUploads implements Interceptor {
  static final long STEP = 256 * 1024;

  private final HeapSampler sampler;

  SampledUploads(HeapSampler sampler) {
    this.sampler = sampler;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody body = request.body();
    if (!request.method().equals("POST") || body == null
        || !request.url().encodedPath().matches(".*/v2/batch/\\d+")) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().method("POST", new Sampled(body)).build());
  }

  private final class Sampled extends RequestBody {
    private final RequestBody body;

    Sampled(RequestBody body) {
      this.body = body;
    }

    @Override
    public MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      BufferedSink counted = Okio.buffer(new ForwardingSink(sink) {
        private long written;
        private long nextSample = STEP;

        @Override
        public void write(Buffer source, long byteCount) throws IOException {
          super.write(source, byteCount);
          written += byteCount;
          if (written >= nextSample) {
            sampler.sample("uploading");
            nextSample += STEP;
          }
        }
      });
      body.writeTo(counted);
      counted.emit();
      sampler.sample("uploaded");
    }
  }
}
