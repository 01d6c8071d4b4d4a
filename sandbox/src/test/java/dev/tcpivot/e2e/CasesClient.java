package dev.tcpivot.e2e;

import dev.tcpivot.IdRef;
import dev.tcpivot.Ref;
import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Body;
import dev.tcpivot.annotations.Create;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.GetAll;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Tql;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.Group;
import java.util.List;

/** A team's view of /v3/cases (row: Cases, Groups, Indicators). */
@ThreatConnectClient
interface CasesClient {
  @Create("cases")
  @Include({"associatedCases", "associatedGroups"})
  Case open(
      @Body CaseCreate body,
      @Associate("Cases") long relatedCaseId,
      @Associate("Groups") Ref<Group> group);

  @Get("cases")
  @Include({"associatedCases", "associatedGroups", "associatedIndicators"})
  Case get(@Key long id);

  @Update("cases")
  @Include("associatedCases")
  Case replaceRelated(
      @Key long id,
      @Associate(value = "Cases", mode = Associate.Mode.REPLACE) List<IdRef<Case>> cases);

  @Update("cases")
  Case closeAndLinkAddresses(
      @Key long id,
      @Body CaseUpdate changes,
      @Associate(value = "Indicators", type = "Address") String... ips);

  @GetAll("cases")
  List<Case> find(@Tql String tql);
}
