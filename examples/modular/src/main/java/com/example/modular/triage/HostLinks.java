package com.example.modular.triage;

import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Group;
import java.util.List;

/** A declared client, checked and implemented by tcpivot-processor inside a named module. */
@ThreatConnectClient
public interface HostLinks {
  @Update("groups")
  @Include("associatedIndicators")
  Group attachHosts(@Key long campaignId, @Associate(value = "Indicators", type = "Host") List<String> hosts);
}
