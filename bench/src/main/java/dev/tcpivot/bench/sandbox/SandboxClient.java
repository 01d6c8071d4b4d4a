package dev.tcpivot.bench.sandbox;

import dev.tcpivot.IdRef;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.Indicator;
import java.util.ArrayList;
import java.util.List;

/** A sandbox and an SDK client for it that does not retry, with the helpers the benchmarks share. */
final class SandboxClient implements AutoCloseable {
  final Sandbox sandbox = Sandbox.start();
  final ThreatConnect tc = ThreatConnect.builder()
      .baseUrl(sandbox.baseUrl())
      .hmac(sandbox.accessId(), sandbox.secretKey())
      .retries(RetryPolicy.none())
      .build();

  /** Creates {@code count} Host Indicators and returns refs to them by ID, in order. */
  List<IdRef<Indicator>> createHosts(String prefix, int count) {
    List<IdRef<Indicator>> refs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Indicator host = tc.indicators().create(IndicatorCreate.host(prefix + "-" + i + ".badguy.example").build());
      refs.add(IndicatorRef.id(host.id()));
    }
    return refs;
  }

  /** Creates an Adversary and returns its ID. */
  long createAdversary(String name) {
    return tc.groups().create(GroupCreate.adversary(name).build()).id();
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
