package com.example.triage;

import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import java.util.List;

/**
 * The two operations a triage job needs. tcpivot-processor checks each against the association
 * table when this file compiles, and writes the implementation that {@code tc.create(HostTriage.class)}
 * returns.
 */
@ThreatConnectClient
public interface HostTriage {
  /** Links reported hosts, found or created, to a campaign Group. */
  @Update("groups")
  @Include("associatedIndicators")
  Group attachHosts(@Key long campaignId, @Associate(value = "Indicators", type = "Host") List<String> hosts);

  /** A Host with the Groups it is associated to. */
  @Get("indicators")
  @Include("associatedGroups")
  Indicator host(@Key String host);
}
