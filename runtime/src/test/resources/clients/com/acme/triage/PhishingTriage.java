package com.acme.triage;

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
import dev.tcpivot.annotations.Owner;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Tql;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorUpdate;
import java.util.List;

/** What a phishing triage needs: hosts and addresses, the campaigns they belong to, their ASNs. */
@ThreatConnectClient
public interface PhishingTriage {
  /** POST /v3/indicators: a new Host, in a Campaign. */
  @Create(value = "indicators", type = "Host")
  @Include("associatedGroups")
  Indicator report(@Body IndicatorCreate host, @Associate("Groups") long campaignId, @Owner String owner);

  @Get("indicators")
  @Include({"associatedGroups", "associatedIndicators"})
  Indicator lookup(@Key String summary);

  @Update("indicators")
  @Include("associatedGroups")
  Indicator linkToCampaigns(@Key String summary, @Associate("Groups") List<Long> campaignIds);

  /** PUT /v3/indicators/{asn}: Addresses go to their ASN (v3/indicators/associations.rst). */
  @Update(value = "indicators", type = "ASN")
  void addAddresses(@Key String asn, @Associate(value = "Indicators", type = "Address") List<String> ips);

  @Update("indicators")
  @SuppressWarnings("unchecked") // a generic varargs parameter; @SafeVarargs cannot go on an abstract method
  Indicator relate(
      @Key long id,
      @Body IndicatorUpdate changes,
      @Associate(value = "Indicators", mode = Associate.Mode.REPLACE) Ref<Indicator>... related);

  @Update("indicators")
  void unlink(@Key String summary, @Associate(value = "Groups", mode = Associate.Mode.DELETE) IdRef<Group>[] groups);

  @Delete("indicators")
  void delete(@Key String summary, @Owner String owner);

  @GetAll("indicators")
  @Include("associatedGroups")
  Paged<Indicator> search(@Tql String tql, @Owner String owner);

  @GetAll("groups")
  List<Group> campaigns(@Tql String tql);

  /** GET /v3/groups?tql=...: the Groups a typed query picks, e.g. the Campaigns of an Indicator. */
  @GetAll("groups")
  Paged<Group> pivot(@Tql GroupQuery query);

  @GetFields("indicators")
  List<FieldInfo> indicatorFields();
}
