package dev.tcpivot.e2e;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.IdRef;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Body;
import dev.tcpivot.annotations.Create;
import dev.tcpivot.annotations.Delete;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.GetAll;
import dev.tcpivot.annotations.GetFields;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Tql;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetCreate;
import java.util.List;

/** A team's view of /v3/victimAssets (row: Groups, not across owners). */
@ThreatConnectClient
interface VictimAssetsClient {
  @Create("victimAssets")
  @Include("associatedGroups")
  VictimAsset create(
      @Body VictimAssetCreate body, @Associate("Groups") List<SameOwnerRef<Group>> groups);

  @Update("victimAssets")
  @Include("associatedGroups")
  VictimAsset append(
      @Key long id, @Associate(value = "Groups", mode = Associate.Mode.APPEND) Long groupId);

  @Update("victimAssets")
  @Include("associatedGroups")
  VictimAsset unlink(
      @Key long id,
      @Associate(value = "Groups", mode = Associate.Mode.DELETE) List<IdRef<Group>> groups);

  @Get("victimAssets")
  @Include("associatedGroups")
  VictimAsset get(@Key long id);

  @GetAll("victimAssets")
  List<VictimAsset> find(@Tql String tql);

  @Delete("victimAssets")
  void delete(@Key long id);

  @GetFields("victimAssets")
  List<FieldInfo> fields();
}
