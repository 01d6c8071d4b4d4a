package dev.tcpivot.bench.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tcpivot.ResponseData;
import dev.tcpivot.bench.read.PlainRecords.Page;
import dev.tcpivot.v3.Indicator;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one page of 1,000 Indicators with their associated Groups ({@link IndicatorPage}) three
 * ways: the SDK (the response converter of its client, into an {@code Envelope<List<Indicator>>}),
 * the floor (Jackson binding the same bytes into {@link PlainRecords}) and a {@link JsonNode} tree.
 * Each way is measured reading only, reading and then getting what a caller would take from the
 * page ({@link Seen}), and getting that from a page read before: the SDK's getters convert values
 * that the floor's records hold ready, and a reading that left work for later would look cheaper
 * than it is, so the target is judged on reading and getting. Fair because all three read the
 * same bytes, and the setup checks that each sees the same page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class ReadingBenchmark {
  private byte[] body;
  private ResponseData<Indicator> sdk;
  private ObjectReader floor;
  private ObjectMapper tree;
  private List<Indicator> readBySdk;
  private Page readByFloor;
  private JsonNode readAsTree;

  @Setup(Level.Trial)
  public void samePageEveryWay() throws IOException {
    body = IndicatorPage.body();
    sdk = ResponseData.listOf(Indicator.class, body);
    floor = JsonMapper.builder().build().readerFor(Page.class);
    // Exact decimals, as the SDK reads them: 3.00 stays 3.00 (a tree would otherwise strip it to 3).
    tree = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
    readByFloor = floorRead();
    readBySdk = sdkRead();
    readAsTree = treeRead();
    Seen expected = Seen.ofRecords(readByFloor.data());
    Seen byModels = Seen.ofModels(readBySdk);
    Seen byTree = Seen.ofTree(readAsTree);
    if (expected.indicators() != IndicatorPage.INDICATORS
        || expected.groups() != IndicatorPage.INDICATORS * IndicatorPage.GROUPS_EACH
        || !expected.firstSummary().equals(IndicatorPage.summary(0))
        || !expected.lastGroupName().endsWith(" " + IndicatorPage.groupId(IndicatorPage.INDICATORS - 1,
            IndicatorPage.GROUPS_EACH - 1))) {
      throw new IllegalStateException("the floor does not see the page that was written: " + expected);
    }
    if (!byModels.equals(expected) || !byTree.equals(expected)) {
      throw new IllegalStateException(
          "the readings differ:\nfloor: " + expected + "\nSDK:   " + byModels + "\ntree:  " + byTree);
    }
  }

  @Benchmark
  public List<Indicator> sdkRead() throws IOException {
    return sdk.read();
  }

  @Benchmark
  public Page floorRead() throws IOException {
    return floor.readValue(body);
  }

  @Benchmark
  public JsonNode treeRead() throws IOException {
    return tree.readTree(body);
  }

  @Benchmark
  public Seen sdkReadAndGet() throws IOException {
    return Seen.ofModels(sdkRead());
  }

  @Benchmark
  public Seen floorReadAndGet() throws IOException {
    return Seen.ofRecords(floorRead().data());
  }

  @Benchmark
  public Seen treeReadAndGet() throws IOException {
    return Seen.ofTree(treeRead());
  }

  /** The second half of {@link #sdkReadAndGet()}: the getters of a page read once. */
  @Benchmark
  public Seen sdkGetOnly() {
    return Seen.ofModels(readBySdk);
  }

  @Benchmark
  public Seen floorGetOnly() {
    return Seen.ofRecords(readByFloor.data());
  }

  @Benchmark
  public Seen treeGetOnly() {
    return Seen.ofTree(readAsTree);
  }
}
