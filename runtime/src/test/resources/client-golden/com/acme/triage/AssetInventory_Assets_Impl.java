package com.acme.triage;

import dev.tcpivot.ApiCalls;
import dev.tcpivot.Associations;
import dev.tcpivot.IdRef;
import dev.tcpivot.ListOptions;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.spec.ValueFormat;
import dev.tcpivot.v3.Artifacts;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.Cases;
import dev.tcpivot.v3.Endpoints;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetCreate;
import dev.tcpivot.v3.VictimAssetField;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimAssets;
import dev.tcpivot.v3.VictimField;
import dev.tcpivot.v3.Victims;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * {@link AssetInventory.Assets}, implemented with the typed SDK. Obtain it with
 * {@code threatConnect.create(AssetInventory.Assets.class)}.
 */
@Generated("dev.tcpivot.processor.ClientProcessor")
public final class AssetInventory_Assets_Impl extends ApiCalls implements AssetInventory.Assets {
  private final Endpoints endpoints;

  /**
   * Used by {@code ThreatConnect.create}; not for direct use.
   */
  public AssetInventory_Assets_Impl(ThreatConnect threatConnect) {
    super(threatConnect);
    this.endpoints = threatConnect;
  }

  @Override
  public VictimAsset add(VictimAssetCreate asset, SameOwnerRef<Group> group) {
    VictimAssetCreate body = notNull(asset, "asset").toBuilder()
        .associatedGroups(notNull(group, "group"))
        .build();
    VictimAssets victimAssets = endpoints.victimAssets();
    return victimAssets.create(body);
  }

  @Override
  public VictimAsset regroup(Long id, List<IdRef<Group>> groups) {
    checkId(id, "id");
    VictimAssetUpdate body = VictimAssetUpdate.builder()
        .associatedGroups(Associations.replace(refs(groups, "groups")))
        .build();
    VictimAssets victimAssets = endpoints.victimAssets();
    return victimAssets.update(id, body, VictimAssetField.ASSOCIATED_GROUPS);
  }

  @Override
  public Victim victim(long id) {
    checkId(id, "id");
    Victims victims = endpoints.victims();
    return victims.get(id);
  }

  @Override
  public Victim victim(long id, String owner) {
    checkId(id, "id");
    Victims victims = endpoints.victims();
    if (owner != null) {
      victims = victims.inOwner(notBlank(owner, "owner"));
    }
    return victims.get(id, VictimField.ASSOCIATED_GROUPS);
  }

  @Override
  public List<VictimAsset> all() {
    VictimAssets victimAssets = endpoints.victimAssets();
    return all(victimAssets.list(ListOptions.defaults()));
  }

  @Override
  public Case attach(long caseId, String[] hostNames, long[] unrelatedCaseIds) {
    checkId(caseId, "caseId");
    CaseUpdate body = CaseUpdate.builder()
        .associatedIndicators(summaries(hostNames, "hostNames", ValueFormat.HOST_NAME, summary -> IndicatorRef.host(summary).ownerName("Demo Source")))
        .associatedCases(Associations.delete(ids(unrelatedCaseIds, "unrelatedCaseIds", CaseRef::id)))
        .build();
    Cases cases = endpoints.cases();
    return cases.update(caseId, body);
  }

  @Override
  public void discard(long id) {
    checkId(id, "id");
    Artifacts artifacts = endpoints.artifacts();
    artifacts.delete(id);
  }
}
