package dev.tcpivot.e2e;

import dev.tcpivot.Paged;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Body;
import dev.tcpivot.annotations.Create;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.GetAll;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.Owner;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimCreate;
import dev.tcpivot.v3.VictimUpdate;
import java.util.List;

/** A team's view of /v3/victims (row: Groups, not across owners). */
@ThreatConnectClient
interface VictimsClient {
  /** v3/victims/create.rst L106: a Victim is created in a Community or Source with ?owner=. */
  @Create("victims")
  @Include("associatedGroups")
  Victim create(
      @Body VictimCreate body, @Owner String owner, @Associate("Groups") SameOwnerRef<Group> group);

  @Update("victims")
  @Include("associatedGroups")
  Victim replaceGroups(
      @Key long id,
      @Associate(value = "Groups", mode = Associate.Mode.REPLACE) List<Long> groupIds);

  @Update("victims")
  Victim change(@Key long id, @Body VictimUpdate changes);

  @Get("victims")
  @Include("associatedGroups")
  Victim get(@Key long id, @Owner String owner);

  @GetAll("victims")
  Paged<Victim> all(@Owner String owner);
}
