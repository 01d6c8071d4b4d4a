package com.example.triage;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorQuery;
import java.util.ArrayList;
import java.util.List;

/** Campaign work with the typed SDK: create one, and pivot from it to its Hosts. */
public final class Campaigns {
  private final ThreatConnect tc;

  public Campaigns(ThreatConnect tc) {
    this.tc = tc;
  }

  /** POST /v3/groups: a new Campaign. */
  public Group start(String name) {
    return tc.groups().create(GroupCreate.campaign(name).build());
  }

  /** GET /v3/indicators?tql=typeName = "Host" AND hasGroup(id = ...): the Hosts of a campaign. */
  public List<String> hostsOf(long campaignId) {
    List<String> hosts = new ArrayList<>();
    for (Indicator host : tc.indicators().list(
        IndicatorQuery.typeName().eq("Host").and(IndicatorQuery.hasGroup(GroupQuery.id().eq(campaignId))))) {
      hosts.add(host.summary());
    }
    return hosts;
  }
}
