package dev.tcpivot.samples.triage;

import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.GetAll;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.Owner;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Tql;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.Victim;
import java.util.List;

/**
 * The few operations a phishing triage job needs, declared the way a team would: the processor
 * checks each against the association table when this file compiles, and implements it.
 */
@ThreatConnectClient
public interface PhishingTriage {
  /** Links reported hosts (found or created in the Organization) to a campaign Group. */
  @Update("groups")
  @Include("associatedIndicators")
  Group attachHosts(@Key long campaignId, @Associate(value = "Indicators", type = "Host") List<String> hosts);

  /** Marks the Groups a Victim was targeted by; victims take only Groups of their own owner. */
  @Update("victims")
  @Include("associatedGroups")
  Victim targetedBy(@Key long victimId, @Associate("Groups") long... groupIds);

  /** Removes a Group from a Host, by the Group's ID. */
  @Update("indicators")
  @Include("associatedGroups")
  Indicator detach(@Key String host, @Associate(value = "Groups", mode = Associate.Mode.DELETE) long groupId);

  /** A Host with the Groups it is associated to. */
  @Get("indicators")
  @Include("associatedGroups")
  Indicator host(@Key String host);

  /** Every Indicator that a TQL query matches, in an owner or the Organization (null). */
  @GetAll("indicators")
  List<Indicator> find(@Tql String tql, @Owner String owner);
}
