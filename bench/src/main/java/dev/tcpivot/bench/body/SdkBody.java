package dev.tcpivot.bench.body;

import dev.tcpivot.Associations;
import dev.tcpivot.Ref;
import dev.tcpivot.RequestBytes;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.IdRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The body as a user writes it with the SDK: typed refs, blocks and a builder, then the SDK's writer. */
public final class SdkBody {
  private SdkBody() {}

  /** The update for these refs, built with the generated builders. */
  public static GroupUpdate build(MixedRefs refs) {
    GroupUpdate.Builder update = GroupUpdate.builder();
    if (refs.hasGroups()) {
      List<Ref<Group>> groups = new ArrayList<>(
          refs.groupIds.length + refs.newAdversaries.length + refs.sourceAdversaries.length);
      for (long id : refs.groupIds) {
        groups.add(GroupRef.id(id));
      }
      for (String name : refs.newAdversaries) {
        groups.add(NewGroup.adversary(name));
      }
      for (String name : refs.sourceAdversaries) {
        groups.add(NewGroup.adversary(name).ownerName(MixedRefs.SOURCE));
      }
      update.associatedGroups(Associations.append(groups));
    }
    if (refs.hostNames.length > 0) {
      List<Ref<Indicator>> hosts = new ArrayList<>(refs.hostNames.length);
      for (String hostName : refs.hostNames) {
        hosts.add(IndicatorRef.host(hostName));
      }
      update.associatedIndicators(Associations.replace(hosts));
    }
    if (refs.caseIds.length > 0) {
      List<IdRef<Case>> cases = new ArrayList<>(refs.caseIds.length);
      for (long id : refs.caseIds) {
        cases.add(CaseRef.id(id));
      }
      update.associatedCases(Associations.delete(cases));
    }
    return update.build();
  }

  /** The bytes the SDK sends for these refs, written as its request converter writes them. */
  public static byte[] write(MixedRefs refs) throws IOException {
    return RequestBytes.of(build(refs));
  }
}
