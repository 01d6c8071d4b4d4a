package dev.tcpivot.e2e;

import dev.tcpivot.AsyncPaged;
import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Delete;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.GetAll;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Tql;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A team's asynchronous view of a campaign: its Group, the Hosts linked to it, and its removal. */
@ThreatConnectClient
interface AsyncCampaignClient {
  @Get("groups")
  @Include("associatedIndicators")
  CompletableFuture<Group> campaign(@Key long id);

  @Update("groups")
  CompletableFuture<Void> attachHosts(
      @Key long id, @Associate(value = "Indicators", type = "Host") List<String> hostNames);

  @Delete("groups")
  CompletableFuture<Void> remove(@Key long id);

  @GetAll("indicators")
  AsyncPaged<Indicator> indicators(@Tql IndicatorQuery query);
}
