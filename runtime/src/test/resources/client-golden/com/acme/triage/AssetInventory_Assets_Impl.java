package com.acme.triage;

import dev.tcpivot.IdRef;
import dev.tcpivot.Paged;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.ClientRequests;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Transport;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetCreate;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * {@link AssetInventory.Assets}, implemented on the tcpivot runtime. Obtain it with
 * {@code threatConnect.create(AssetInventory.Assets.class)}.
 */
@Generated("dev.tcpivot.processor.ClientProcessor")
public final class AssetInventory_Assets_Impl implements AssetInventory.Assets {
  private final Transport transport;

  private final AssetInventory_Assets_Api api;

  /**
   * Used by {@code ThreatConnect.create}; not for direct use.
   */
  public AssetInventory_Assets_Impl(Transport transport) {
    this.transport = transport;
    this.api = transport.service(AssetInventory_Assets_Api.class);
  }

  @Override
  public VictimAsset add(VictimAssetCreate asset, SameOwnerRef<Group> group) {
    Fields.Builder request = ClientRequests.body(asset, "asset");
    ClientRequests.add(request, "associatedGroups", ClientRequests.entry("append", ClientRequests.refOf(group, "group")), "group");
    return transport.data(api.add(ClientRequests.wire(request), List.of(), null));
  }

  @Override
  public VictimAsset regroup(Long id, List<IdRef<Group>> groups) {
    Checks.id(Checks.notNull(id, "id"), "id");
    Fields.Builder request = ClientRequests.body();
    ClientRequests.add(request, "associatedGroups", ClientRequests.entry("replace", ClientRequests.refsOf(groups, "groups")), "groups");
    return transport.data(api.regroup(id, ClientRequests.wire(request), List.of("associatedGroups"), null));
  }

  @Override
  public Victim victim(long id) {
    Checks.id(id, "id");
    return transport.data(api.victim_2(id, List.of(), null));
  }

  @Override
  public Victim victim(long id, String owner) {
    Checks.id(id, "id");
    return transport.data(api.victim_3(id, List.of("associatedGroups"), ClientRequests.owner(owner, "owner")));
  }

  @Override
  public List<VictimAsset> all() {
    Paged<VictimAsset> paged = transport.paged(api.all(List.of(), null, null), api::nextPageOfVictimAsset);
    return ClientRequests.all(paged);
  }

  @Override
  public Case attach(long caseId, String[] hostNames, long[] unrelatedCaseIds) {
    Checks.id(caseId, "caseId");
    Fields.Builder request = ClientRequests.body();
    ClientRequests.add(request, "associatedIndicators", ClientRequests.entry("append", ClientRequests.summariesOf("Host", "hostName", "Demo Source", hostNames, "hostNames")), "hostNames");
    ClientRequests.add(request, "associatedCases", ClientRequests.entry("delete", ClientRequests.idsOf("CaseRef", unrelatedCaseIds, "unrelatedCaseIds")), "unrelatedCaseIds");
    return transport.data(api.attach(caseId, ClientRequests.wire(request), List.of(), null));
  }

  @Override
  public void discard(long id) {
    Checks.id(id, "id");
    transport.noData(api.discard(id, null));
  }
}
