package dev.tcpivot.e2e;

import dev.tcpivot.FieldInfo;
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
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import java.util.List;

/** A team's view of /v3/indicators (row: Artifacts, Cases, Groups, Indicators). */
@ThreatConnectClient
interface IndicatorsClient {
  @Create(value = "indicators", type = "Host")
  @Include("associatedGroups")
  Indicator createHost(@Body IndicatorCreate host, @Associate("Groups") long groupId);

  /** v3/indicators/associations.rst L141-157: Addresses by summary under an ASN. */
  @Update(value = "indicators", type = "ASN")
  @Include("associatedIndicators")
  Indicator addAddresses(
      @Key String asn, @Associate(value = "Indicators", type = "Address") List<String> ips);

  /** v3/associations.rst L202-203: an Indicator of a Source, by type, summary and owner. */
  @Update(value = "indicators", type = "URL")
  @Include("associatedIndicators")
  Indicator addHostOfSource(
      @Key String url,
      @Associate(value = "Indicators", type = "Host", ownerName = "Demo Source") String hostName);

  /** v3/associations.rst L292-306. */
  @Update("indicators")
  void unlinkGroup(
      @Key String summary, @Associate(value = "Groups", mode = Associate.Mode.DELETE) long groupId);

  @Get("indicators")
  @Include({"associatedGroups", "associatedIndicators"})
  Indicator get(@Key String summary);

  @Get("indicators")
  Indicator getIn(@Key String summary, @Owner String owner);

  @GetAll("indicators")
  List<Indicator> find(@Tql String tql);

  @Delete("indicators")
  void delete(@Key String summary);

  @GetFields("/v3/indicators")
  List<FieldInfo> fields();
}
