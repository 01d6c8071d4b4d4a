package dev.tcpivot.e2e;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.Paged;
import dev.tcpivot.Ref;
import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Body;
import dev.tcpivot.annotations.Create;
import dev.tcpivot.annotations.Delete;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.GetAll;
import dev.tcpivot.annotations.GetFields;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.Owner;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Tql;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.Indicator;
import java.util.List;

/** A team's view of /v3/groups (row: Artifacts, Cases, Groups, Indicators, Victim Assets). */
@ThreatConnectClient
interface GroupsClient {
  @Create("groups")
  @Include({"associatedIndicators", "associatedVictimAssets"})
  Group create(
      @Body GroupCreate body,
      @Associate(value = "Indicators", type = "Host") List<String> hostNames,
      @Associate("Victim Assets") List<Long> victimAssetIds);

  /** v3/specify_owner.rst: the owner query parameter names the Community or Source. */
  @Create("groups")
  Group createIn(@Body GroupCreate body, @Owner String owner);

  @Update("groups")
  @Include("associatedIndicators")
  Group appendIndicators(@Key long id, @Associate("Indicators") List<Ref<Indicator>> indicators);

  @Update("groups")
  @Include("associatedArtifacts")
  Group replaceArtifacts(
      @Key long id,
      @Associate(value = "Artifacts", mode = Associate.Mode.REPLACE) List<Ref<Artifact>> artifacts);

  @Get("groups")
  @Include({"associatedArtifacts", "associatedIndicators", "associatedVictimAssets"})
  Group get(@Key long id, @Owner String owner);

  @GetAll("groups")
  @Include("associatedIndicators")
  Paged<Group> find(@Tql String tql, @Owner String owner);

  @Delete("groups")
  void delete(@Key long id);

  @GetFields("groups")
  List<FieldInfo> fields();
}
