package dev.tcpivot.bench.batch;

import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchGroup;
import dev.tcpivot.BatchIndicator;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.IndicatorCreate;

/**
 * The data that both ways of importing write: Indicators, half Hosts and half Addresses; Adversary
 * Groups, each with an XID and a name; and each Indicator associated with two different Groups,
 * so that every Group has the same number of Indicators. Everything is computed from the indices,
 * so the batch file and the per-object requests carry the same values.
 */
final class ImportData {
  private final int indicators;
  private final int groups;

  /**
   * @param indicators how many Indicators
   * @param groups how many Groups: an even number that divides {@code indicators}, so that each
   *     Group gets {@code 2 * indicators / groups} of them
   */
  ImportData(int indicators, int groups) {
    if (groups < 2 || groups % 2 != 0 || indicators % groups != 0) {
      throw new IllegalArgumentException(
          "the Groups must be an even number that divides the Indicators: " + groups + ", " + indicators);
    }
    this.indicators = indicators;
    this.groups = groups;
  }

  int indicators() {
    return indicators;
  }

  int groups() {
    return groups;
  }

  int associations() {
    return 2 * indicators;
  }

  boolean isHost(int i) {
    return i % 2 == 0;
  }

  /** The Host's name or the Address's IP. */
  String summary(int i) {
    if (isHost(i)) {
      return "host-" + i + ".bench.example";
    }
    int k = i / 2;
    return "10." + k / 62_500 + "." + k / 250 % 250 + "." + (k % 250 + 1);
  }

  String groupXid(int g) {
    return "bench-adversary-" + g;
  }

  String groupName(int g) {
    return "Bench Adversary " + g;
  }

  /** The first Group of Indicator {@code i}. */
  int firstGroup(int i) {
    return i % groups;
  }

  /** The second Group of Indicator {@code i}, half the Groups away from its first. */
  int secondGroup(int i) {
    return (i + groups / 2) % groups;
  }

  /** The Indicators associated with Group {@code g}, in order. */
  int[] indicatorsOf(int g) {
    int[] of = new int[2 * indicators / groups];
    int n = 0;
    for (int i = g % groups; i < indicators; i += groups) {
      of[n++] = i;
    }
    for (int i = (g + groups / 2) % groups; i < indicators; i += groups) {
      of[n++] = i;
    }
    return of;
  }

  /** The request that creates Group {@code g} on its own. */
  GroupCreate groupCreate(int g) {
    return GroupCreate.adversary(groupName(g)).xid(groupXid(g)).build();
  }

  /** The request that creates Indicator {@code i} on its own. */
  IndicatorCreate indicatorCreate(int i) {
    return isHost(i) ? IndicatorCreate.host(summary(i)).build() : IndicatorCreate.address(summary(i)).build();
  }

  /**
   * The whole data as a batch file, as a user builds one: the Groups, then each Indicator followed
   * by its two associations. The caller closes it.
   */
  BatchFile batchFile() {
    BatchFile file = BatchFile.create();
    try {
      BatchGroup[] batchGroups = new BatchGroup[groups];
      for (int g = 0; g < groups; g++) {
        batchGroups[g] = BatchGroups.adversary(groupXid(g), groupName(g));
        file.add(batchGroups[g]);
      }
      for (int i = 0; i < indicators; i++) {
        BatchIndicator<?> indicator =
            isHost(i) ? BatchIndicators.host(summary(i)) : BatchIndicators.address(summary(i));
        file.add(indicator)
            .associate(indicator, batchGroups[firstGroup(i)])
            .associate(indicator, batchGroups[secondGroup(i)]);
      }
      return file;
    } catch (RuntimeException e) {
      file.close();
      throw e;
    }
  }
}
