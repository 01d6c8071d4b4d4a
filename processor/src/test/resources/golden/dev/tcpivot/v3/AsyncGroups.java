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
 * The {@code /v3/groups} endpoint without blocking: the operations of {@link Groups}, each returning at
 * once a {@link CompletableFuture} (lists: an {@link AsyncPaged}). Obtain it from {@link AsyncEndpoints#groups()}; thread-safe.
 *
 * <p>Cancelling a future cancels its request and the retries still pending. Bad arguments are
 * thrown at once, as by the blocking endpoint, before anything is sent.
 *
 * <p>{@code /v3/groups} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class AsyncGroups extends ApiCalls {
  private final Groups.Api api;

  private final String owner;

  private final CallOptions options;

  AsyncGroups(ThreatConnect threatConnect) {
    super(threatConnect);
    this.api = service(Groups.Api.class);
    this.owner = null;
    this.options = forAsync(CallOptions.defaults());
  }

  private AsyncGroups(AsyncGroups from, String owner, CallOptions options) {
    super(from);
    this.api = from.api;
    this.owner = owner;
    this.options = options;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public AsyncGroups inOwner(String ownerName) {
    return new AsyncGroups(this, notBlank(ownerName, "ownerName"), options);
  }

  /**
   * This endpoint with {@code options} for every call it makes, its pages included; like
   * {@link #inOwner(String)}, it leaves this endpoint as it is. {@code options.owner()}, when present,
   * replaces this endpoint's owner, so the methods that name an object by XID can use it; a later
   * {@code inOwner} replaces it again and keeps the other options.
   */
  public AsyncGroups with(CallOptions options) {
    notNull(options, "options");
    return new AsyncGroups(this, options.owner().orElse(owner), forAsync(options));
  }

  /**
   * {@code POST /v3/groups}: creates the Group; the response includes the requested fields.
   *
   * <p>Returns at once. The future completes with the Group created, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Group> create(GroupCreate body, GroupField... fields) {
    notNull(body, "body");
    return dataAsync(api.create(body, names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code GET /v3/groups/{id}}: one Group by ID, with the requested fields.
   *
   * <p>Returns at once. The future completes with the Group, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Group> get(long id, GroupField... fields) {
    checkId(id, "id");
    return dataAsync(api.get(id, names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/groups/{id}}: changes one Group by ID; the response includes the requested fields.
   *
   * <p>Returns at once. The future completes with the Group as changed, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Group> update(long id, GroupUpdate body, GroupField... fields) {
    checkId(id, "id");
    notNull(body, "body");
    return dataAsync(api.update(id, body, names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/groups/{id}}: deletes one Group by ID.
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
   * {@code GET /v3/groups/{xid}?owner=}: one Group by XID within the owner that {@link #inOwner} names (the API needs it for XIDs), with the requested fields.
   *
   * <p>Returns at once. The future completes with the Group, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Group> getByXid(String xid, GroupField... fields) {
    requireOwner(owner, "Group XID");
    checkSummary(xid, "xid");
    return dataAsync(api.getByXid(pathSegment(xid), names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/groups/{xid}?owner=}: changes one Group by XID within the owner that {@link #inOwner} names (the API needs it for XIDs); the response includes the requested fields.
   *
   * <p>Returns at once. The future completes with the Group as changed, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Group> updateByXid(String xid, GroupUpdate body, GroupField... fields) {
    requireOwner(owner, "Group XID");
    checkSummary(xid, "xid");
    notNull(body, "body");
    return dataAsync(api.updateByXid(pathSegment(xid), body, names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/groups/{xid}?owner=}: deletes one Group by XID within the owner that {@link #inOwner} names (the API needs it for XIDs).
   *
   * <p>Returns at once. The future completes with {@code null} once it is deleted, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Void> deleteByXid(String xid) {
    requireOwner(owner, "Group XID");
    checkSummary(xid, "xid");
    return noDataAsync(api.deleteByXid(pathSegment(xid), owner, this.options));
  }

  /**
   * {@code GET /v3/groups}: every Group of the owner, fetched page by page as they are read.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Group> list(GroupField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/groups}: the objects that match the options, fetched page by page as they are read.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Group> list(ListOptions options, GroupField... fields) {
    notNull(options, "options");
    List<String> names = names(fields, GroupField::wireName);
    return pagedAsync(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize(), this.options),
        link -> api.page(link, this.options));
  }

  /**
   * {@code GET /v3/groups?tql=...}: the Groups that match the query, fetched page by page as they are read.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Group> list(GroupQuery query, GroupField... fields) {
    return list(withQuery(ListOptions.defaults(), query), fields);
  }

  /**
   * {@code GET /v3/groups?tql=...}: the Groups that match the query, with the other options (owner,
   * sorting, page size), fetched page by page as they are read. Options that carry a tql string
   * of their own are refused: give the filter once.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Group> list(GroupQuery query, ListOptions options, GroupField... fields) {
    return list(withQuery(options, query), fields);
  }

  /**
   * {@code GET /v3/groups?count=true&resultLimit=1}: how many Groups the owner has (v3/return_count.rst).
   *
   * <p>Returns at once. The future completes with the count, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Long> count() {
    return countOfAsync(api.count(null, true, 1, owner, this.options));
  }

  /**
   * {@code GET /v3/groups?tql=...&count=true&resultLimit=1}: how many Groups match the query
   * (v3/return_count.rst).
   *
   * <p>Returns at once. The future completes with the count, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<Long> count(GroupQuery query) {
    notNull(query, "query");
    return countOfAsync(api.count(query.toTql(), true, 1, owner, this.options));
  }

  /**
   * {@code GET nextLink}: the rest of a list from a saved {@code next} link (see
   * {@link Paged.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link
   * must be one of this client's API and of {@code /v3/groups}; another is refused before anything is
   * sent, so that no credentials go elsewhere.
   *
   * <p>Returns at once. The publisher fetches a page when its subscriber asks for more; cancelling
   * the subscription cancels the request in flight and its pending retries. Bad arguments are
   * thrown at once, before anything is sent.
   */
  public AsyncPaged<Group> resume(String nextLink) {
    return pagedAsync(api.page(resumeLink(nextLink, "v3/groups"), this.options), link -> api.page(link, this.options));
  }

  /**
   * {@code OPTIONS /v3/groups/fields}: what responses can include on request, as this instance says.
   *
   * <p>Returns at once. The future completes with the fields, or exceptionally with the
   * {@code ThreatConnectException} the blocking call would throw; cancelling it cancels the request
   * and its pending retries. Bad arguments are thrown at once, before anything is sent.
   */
  public CompletableFuture<List<FieldInfo>> fields() {
    return dataAsync(api.fields(this.options));
  }
}
