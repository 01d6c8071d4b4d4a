package com.acme.triage;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.IdRef;
import dev.tcpivot.Paged;
import dev.tcpivot.Ref;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.ClientRequests;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.Transport;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorUpdate;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * {@link PhishingTriage}, implemented on the tcpivot runtime. Obtain it with
 * {@code threatConnect.create(PhishingTriage.class)}.
 */
@Generated("dev.tcpivot.processor.ClientProcessor")
public final class PhishingTriage_Impl implements PhishingTriage {
  private final Transport transport;

  private final PhishingTriage_Api api;

  /**
   * Used by {@code ThreatConnect.create}; not for direct use.
   */
  public PhishingTriage_Impl(Transport transport) {
    this.transport = transport;
    this.api = transport.service(PhishingTriage_Api.class);
  }

  @Override
  public Indicator report(IndicatorCreate host, long campaignId, String owner) {
    Fields.Builder request = ClientRequests.body(host, "host");
    ClientRequests.add(request, "associatedGroups", ClientRequests.entry("append", ClientRequests.idOf("GroupRef", campaignId, "campaignId")), "campaignId");
    return transport.data(api.report(ClientRequests.wire(request), List.of("associatedGroups"), ClientRequests.owner(owner, "owner")));
  }

  @Override
  public Indicator lookup(String summary) {
    Checks.summary(summary, "summary");
    return transport.data(api.lookup(Requests.pathSegment(summary), List.of("associatedGroups", "associatedIndicators"), null));
  }

  @Override
  public Indicator linkToCampaigns(String summary, List<Long> campaignIds) {
    Checks.summary(summary, "summary");
    Fields.Builder request = ClientRequests.body();
    ClientRequests.add(request, "associatedGroups", ClientRequests.entry("append", ClientRequests.idsOf("GroupRef", campaignIds, "campaignIds")), "campaignIds");
    return transport.data(api.linkToCampaigns(Requests.pathSegment(summary), ClientRequests.wire(request), List.of("associatedGroups"), null));
  }

  @Override
  public void addAddresses(String asn, List<String> ips) {
    Checks.summary(asn, "asn");
    Fields.Builder request = ClientRequests.body();
    ClientRequests.add(request, "associatedIndicators", ClientRequests.entry("append", ClientRequests.summariesOf("Address", "ip", null, ips, "ips")), "ips");
    transport.data(api.addAddresses(Requests.pathSegment(asn), ClientRequests.wire(request), List.of(), null));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Indicator relate(long id, IndicatorUpdate changes, Ref<Indicator>... related) {
    Checks.id(id, "id");
    Fields.Builder request = ClientRequests.body(changes, "changes");
    ClientRequests.add(request, "associatedIndicators", ClientRequests.entry("replace", ClientRequests.refsOf(related, "related")), "related");
    return transport.data(api.relate(id, ClientRequests.wire(request), List.of(), null));
  }

  @Override
  public void unlink(String summary, IdRef<Group>[] groups) {
    Checks.summary(summary, "summary");
    Fields.Builder request = ClientRequests.body();
    ClientRequests.add(request, "associatedGroups", ClientRequests.entry("delete", ClientRequests.refsOf(groups, "groups")), "groups");
    transport.data(api.unlink(Requests.pathSegment(summary), ClientRequests.wire(request), List.of(), null));
  }

  @Override
  public void delete(String summary, String owner) {
    Checks.summary(summary, "summary");
    transport.noData(api.delete(Requests.pathSegment(summary), ClientRequests.owner(owner, "owner")));
  }

  @Override
  public Paged<Indicator> search(String tql, String owner) {
    return transport.paged(api.search(List.of("associatedGroups"), tql, ClientRequests.owner(owner, "owner")), api::nextPageOfIndicator);
  }

  @Override
  public List<Group> campaigns(String tql) {
    Paged<Group> paged = transport.paged(api.campaigns(List.of(), tql, null), api::nextPageOfGroup);
    return ClientRequests.all(paged);
  }

  @Override
  public List<FieldInfo> indicatorFields() {
    return transport.data(api.indicatorFields());
  }
}
