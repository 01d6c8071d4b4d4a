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
 * The {@code /v3/indicators} endpoint. Obtain it from {@link ThreatConnect#indicators()}; thread-safe.
 *
 * <p>{@code /v3/indicators} can associate Artifacts, Cases, Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Indicators extends ApiCalls {
  private final Api api;

  private final String owner;

  private final CallOptions options;

  Indicators(ApiCalls connection) {
    super(connection);
    this.api = service(Api.class);
    this.owner = null;
    this.options = CallOptions.defaults();
  }

  Indicators(ThreatConnect threatConnect) {
    super(threatConnect);
    this.api = service(Api.class);
    this.owner = null;
    this.options = CallOptions.defaults();
  }

  private Indicators(Indicators from, String owner, CallOptions options) {
    super(from);
    this.api = from.api;
    this.owner = owner;
    this.options = options;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public Indicators inOwner(String ownerName) {
    return new Indicators(this, notBlank(ownerName, "ownerName"), options);
  }

  /**
   * This endpoint with {@code options} for every call it makes, its pages included; like
   * {@link #inOwner(String)}, it leaves this endpoint as it is. {@code options.owner()}, when present,
   * replaces this endpoint's owner, so the methods that name an object by XID can use it; a later
   * {@code inOwner} replaces it again and keeps the other options.
   */
  public Indicators with(CallOptions options) {
    notNull(options, "options");
    return new Indicators(this, options.owner().orElse(owner), options);
  }

  /**
   * {@code POST /v3/indicators}: creates the Indicator; the response includes the requested fields.
   */
  public Indicator create(IndicatorCreate body, IndicatorField... fields) {
    notNull(body, "body");
    return data(api.create(body, names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code GET /v3/indicators/{id}}: one Indicator by ID, with the requested fields.
   */
  public Indicator get(long id, IndicatorField... fields) {
    checkId(id, "id");
    return data(api.get(id, names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/indicators/{id}}: changes one Indicator by ID; the response includes the requested fields.
   */
  public Indicator update(long id, IndicatorUpdate body, IndicatorField... fields) {
    checkId(id, "id");
    notNull(body, "body");
    return data(api.update(id, body, names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/indicators/{id}}: deletes one Indicator by ID.
   */
  public void delete(long id) {
    checkId(id, "id");
    noData(api.delete(id, owner, this.options));
  }

  /**
   * {@code GET /v3/indicators/{summary}}: one Indicator by summary (e.g. {@code badguy.com}), looked up in the owner, with the requested fields.
   */
  public Indicator get(String summary, IndicatorField... fields) {
    checkSummary(summary, "summary");
    return data(api.getBySummary(pathSegment(summary), names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code PUT /v3/indicators/{summary}}: changes one Indicator by summary (e.g. {@code badguy.com}), looked up in the owner; the response includes the requested fields.
   */
  public Indicator update(String summary, IndicatorUpdate body, IndicatorField... fields) {
    checkSummary(summary, "summary");
    notNull(body, "body");
    return data(api.updateBySummary(pathSegment(summary), body, names(fields, IndicatorField::wireName), owner, this.options));
  }

  /**
   * {@code DELETE /v3/indicators/{summary}}: deletes one Indicator by summary (e.g. {@code badguy.com}), looked up in the owner.
   */
  public void delete(String summary) {
    checkSummary(summary, "summary");
    noData(api.deleteBySummary(pathSegment(summary), owner, this.options));
  }

  /**
   * {@code GET /v3/indicators}: every Indicator of the owner, fetched page by page as they are read.
   */
  public Paged<Indicator> list(IndicatorField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/indicators}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<Indicator> list(ListOptions options, IndicatorField... fields) {
    notNull(options, "options");
    List<String> names = names(fields, IndicatorField::wireName);
    return paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize(), this.options),
        link -> api.page(link, this.options));
  }

  /**
   * {@code GET /v3/indicators?tql=...}: the Indicators that match the query, fetched page by page as they are read.
   */
  public Paged<Indicator> list(IndicatorQuery query, IndicatorField... fields) {
    return list(withQuery(ListOptions.defaults(), query), fields);
  }

  /**
   * {@code GET /v3/indicators?tql=...}: the Indicators that match the query, with the other options (owner,
   * sorting, page size), fetched page by page as they are read. Options that carry a tql string
   * of their own are refused: give the filter once.
   */
  public Paged<Indicator> list(IndicatorQuery query, ListOptions options,
      IndicatorField... fields) {
    return list(withQuery(options, query), fields);
  }

  /**
   * {@code GET /v3/indicators?count=true&resultLimit=1}: how many Indicators the owner has (v3/return_count.rst).
   */
  public long count() {
    return countOf(api.count(null, true, 1, owner, this.options));
  }

  /**
   * {@code GET /v3/indicators?tql=...&count=true&resultLimit=1}: how many Indicators match the query
   * (v3/return_count.rst).
   */
  public long count(IndicatorQuery query) {
    notNull(query, "query");
    return countOf(api.count(query.toTql(), true, 1, owner, this.options));
  }

  /**
   * {@code GET nextLink}: the rest of a list from a saved {@code next} link (see
   * {@link Paged.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link
   * must be one of this client's API and of {@code /v3/indicators}; another is refused before anything is
   * sent, so that no credentials go elsewhere.
   */
  public Paged<Indicator> resume(String nextLink) {
    return paged(api.page(resumeLink(nextLink, "v3/indicators"), this.options), link -> api.page(link, this.options));
  }

  /**
   * {@code OPTIONS /v3/indicators/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return data(api.fields(this.options));
  }

  /**
   * The HTTP calls of {@code /v3/indicators}.
   */
  interface Api {
    @POST("v3/indicators")
    Call<ApiCalls.Envelope<Indicator>> create(@Body IndicatorCreate body,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET("v3/indicators/{id}")
    Call<ApiCalls.Envelope<Indicator>> get(@Path("id") long id,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @PUT("v3/indicators/{id}")
    Call<ApiCalls.Envelope<Indicator>> update(@Path("id") long id, @Body IndicatorUpdate body,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @DELETE("v3/indicators/{id}")
    Call<ApiCalls.Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET("v3/indicators/{summary}")
    Call<ApiCalls.Envelope<Indicator>> getBySummary(
        @Path(value = "summary", encoded = true) String summary,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @PUT("v3/indicators/{summary}")
    Call<ApiCalls.Envelope<Indicator>> updateBySummary(
        @Path(value = "summary", encoded = true) String summary, @Body IndicatorUpdate body,
        @Query("fields") List<String> fields, @Query("owner") String owner,
        @Tag CallOptions options);

    @DELETE("v3/indicators/{summary}")
    Call<ApiCalls.Envelope<Object>> deleteBySummary(
        @Path(value = "summary", encoded = true) String summary, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET("v3/indicators")
    Call<ApiCalls.Envelope<List<Indicator>>> list(@Query("fields") List<String> fields,
        @Query("tql") String tql, @Query("owner") String owner, @Query("sorting") String sorting,
        @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit,
        @Tag CallOptions options);

    @GET("v3/indicators")
    Call<ApiCalls.Envelope<Object>> count(@Query("tql") String tql, @Query("count") boolean count,
        @Query("resultLimit") int resultLimit, @Query("owner") String owner,
        @Tag CallOptions options);

    @GET
    Call<ApiCalls.Envelope<List<Indicator>>> page(@Url String next, @Tag CallOptions options);

    @OPTIONS("v3/indicators/fields")
    Call<ApiCalls.Envelope<List<FieldInfo>>> fields(@Tag CallOptions options);
  }
}
