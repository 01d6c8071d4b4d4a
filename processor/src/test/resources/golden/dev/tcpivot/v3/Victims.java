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
 * The {@code /v3/victims} endpoint. Obtain it from {@link ThreatConnect#victims()}; thread-safe.
 *
 * <p>{@code /v3/victims} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Victims extends ApiCalls {
  private final Api api;

  private final String owner;

  private final CallOptions options;

  Victims(ApiCalls connection) {
    super(connection);
    this.api = service(Api.class);
    this.owner = null;
    this.options = CallOptions.defaults();
  }

  Victims(ThreatConnect threatConnect) {
    super(threatConnect);
    this.api = service(Api.class);
    this.owner = null;
    this.options = CallOptions.defaults();
  }

  private Victims(Victims from, String owner, CallOptions options) {
    super(from);
    this.api = from.api;
    this.owner = owner;
    this.options = options;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public Victims inOwner(String ownerName) {
    return new Victims(this, notBlank(ownerName, "ownerName"), options);
  }

  /**
   * This endpoint with {@code options} for every call it makes, its pages included; like
   * {@link #inOwner(String)}, it leaves this endpoint as it is. {@code options.owner()}, when present,
   * replaces this endpoint's owner, so the methods that name an object by XID can use it; a later
   * {@code inOwner} replaces it again and keeps the other options.
   */
  public Victims with(CallOptions options) {
    notNull(options, "options");
    return new Victims(this, options.owner().orElse(owner), options);
  }

  /**
   * {@code POST /v3/victims}: creates the Victim; the response includes the requested fields.
   */
  public Victim create(VictimCreate body, VictimField... fields) {
    notNull(body, "body");
    return data(api.create(body, names(fields, VictimField::wireName), owner, this.options));
  }

  /**
   * {@code GET /v3/victims/{id}}: one Victim by ID, with the requested fields.
   */
  public Victim get(long id, VictimField... fields) {
    checkId(id, "id");
    return data(api.get(id, names(fields, VictimField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/victims/{id}}: changes one Victim by ID; the response includes the requested fields.
   */
  public Victim update(long id, VictimUpdate body, VictimField... fields) {
    checkId(id, "id");
    notNull(body, "body");
    return data(api.update(id, body, names(fields, VictimField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/victims/{id}}: deletes one Victim by ID.
   */
  public void delete(long id) {
    checkId(id, "id");
    noData(api.delete(id, owner, this.options));
  }

  /**
   * {@code GET /v3/victims}: every Victim of the owner, fetched page by page as they are read.
   */
  public Paged<Victim> list(VictimField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/victims}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<Victim> list(ListOptions options, VictimField... fields) {
    notNull(options, "options");
    List<String> names = names(fields, VictimField::wireName);
    return paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize(), this.options),
        link -> api.page(link, this.options));
  }

  /**
   * {@code GET /v3/victims?tql=...}: the Victims that match the query, fetched page by page as they are read.
   */
  public Paged<Victim> list(VictimQuery query, VictimField... fields) {
    return list(withQuery(ListOptions.defaults(), query), fields);
  }

  /**
   * {@code GET /v3/victims?tql=...}: the Victims that match the query, with the other options (owner,
   * sorting, page size), fetched page by page as they are read. Options that carry a tql string
   * of their own are refused: give the filter once.
   */
  public Paged<Victim> list(VictimQuery query, ListOptions options, VictimField... fields) {
    return list(withQuery(options, query), fields);
  }

  /**
   * {@code GET /v3/victims?count=true&resultLimit=1}: how many Victims the owner has (v3/return_count.rst).
   */
  public long count() {
    return countOf(api.count(null, true, 1, owner, this.options));
  }

  /**
   * {@code GET /v3/victims?tql=...&count=true&resultLimit=1}: how many Victims match the query
   * (v3/return_count.rst).
   */
  public long count(VictimQuery query) {
    notNull(query, "query");
    return countOf(api.count(query.toTql(), true, 1, owner, this.options));
  }

  /**
   * {@code GET nextLink}: the rest of a list from a saved {@code next} link (see
   * {@link Paged.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link
   * must be one of this client's API and of {@code /v3/victims}; another is refused before anything is
   * sent, so that no credentials go elsewhere.
   */
  public Paged<Victim> resume(String nextLink) {
    return paged(api.page(resumeLink(nextLink, "v3/victims"), this.options), link -> api.page(link, this.options));
  }

  /**
   * {@code OPTIONS /v3/victims/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return data(api.fields(this.options));
  }

  /**
   * The HTTP calls of {@code /v3/victims}.
   */
  interface Api {
    @POST("v3/victims")
    Call<ApiCalls.Envelope<Victim>> create(@Body VictimCreate body,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET("v3/victims/{id}")
    Call<ApiCalls.Envelope<Victim>> get(@Path("id") long id, @Query("fields") List<String> fields,
        @Query("owner") String owner, @Tag CallOptions options);

    @PUT("v3/victims/{id}")
    Call<ApiCalls.Envelope<Victim>> update(@Path("id") long id, @Body VictimUpdate body,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @DELETE("v3/victims/{id}")
    Call<ApiCalls.Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET("v3/victims")
    Call<ApiCalls.Envelope<List<Victim>>> list(@Query("fields") List<String> fields,
        @Query("tql") String tql, @Query("owner") String owner, @Query("sorting") String sorting,
        @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit,
        @Tag CallOptions options);

    @GET("v3/victims")
    Call<ApiCalls.Envelope<Object>> count(@Query("tql") String tql, @Query("count") boolean count,
        @Query("resultLimit") int resultLimit, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET
    Call<ApiCalls.Envelope<List<Victim>>> page(@Url String next, @Tag CallOptions options);

    @OPTIONS("v3/victims/fields")
    Call<ApiCalls.Envelope<List<FieldInfo>>> fields(@Tag CallOptions options);
  }
}
