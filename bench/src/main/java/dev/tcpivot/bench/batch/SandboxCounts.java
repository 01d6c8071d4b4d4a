package dev.tcpivot.bench.batch;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.IndicatorQuery;

/**
 * What a sandbox holds after an import, counted through the API: its Indicators ({@code GET
 * /v3/indicators?resultLimit=1&count=true}), its Groups, and, for each Group, the Indicators
 * associated with it ({@code tql=hasGroup(id = N)}).
 *
 * @param indicators the Indicators
 * @param groups the Groups
 * @param associations the associations between an Indicator and a Group
 */
record SandboxCounts(long indicators, long groups, long associations) {
  /** The counts that importing {@code data} leaves in an empty sandbox. */
  static SandboxCounts expected(ImportData data) {
    return new SandboxCounts(data.indicators(), data.groups(), data.associations());
  }

  static SandboxCounts of(ThreatConnect tc) {
    long associations = 0;
    for (Group group : tc.groups().list()) {
      associations += tc.indicators().count(IndicatorQuery.hasGroup(GroupQuery.id().eq(group.id())));
    }
    return new SandboxCounts(tc.indicators().count(), tc.groups().count(), associations);
  }

  /** Throws unless the sandbox holds what importing {@code data} leaves, so that each way did the same work. */
  static void check(ThreatConnect tc, ImportData data, String way) {
    SandboxCounts found = of(tc);
    SandboxCounts expected = expected(data);
    if (!found.equals(expected)) {
      throw new IllegalStateException(way + " left " + found + " in the sandbox, not " + expected);
    }
  }
}
