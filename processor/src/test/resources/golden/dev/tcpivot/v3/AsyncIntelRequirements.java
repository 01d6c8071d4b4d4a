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
 * The {@code /v3/intelRequirements} endpoint without blocking: the operations of {@link IntelRequirements}, each returning at
 * once a {@link CompletableFuture} (lists: an {@link AsyncPaged}). Obtain it from {@link AsyncEndpoints#intelRequirements()}; thread-safe.
 *
 * <p>Cancelling a future cancels its request and the retries still pending. Bad arguments are
 * thrown at once, as by the blocking endpoint, before anything is sent.
 *
 * <p>{@code /v3/intelRequirements} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class AsyncIntelRequirements extends ApiCalls {
  private final IntelRequirements.Api api;

  private final String owner;

  private final CallOptions options;

  AsyncIntelRequirements(ThreatConnect threatConnect) {
    super(threatConnect);
    this.api = service(IntelRequirements.Api.class);
    this.owner = null;
    this.options = forAsync(CallOptions.defaults());
  }

  private AsyncIntelRequirements(AsyncIntelRequirements from, String owner, CallOptions options) {
    super(from);
    this.api = from.api;
    this.owner = owner;
    this.options = options;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public AsyncIntelRequirements inOwner(String ownerName) {
    return new AsyncIntelRequirements(this, notBlank(ownerName, "ownerName"), options);
  }

  /**
   * This endpoint with {@code options} for every call it makes, its pages included; like
   * {@link #inOwner(String)}, it leaves this endpoint as it is. {@code options.owner()}, when present,
   * replaces this endpoint's owner, so the methods that name an object by XID can use it; a later
   * {@code inOwner} replaces it again and keeps the other options.
   */
  public AsyncIntelRequirements with(CallOptions options) {
    notNull(options, "options");
    return new AsyncIntelRequirements(this, options.owner().orElse(owner), forAsync(options));
  }

  /**
   * {@code POST /v3/intelRequirements}: creates the Intelligence Requirement; the response includes the requested fields.
   *
   * <p>Returns at once. The future completes with the Intelligence Requirement created, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<IntelRequirement> create(IntelRequirementCreate body,
      IntelRequirementField... fields) {
    notNull(body, "body");
    return dataAsync(api.create(body, names(fields, IntelRequirementField::wireName), owner, this.options));
  }

  /**
   * {@code GET /v3/intelRequirements/{id}}: one Intelligence Requirement by ID, with the requested fields.
   *
   * <p>Returns at once. The future completes with the Intelligence Requirement, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<IntelRequirement> get(long id, IntelRequirementField... fields) {
    checkId(id, "id");
    return dataAsync(api.get(id, names(fields, IntelRequirementField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/intelRequirements/{id}}: changes one Intelligence Requirement by ID; the response includes the requested fields.
   *
   * <p>Returns at once. The future completes with the Intelligence Requirement as changed, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<IntelRequirement> update(long id, IntelRequirementUpdate body,
      IntelRequirementField... fields) {
    checkId(id, "id");
    notNull(body, "body");
    return dataAsync(api.update(id, body, names(fields, IntelRequirementField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/intelRequirements/{id}}: deletes one Intelligence Requirement by ID.
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
   * {@code GET /v3/intelRequirements}: every Intelligence Requirement of the owner, fetched page by page as they are read.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<IntelRequirement> list(IntelRequirementField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/intelRequirements}: the objects that match the options, fetched page by page as they are read.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<IntelRequirement> list(ListOptions options, IntelRequirementField... fields) {
    notNull(options, "options");
    List<String> names = names(fields, IntelRequirementField::wireName);
    return pagedAsync(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize(), this.options),
        link -> api.page(link, this.options));
  }

  /**
   * {@code GET /v3/intelRequirements?tql=...}: the Intelligence Requirements that match the query, fetched page by page as they are read.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<IntelRequirement> list(IntelRequirementQuery query,
      IntelRequirementField... fields) {
    return list(withQuery(ListOptions.defaults(), query), fields);
  }

  /**
   * {@code GET /v3/intelRequirements?tql=...}: the Intelligence Requirements that match the query, with the other options (owner,
   * sorting, page size), fetched page by page as they are read. Options that carry a tql string
   * of their own are refused: give the filter once.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<IntelRequirement> list(IntelRequirementQuery query, ListOptions options,
      IntelRequirementField... fields) {
    return list(withQuery(options, query), fields);
  }

  /**
   * {@code GET /v3/intelRequirements?count=true&resultLimit=1}: how many Intelligence Requirements the owner has (v3/return_count.rst).
   *
   * <p>Returns at once. The future completes with the count, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Long> count() {
    return countOfAsync(api.count(null, true, 1, owner, this.options));
  }

  /**
   * {@code GET /v3/intelRequirements?tql=...&count=true&resultLimit=1}: how many Intelligence Requirements match the query
   * (v3/return_count.rst).
   *
   * <p>Returns at once. The future completes with the count, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Long> count(IntelRequirementQuery query) {
    notNull(query, "query");
    return countOfAsync(api.count(query.toTql(), true, 1, owner, this.options));
  }

  /**
   * {@code GET nextLink}: the rest of a list from a saved {@code next} link (see
   * {@link Paged.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link
   * must be one of this client's API and of {@code /v3/intelRequirements}; another is refused before anything is
   * sent, so that no credentials go elsewhere.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<IntelRequirement> resume(String nextLink) {
    return pagedAsync(api.page(resumeLink(nextLink, "v3/intelRequirements"), this.options), link -> api.page(link, this.options));
  }

  /**
   * {@code OPTIONS /v3/intelRequirements/fields}: what responses can include on request, as this instance says.
   *
   * <p>Returns at once. The future completes with the fields, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<List<FieldInfo>> fields() {
    return dataAsync(api.fields(this.options));
  }
}
