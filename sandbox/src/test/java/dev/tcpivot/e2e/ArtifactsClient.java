package dev.tcpivot.e2e;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Body;
import dev.tcpivot.annotations.Create;
import dev.tcpivot.annotations.Delete;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.GetFields;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.ArtifactCreate;
import java.util.List;

/** A team's view of /v3/artifacts (row: Groups, Indicators). */
@ThreatConnectClient
interface ArtifactsClient {
  @Create("artifacts")
  @Include("associatedGroups")
  Artifact createForGroups(@Body ArtifactCreate artifact, @Associate("Groups") List<Long> groupIds);

  @Get("/v3/artifacts")
  @Include({"associatedGroups", "associatedIndicators"})
  Artifact get(@Key long id);

  @Update("artifacts")
  @Include("associatedIndicators")
  Artifact linkHosts(
      @Key long id, @Associate(value = "Indicators", type = "Host") List<String> hostNames);

  @Update("artifacts")
  void unlinkGroups(
      @Key long id, @Associate(value = "Groups", mode = Associate.Mode.DELETE) long... groupIds);

  @Delete("artifacts")
  void delete(@Key long id);

  @GetFields("artifacts")
  List<FieldInfo> fields();
}
