package dev.tcpivot.e2e;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.IdRef;
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
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Tql;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.IntelRequirement;
import dev.tcpivot.v3.IntelRequirementCreate;
import dev.tcpivot.v3.VictimAsset;
import java.util.List;

/**
 * A team's view of /v3/intelRequirements (row: Artifacts, Cases, Groups, Indicators, Victim
 * Assets).
 */
@ThreatConnectClient
interface IntelRequirementsClient {
  @Create("intelRequirements")
  @Include({"associatedGroups", "associatedVictimAssets"})
  IntelRequirement create(
      @Body IntelRequirementCreate body,
      @Associate("Groups") List<IdRef<Group>> groups,
      @Associate("Victim Assets") Ref<VictimAsset> asset);

  @Update("intelRequirements")
  @Include({"associatedArtifacts", "associatedCases"})
  IntelRequirement linkArtifactAndReplaceCases(
      @Key long id,
      @Associate("Artifacts") long artifactId,
      @Associate(value = "Cases", mode = Associate.Mode.REPLACE) long... caseIds);

  @Update("intelRequirements")
  @Include("associatedIndicators")
  IntelRequirement linkIndicators(@Key long id, @Associate("Indicators") List<Long> indicatorIds);

  @Update("intelRequirements")
  @Include("associatedIndicators")
  IntelRequirement unlinkIndicators(
      @Key long id,
      @Associate(value = "Indicators", mode = Associate.Mode.DELETE) List<Long> indicatorIds);

  @Get("intelRequirements")
  @Include({
    "associatedArtifacts",
    "associatedCases",
    "associatedGroups",
    "associatedIndicators",
    "associatedVictimAssets"
  })
  IntelRequirement get(@Key Long id);

  @GetAll("intelRequirements")
  Paged<IntelRequirement> find(@Tql String tql);

  @Delete("intelRequirements")
  void delete(@Key long id);

  @GetFields("intelRequirements")
  List<FieldInfo> fields();
}
