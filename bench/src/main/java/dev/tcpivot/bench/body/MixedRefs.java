package dev.tcpivot.bench.body;

import java.util.ArrayList;
import java.util.List;

/**
 * The input of one update body: {@code count} refs of five kinds in turn, as plain arrays that each
 * writer reads in the same order. Groups by ID, new Adversaries and new Adversaries in a named
 * Source go into one {@code append} block of {@code associatedGroups}; Hosts by summary into a
 * {@code replace} block of {@code associatedIndicators}; Cases by ID into a {@code delete} block of
 * {@code associatedCases} (delete takes IDs only). A block with no refs is left out.
 */
public final class MixedRefs {
  static final String SOURCE = "Demo Source";

  final long[] groupIds;
  final String[] newAdversaries;
  final String[] sourceAdversaries;
  final String[] hostNames;
  final long[] caseIds;

  private MixedRefs(
      long[] groupIds, String[] newAdversaries, String[] sourceAdversaries, String[] hostNames, long[] caseIds) {
    this.groupIds = groupIds;
    this.newAdversaries = newAdversaries;
    this.sourceAdversaries = sourceAdversaries;
    this.hostNames = hostNames;
    this.caseIds = caseIds;
  }

  /** {@code count} refs: the i-th is of kind {@code i % 5}, so 1 ref is one Group ID. */
  public static MixedRefs of(int count) {
    List<Long> groupIds = new ArrayList<>();
    List<String> newAdversaries = new ArrayList<>();
    List<String> sourceAdversaries = new ArrayList<>();
    List<String> hostNames = new ArrayList<>();
    List<Long> caseIds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      switch (i % 5) {
        case 0 -> groupIds.add(100_000L + i);
        case 1 -> hostNames.add("host-" + i + ".badguy.example");
        case 2 -> newAdversaries.add("Adversary " + i);
        case 3 -> sourceAdversaries.add("Shared Adversary " + i);
        default -> caseIds.add(200_000L + i);
      }
    }
    return new MixedRefs(
        groupIds.stream().mapToLong(Long::longValue).toArray(),
        newAdversaries.toArray(String[]::new),
        sourceAdversaries.toArray(String[]::new),
        hostNames.toArray(String[]::new),
        caseIds.stream().mapToLong(Long::longValue).toArray());
  }

  /** Whether the {@code associatedGroups} block has refs. */
  boolean hasGroups() {
    return groupIds.length + newAdversaries.length + sourceAdversaries.length > 0;
  }

  /** The number of refs. */
  public int count() {
    return groupIds.length + newAdversaries.length + sourceAdversaries.length + hostNames.length + caseIds.length;
  }
}
