package dev.tcpivot.v3;

import dev.tcpivot.ApiCalls;
import dev.tcpivot.CallOptions;
import dev.tcpivot.FieldInfo;
import dev.tcpivot.ListOptions;
import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnect;
import java.util.List;
import javax.annotation.processing.Generated;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.OPTIONS;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * The {@code /v3/groups} endpoint. Obtain it from {@link ThreatConnect#groups()}; thread-safe.
 *
 * <p>{@code /v3/groups} can associate Artifacts, Cases, Groups, Indicators, Victim Assets, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Groups extends ApiCalls {
  private final Api api;

  private final String owner;

  private final CallOptions options;

  Groups(ApiCalls connection) {
    super(connection);
    this.api = service(Api.class);
    this.owner = null;
    this.options = CallOptions.defaults();
  }

  Groups(ThreatConnect threatConnect) {
    super(threatConnect);
    this.api = service(Api.class);
    this.owner = null;
    this.options = CallOptions.defaults();
  }

  private Groups(Groups from, String owner, CallOptions options) {
    super(from);
    this.api = from.api;
    this.owner = owner;
    this.options = options;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public Groups inOwner(String ownerName) {
    return new Groups(this, notBlank(ownerName, "ownerName"), options);
  }

  /**
   * This endpoint with {@code options} for every call it makes, its pages included; like
   * {@link #inOwner(String)}, it leaves this endpoint as it is. {@code options.owner()}, when present,
   * replaces this endpoint's owner, so the methods that name an object by XID can use it; a later
   * {@code inOwner} replaces it again and keeps the other options.
   */
  public Groups with(CallOptions options) {
    notNull(options, "options");
    return new Groups(this, options.owner().orElse(owner), options);
  }

  /**
   * {@code POST /v3/groups}: creates the Group; the response includes the requested fields.
   */
  public Group create(GroupCreate body, GroupField... fields) {
    notNull(body, "body");
    return data(api.create(body, names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code GET /v3/groups/{id}}: one Group by ID, with the requested fields.
   */
  public Group get(long id, GroupField... fields) {
    checkId(id, "id");
    return data(api.get(id, names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/groups/{id}}: changes one Group by ID; the response includes the requested fields.
   */
  public Group update(long id, GroupUpdate body, GroupField... fields) {
    checkId(id, "id");
    notNull(body, "body");
    return data(api.update(id, body, names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/groups/{id}}: deletes one Group by ID.
   */
  public void delete(long id) {
    checkId(id, "id");
    noData(api.delete(id, owner, this.options));
  }

  /**
   * {@code GET /v3/groups/{xid}?owner=}: one Group by XID within the owner that {@link #inOwner} names (the API needs it for XIDs), with the requested fields.
   */
  public Group getByXid(String xid, GroupField... fields) {
    requireOwner(owner, "Group XID");
    checkSummary(xid, "xid");
    return data(api.getByXid(pathSegment(xid), names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/groups/{xid}?owner=}: changes one Group by XID within the owner that {@link #inOwner} names (the API needs it for XIDs); the response includes the requested fields.
   */
  public Group updateByXid(String xid, GroupUpdate body, GroupField... fields) {
    requireOwner(owner, "Group XID");
    checkSummary(xid, "xid");
    notNull(body, "body");
    return data(api.updateByXid(pathSegment(xid), body, names(fields, GroupField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/groups/{xid}?owner=}: deletes one Group by XID within the owner that {@link #inOwner} names (the API needs it for XIDs).
   */
  public void deleteByXid(String xid) {
    requireOwner(owner, "Group XID");
    checkSummary(xid, "xid");
    noData(api.deleteByXid(pathSegment(xid), owner, this.options));
  }

  /**
   * {@code GET /v3/groups}: every Group of the owner, fetched page by page as they are read.
   */
  public Paged<Group> list(GroupField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/groups}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<Group> list(ListOptions options, GroupField... fields) {
    notNull(options, "options");
    List<String> names = names(fields, GroupField::wireName);
    return paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize(), this.options),
        link -> api.page(link, this.options));
  }

  /**
   * {@code GET /v3/groups?tql=...}: the Groups that match the query, fetched page by page as they are read.
   */
  public Paged<Group> list(GroupQuery query, GroupField... fields) {
    return list(withQuery(ListOptions.defaults(), query), fields);
  }

  /**
   * {@code GET /v3/groups?tql=...}: the Groups that match the query, with the other options (owner,
   * sorting, page size), fetched page by page as they are read. Options that carry a tql string
   * of their own are refused: give the filter once.
   */
  public Paged<Group> list(GroupQuery query, ListOptions options, GroupField... fields) {
    return list(withQuery(options, query), fields);
  }

  /**
   * {@code GET /v3/groups?count=true&resultLimit=1}: how many Groups the owner has (v3/return_count.rst).
   */
  public long count() {
    return countOf(api.count(null, true, 1, owner, this.options));
  }

  /**
   * {@code GET /v3/groups?tql=...&count=true&resultLimit=1}: how many Groups match the query
   * (v3/return_count.rst).
   */
  public long count(GroupQuery query) {
    notNull(query, "query");
    return countOf(api.count(query.toTql(), true, 1, owner, this.options));
  }

  /**
   * {@code GET nextLink}: the rest of a list from a saved {@code next} link (see
   * {@link Paged.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link
   * must be one of this client's API and of {@code /v3/groups}; another is refused before anything is
   * sent, so that no credentials go elsewhere.
   */
  public Paged<Group> resume(String nextLink) {
    return paged(api.page(resumeLink(nextLink, "v3/groups"), this.options), link -> api.page(link, this.options));
  }

  /**
   * {@code OPTIONS /v3/groups/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return data(api.fields(this.options));
  }

  /**
   * The HTTP calls of {@code /v3/groups}.
   */
  interface Api {
    @POST("v3/groups")
    Call<ApiCalls.Envelope<Group>> create(@Body GroupCreate body,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET("v3/groups/{id}")
    Call<ApiCalls.Envelope<Group>> get(@Path("id") long id, @Query("fields") List<String> fields,
        @Query("owner") String owner, @Tag CallOptions options);

    @PUT("v3/groups/{id}")
    Call<ApiCalls.Envelope<Group>> update(@Path("id") long id, @Body GroupUpdate body,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @DELETE("v3/groups/{id}")
    Call<ApiCalls.Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET("v3/groups/{xid}")
    Call<ApiCalls.Envelope<Group>> getByXid(@Path(value = "xid", encoded = true) String xid,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @PUT("v3/groups/{xid}")
    Call<ApiCalls.Envelope<Group>> updateByXid(@Path(value = "xid", encoded = true) String xid,
        @Body GroupUpdate body, @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @DELETE("v3/groups/{xid}")
    Call<ApiCalls.Envelope<Object>> deleteByXid(@Path(value = "xid", encoded = true) String xid,
        @Query("owner") String owner, @Tag CallOptions options);

    @GET("v3/groups")
    Call<ApiCalls.Envelope<List<Group>>> list(@Query("fields") List<String> fields,
        @Query("tql") String tql, @Query("owner") String owner, @Query("sorting") String sorting,
        @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit,
        @Tag CallOptions options);

    @GET("v3/groups")
    Call<ApiCalls.Envelope<Object>> count(@Query("tql") String tql, @Query("count") boolean count,
        @Query("resultLimit") int resultLimit, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET
    Call<ApiCalls.Envelope<List<Group>>> page(@Url String next, @Tag CallOptions options);

    @OPTIONS("v3/groups/fields")
    Call<ApiCalls.Envelope<List<FieldInfo>>> fields(@Tag CallOptions options);
  }
}
