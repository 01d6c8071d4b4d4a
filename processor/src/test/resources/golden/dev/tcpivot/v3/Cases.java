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
 * The {@code /v3/cases} endpoint. Obtain it from {@link ThreatConnect#cases()}; thread-safe.
 *
 * <p>{@code /v3/cases} can associate Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Cases extends ApiCalls {
  private final Api api;

  private final String owner;

  private final CallOptions options;

  Cases(ApiCalls connection) {
    super(connection);
    this.api = service(Api.class);
    this.owner = null;
    this.options = CallOptions.defaults();
  }

  Cases(ThreatConnect threatConnect) {
    super(threatConnect);
    this.api = service(Api.class);
    this.owner = null;
    this.options = CallOptions.defaults();
  }

  private Cases(Cases from, String owner, CallOptions options) {
    super(from);
    this.api = from.api;
    this.owner = owner;
    this.options = options;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public Cases inOwner(String ownerName) {
    return new Cases(this, notBlank(ownerName, "ownerName"), options);
  }

  /**
   * This endpoint with {@code options} for every call it makes, its pages included; like
   * {@link #inOwner(String)}, it leaves this endpoint as it is. {@code options.owner()}, when present,
   * replaces this endpoint's owner, so the methods that name an object by XID can use it; a later
   * {@code inOwner} replaces it again and keeps the other options.
   */
  public Cases with(CallOptions options) {
    notNull(options, "options");
    return new Cases(this, options.owner().orElse(owner), options);
  }

  /**
   * {@code POST /v3/cases}: creates the Case; the response includes the requested fields.
   */
  public Case create(CaseCreate body, CaseField... fields) {
    notNull(body, "body");
    return data(api.create(body, names(fields, CaseField::wireName), owner, this.options));
  }

  /**
   * {@code GET /v3/cases/{id}}: one Case by ID, with the requested fields.
   */
  public Case get(long id, CaseField... fields) {
    checkId(id, "id");
    return data(api.get(id, names(fields, CaseField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/cases/{id}}: changes one Case by ID; the response includes the requested fields.
   */
  public Case update(long id, CaseUpdate body, CaseField... fields) {
    checkId(id, "id");
    notNull(body, "body");
    return data(api.update(id, body, names(fields, CaseField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/cases/{id}}: deletes one Case by ID.
   */
  public void delete(long id) {
    checkId(id, "id");
    noData(api.delete(id, owner, this.options));
  }

  /**
   * {@code GET /v3/cases}: every Case of the owner, fetched page by page as they are read.
   */
  public Paged<Case> list(CaseField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/cases}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<Case> list(ListOptions options, CaseField... fields) {
    notNull(options, "options");
    List<String> names = names(fields, CaseField::wireName);
    return paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize(), this.options),
        link -> api.page(link, this.options));
  }

  /**
   * {@code GET /v3/cases?tql=...}: the Cases that match the query, fetched page by page as they are read.
   */
  public Paged<Case> list(CaseQuery query, CaseField... fields) {
    return list(withQuery(ListOptions.defaults(), query), fields);
  }

  /**
   * {@code GET /v3/cases?tql=...}: the Cases that match the query, with the other options (owner,
   * sorting, page size), fetched page by page as they are read. Options that carry a tql string
   * of their own are refused: give the filter once.
   */
  public Paged<Case> list(CaseQuery query, ListOptions options, CaseField... fields) {
    return list(withQuery(options, query), fields);
  }

  /**
   * {@code GET /v3/cases?count=true&resultLimit=1}: how many Cases the owner has (v3/return_count.rst).
   */
  public long count() {
    return countOf(api.count(null, true, 1, owner, this.options));
  }

  /**
   * {@code GET /v3/cases?tql=...&count=true&resultLimit=1}: how many Cases match the query
   * (v3/return_count.rst).
   */
  public long count(CaseQuery query) {
    notNull(query, "query");
    return countOf(api.count(query.toTql(), true, 1, owner, this.options));
  }

  /**
   * {@code GET nextLink}: the rest of a list from a saved {@code next} link (see
   * {@link Paged.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link
   * must be one of this client's API and of {@code /v3/cases}; another is refused before anything is
   * sent, so that no credentials go elsewhere.
   */
  public Paged<Case> resume(String nextLink) {
    return paged(api.page(resumeLink(nextLink, "v3/cases"), this.options), link -> api.page(link, this.options));
  }

  /**
   * {@code OPTIONS /v3/cases/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return data(api.fields(this.options));
  }

  /**
   * The HTTP calls of {@code /v3/cases}.
   */
  interface Api {
    @POST("v3/cases")
    Call<ApiCalls.Envelope<Case>> create(@Body CaseCreate body,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET("v3/cases/{id}")
    Call<ApiCalls.Envelope<Case>> get(@Path("id") long id, @Query("fields") List<String> fields,
        @Query("owner") String owner, @Tag CallOptions options);

    @PUT("v3/cases/{id}")
    Call<ApiCalls.Envelope<Case>> update(@Path("id") long id, @Body CaseUpdate body,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @DELETE("v3/cases/{id}")
    Call<ApiCalls.Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET("v3/cases")
    Call<ApiCalls.Envelope<List<Case>>> list(@Query("fields") List<String> fields,
        @Query("tql") String tql, @Query("owner") String owner, @Query("sorting") String sorting,
        @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit,
        @Tag CallOptions options);

    @GET("v3/cases")
    Call<ApiCalls.Envelope<Object>> count(@Query("tql") String tql, @Query("count") boolean count,
        @Query("resultLimit") int resultLimit, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET
    Call<ApiCalls.Envelope<List<Case>>> page(@Url String next, @Tag CallOptions options);

    @OPTIONS("v3/cases/fields")
    Call<ApiCalls.Envelope<List<FieldInfo>>> fields(@Tag CallOptions options);
  }
}
