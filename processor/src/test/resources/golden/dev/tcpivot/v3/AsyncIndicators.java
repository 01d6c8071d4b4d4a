package dev.tcpivot.v3;

import dev.tcpivot.ApiCalls;
import dev.tcpivot.AsyncPaged;
import dev.tcpivot.CallOptions;
import dev.tcpivot.FieldInfo;
import dev.tcpivot.ListOptions;
import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnect;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The {@code /v3/indicators} endpoint without blocking: the operations of {@link Indicators}, each returning at
 * once a {@link CompletableFuture} (lists: an {@link AsyncPaged}). Obtain it from {@link AsyncEndpoints#indicators()}; thread-safe.
 *
 * <p>Cancelling a future cancels its request and the retries still pending. Bad arguments are
 * thrown at once, as by the blocking endpoint, before anything is sent.
 *
 * <p>{@code /v3/indicators} can associate Artifacts, Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class AsyncIndicators extends ApiCalls {
  private final Indicators.Api api;

  private final String owner;

  private final CallOptions options;

  AsyncIndicators(ThreatConnect threatConnect) {
    super(threatConnect);
    this.api = service(Indicators.Api.class);
    this.owner = null;
    this.options = forAsync(CallOptions.defaults());
  }

  private AsyncIndicators(AsyncIndicators from, String owner, CallOptions options) {
    super(from);
    this.api = from.api;
    this.owner = owner;
    this.options = options;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public AsyncIndicators inOwner(String ownerName) {
    return new AsyncIndicators(this, notBlank(ownerName, "ownerName"), options);
  }

  /**
   * This endpoint with {@code options} for every call it makes, its pages included; like
   * {@link #inOwner(String)}, it leaves this endpoint as it is. {@code options.owner()}, when present,
   * replaces this endpoint's owner, so the methods that name an object by XID can use it; a later
   * {@code inOwner} replaces it again and keeps the other options.
   */
  public AsyncIndicators with(CallOptions options) {
    notNull(options, "options");
    return new AsyncIndicators(this, options.owner().orElse(owner), forAsync(options));
  }

  /**
   * {@code POST /v3/indicators}: creates the Indicator; the response includes the requested fields.
   *
   * <p>Returns at once. The future completes with the Indicator created, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Indicator> create(IndicatorCreate body, IndicatorField... fields) {
    notNull(body, "body");
    return dataAsync(api.create(body, names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code GET /v3/indicators/{id}}: one Indicator by ID, with the requested fields.
   *
   * <p>Returns at once. The future completes with the Indicator, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Indicator> get(long id, IndicatorField... fields) {
    checkId(id, "id");
    return dataAsync(api.get(id, names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/indicators/{id}}: changes one Indicator by ID; the response includes the requested fields.
   *
   * <p>Returns at once. The future completes with the Indicator as changed, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Indicator> update(long id, IndicatorUpdate body,
      IndicatorField... fields) {
    checkId(id, "id");
    notNull(body, "body");
    return dataAsync(api.update(id, body, names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/indicators/{id}}: deletes one Indicator by ID.
   *
   * <p>Returns at once. The future completes with {@code null} once it is deleted, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Void> delete(long id) {
    checkId(id, "id");
    return noDataAsync(api.delete(id, owner, this.options));
  }

  /**
   * {@code GET /v3/indicators/{summary}}: one Indicator by summary (e.g. {@code badguy.com}), looked up in the owner, with the requested fields.
   *
   * <p>Returns at once. The future completes with the Indicator, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Indicator> get(String summary, IndicatorField... fields) {
    checkSummary(summary, "summary");
    return dataAsync(api.getBySummary(pathSegment(summary), names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/indicators/{summary}}: changes one Indicator by summary (e.g. {@code badguy.com}), looked up in the owner; the response includes the requested fields.
   *
   * <p>Returns at once. The future completes with the Indicator as changed, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Indicator> update(String summary, IndicatorUpdate body,
      IndicatorField... fields) {
    checkSummary(summary, "summary");
    notNull(body, "body");
    return dataAsync(api.updateBySummary(pathSegment(summary), body, names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/indicators/{summary}}: deletes one Indicator by summary (e.g. {@code badguy.com}), looked up in the owner.
   *
   * <p>Returns at once. The future completes with {@code null} once it is deleted, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Void> delete(String summary) {
    checkSummary(summary, "summary");
    return noDataAsync(api.deleteBySummary(pathSegment(summary), owner, this.options));
  }

  /**
   * {@code GET /v3/indicators}: every Indicator of the owner, fetched page by page as they are read.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Indicator> list(IndicatorField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/indicators}: the objects that match the options, fetched page by page as they are read.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Indicator> list(ListOptions options, IndicatorField... fields) {
    notNull(options, "options");
    List<String> names = names(fields, IndicatorField::wireName);
    return pagedAsync(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize(), this.options),
        link -> api.page(link, this.options));
  }

  /**
   * {@code GET /v3/indicators?tql=...}: the Indicators that match the query, fetched page by page as they are read.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Indicator> list(IndicatorQuery query, IndicatorField... fields) {
    return list(withQuery(ListOptions.defaults(), query), fields);
  }

  /**
   * {@code GET /v3/indicators?tql=...}: the Indicators that match the query, with the other options (owner,
   * sorting, page size), fetched page by page as they are read. Options that carry a tql string
   * of their own are refused: give the filter once.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Indicator> list(IndicatorQuery query, ListOptions options,
      IndicatorField... fields) {
    return list(withQuery(options, query), fields);
  }

  /**
   * {@code GET /v3/indicators?count=true&resultLimit=1}: how many Indicators the owner has (v3/return_count.rst).
   *
   * <p>Returns at once. The future completes with the count, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Long> count() {
    return countOfAsync(api.count(null, true, 1, owner, this.options));
  }

  /**
   * {@code GET /v3/indicators?tql=...&count=true&resultLimit=1}: how many Indicators match the query
   * (v3/return_count.rst).
   *
   * <p>Returns at once. The future completes with the count, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Long> count(IndicatorQuery query) {
    notNull(query, "query");
    return countOfAsync(api.count(query.toTql(), true, 1, owner, this.options));
  }

  /**
   * {@code GET nextLink}: the rest of a list from a saved {@code next} link (see
   * {@link Paged.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link
   * must be one of this client's API and of {@code /v3/indicators}; another is refused before anything is
   * sent, so that no credentials go elsewhere.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Indicator> resume(String nextLink) {
    return pagedAsync(api.page(resumeLink(nextLink, "v3/indicators"), this.options), link -> api.page(link, this.options));
  }

  /**
   * {@code OPTIONS /v3/indicators/fields}: what responses can include on request, as this instance says.
   *
   * <p>Returns at once. The future completes with the fields, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<List<FieldInfo>> fields() {
    return dataAsync(api.fields(this.options));
  }
}
