package com.acme.triage;

import dev.tcpivot.IdRef;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Body;
import dev.tcpivot.annotations.Create;
import dev.tcpivot.annotations.Delete;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.GetAll;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.Owner;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetCreate;
import java.util.List;

/** Victims, their assets and the Cases about them; a nested declaration of the same kind. */
public final class AssetInventory {
  private AssetInventory() {}

  /** Victim Assets associate Groups of their own owner only. */
  @ThreatConnectClient
  public interface Assets {
    @Create("victimAssets")
    VictimAsset add(@Body VictimAssetCreate asset, @Associate("Groups") SameOwnerRef<Group> group);

    @Update("victimAssets")
    @Include("associatedGroups")
    VictimAsset regroup(
        @Key Long id, @Associate(value = "Groups", mode = Associate.Mode.REPLACE) List<IdRef<Group>> groups);

    @Get("victims")
    Victim victim(@Key long id);

    @Get("victims")
    @Include("associatedGroups")
    Victim victim(@Key long id, @Owner String owner);

    @GetAll("victimAssets")
    List<VictimAsset> all();

    @Update("cases")
    Case attach(
        @Key long caseId,
        @Associate(value = "Indicators", type = "Host", ownerName = "Demo Source") String[] hostNames,
        @Associate(value = "Cases", mode = Associate.Mode.DELETE) long[] unrelatedCaseIds);

    @Delete("artifacts")
    void discard(@Key long id);
  }
}
