package com.acme.triage;

import dev.tcpivot.ApiCalls;
import dev.tcpivot.Associations;
import dev.tcpivot.FieldInfo;
import dev.tcpivot.IdRef;
import dev.tcpivot.Paged;
import dev.tcpivot.Ref;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.spec.ValueFormat;
import dev.tcpivot.v3.Endpoints;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Groups;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.Indicators;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * {@link PhishingTriage}, implemented with the typed SDK. Obtain it with
 * {@code threatConnect.create(PhishingTriage.class)}.
 */
@Generated("dev.tcpivot.processor.ClientProcessor")
public final class PhishingTriage_Impl extends ApiCalls implements PhishingTriage {
  private final Endpoints endpoints;

  /**
   * Used by {@code ThreatConnect.create}; not for direct use.
   */
  public PhishingTriage_Impl(ThreatConnect threatConnect) {
    super(threatConnect);
    this.endpoints = threatConnect;
  }

  @Override
  public Indicator report(IndicatorCreate host, long campaignId, String owner) {
    IndicatorCreate body = notNull(host, "host").toBuilder()
        .associatedGroups(GroupRef.id(checkId(campaignId, "campaignId")))
        .build();
    Indicators indicators = endpoints.indicators();
    if (owner != null) {
      indicators = indicators.inOwner(notBlank(owner, "owner"));
    }
    return indicators.create(body, IndicatorField.ASSOCIATED_GROUPS);
  }

  @Override
  public Indicator lookup(String summary) {
    checkSummary(summary, "summary");
    Indicators indicators = endpoints.indicators();
    return indicators.get(summary, IndicatorField.ASSOCIATED_GROUPS, IndicatorField.ASSOCIATED_INDICATORS);
  }

  @Override
  public Indicator linkToCampaigns(String summary, List<Long> campaignIds) {
    checkSummary(summary, "summary");
    IndicatorUpdate body = IndicatorUpdate.builder()
        .associatedGroups(ids(campaignIds, "campaignIds", GroupRef::id))
        .build();
    Indicators indicators = endpoints.indicators();
    return indicators.update(summary, body, IndicatorField.ASSOCIATED_GROUPS);
  }

  @Override
  public void addAddresses(String asn, List<String> ips) {
    checkSummary(asn, "asn");
    IndicatorUpdate body = IndicatorUpdate.builder()
        .associatedIndicators(summaries(ips, "ips", ValueFormat.IP_ADDRESS, IndicatorRef::address))
        .build();
    Indicators indicators = endpoints.indicators();
    indicators.update(asn, body);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Indicator relate(long id, IndicatorUpdate changes, Ref<Indicator>... related) {
    checkId(id, "id");
    IndicatorUpdate body = notNull(changes, "changes").toBuilder()
        .associatedIndicators(Associations.replace(refs(related, "related")))
        .build();
    Indicators indicators = endpoints.indicators();
    return indicators.update(id, body);
  }

  @Override
  public void unlink(String summary, IdRef<Group>[] groups) {
    checkSummary(summary, "summary");
    IndicatorUpdate body = IndicatorUpdate.builder()
        .associatedGroups(Associations.delete(refs(groups, "groups")))
        .build();
    Indicators indicators = endpoints.indicators();
    indicators.update(summary, body);
  }

  @Override
  public void delete(String summary, String owner) {
    checkSummary(summary, "summary");
    Indicators indicators = endpoints.indicators();
    if (owner != null) {
      indicators = indicators.inOwner(notBlank(owner, "owner"));
    }
    indicators.delete(summary);
  }

  @Override
  public Paged<Indicator> search(String tql, String owner) {
    Indicators indicators = endpoints.indicators();
    if (owner != null) {
      indicators = indicators.inOwner(notBlank(owner, "owner"));
    }
    return indicators.list(tql(tql, "tql"), IndicatorField.ASSOCIATED_GROUPS);
  }

  @Override
  public List<Group> campaigns(String tql) {
    Groups groups = endpoints.groups();
    return all(groups.list(tql(tql, "tql")));
  }

  @Override
  public Paged<Group> pivot(GroupQuery query) {
    Groups groups = endpoints.groups();
    return groups.list(tql(query));
  }

  @Override
  public List<FieldInfo> indicatorFields() {
    Indicators indicators = endpoints.indicators();
    return indicators.fields();
  }
}
