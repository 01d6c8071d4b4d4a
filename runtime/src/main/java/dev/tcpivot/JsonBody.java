package dev.tcpivot;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import java.io.IOException;

/**
 * The body of a request that the SDK built: its JSON bytes, and whether sending it twice would
 * have another effect than sending it once, as the body's values said when it was written.
 */
final class JsonBody extends RequestBody {
  /** What the Jackson converter sends, so that bodies look the same whichever writes them. */
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final byte[] bytes;
  private final String whyNotRepeatable;

  JsonBody(WireObject body) throws IOException {
    this.bytes = Json.bytes(body);
    this.whyNotRepeatable = body.whyNotRepeatable();
  }

  /** Why a PUT with this body could take effect twice, or null when it could not. */
  String whyNotRepeatable() {
    return whyNotRepeatable;
  }

  @Override
  public MediaType contentType() {
    return JSON;
  }

  @Override
  public long contentLength() {
    return bytes.length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(bytes);
  }
}
