package dev.tcpivot.v3;

import dev.tcpivot.ApiCalls;
import dev.tcpivot.FieldInfo;
import dev.tcpivot.ListOptions;
import dev.tcpivot.Paged;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ThreatConnect;
import java.util.List;
import javax.annotation.processing.Generated;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.OPTIONS;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * The {@code /v3/victimAssets} endpoint. Obtain it from {@link ThreatConnect#victimAssets()}; thread-safe.
 *
 * <p>{@code /v3/victimAssets} can associate Groups, not across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimAssets extends ApiCalls {
  private final Api api;

  private final String owner;

  VictimAssets(Retrofit retrofit, RetryPolicy retries) {
    super(retrofit, retries);
    this.api = service(Api.class);
    this.owner = null;
  }

  VictimAssets(ThreatConnect threatConnect) {
    super(threatConnect);
    this.api = service(Api.class);
    this.owner = null;
  }

  private VictimAssets(VictimAssets from, String owner) {
    super(from);
    this.api = from.api;
    this.owner = owner;
  }

  /**
   * This endpoint with every request made in the named Community or Source ({@code ?owner=}), instead of the API user's Organization.
   */
  public VictimAssets inOwner(String ownerName) {
    return new VictimAssets(this, notBlank(ownerName, "ownerName"));
  }

  /**
   * {@code POST /v3/victimAssets}: creates the Victim Asset; the response includes the requested fields.
   */
  public VictimAsset create(VictimAssetCreate body, VictimAssetField... fields) {
    notNull(body, "body");
    return data(api.create(body, names(fields, VictimAssetField::wireName), owner));
  }

  /**
   * {@code GET /v3/victimAssets/{id}}: one Victim Asset by ID, with the requested fields.
   */
  public VictimAsset get(long id, VictimAssetField... fields) {
    checkId(id, "id");
    return data(api.get(id, names(fields, VictimAssetField::wireName), owner));
  }

  /**
   * {@code PUT /v3/victimAssets/{id}}: changes one Victim Asset by ID; the response includes the requested fields.
   */
  public VictimAsset update(long id, VictimAssetUpdate body, VictimAssetField... fields) {
    checkId(id, "id");
    notNull(body, "body");
    return data(api.update(id, body, names(fields, VictimAssetField::wireName), owner));
  }

  /**
   * {@code DELETE /v3/victimAssets/{id}}: deletes one Victim Asset by ID.
   */
  public void delete(long id) {
    checkId(id, "id");
    noData(api.delete(id, owner));
  }

  /**
   * {@code GET /v3/victimAssets}: every Victim Asset of the owner, fetched page by page as they are read.
   */
  public Paged<VictimAsset> list(VictimAssetField... fields) {
    return list(ListOptions.defaults(), fields);
  }

  /**
   * {@code GET /v3/victimAssets}: the objects that match the options, fetched page by page as they are read.
   */
  public Paged<VictimAsset> list(ListOptions options, VictimAssetField... fields) {
    notNull(options, "options");
    List<String> names = names(fields, VictimAssetField::wireName);
    return paged(
        api.list(names, options.tql(), options.owner() != null ? options.owner() : owner, options.sorting(),
        options.resultStart() == 0 ? null : options.resultStart(), options.pageSize()),
        api::page);
  }

  /**
   * {@code GET /v3/victimAssets?tql=...}: the Victim Assets that match the query, fetched page by page as they are read.
   */
  public Paged<VictimAsset> list(VictimAssetQuery query, VictimAssetField... fields) {
    return list(withQuery(ListOptions.defaults(), query), fields);
  }

  /**
   * {@code GET /v3/victimAssets?tql=...}: the Victim Assets that match the query, with the other options (owner,
   * sorting, page size), fetched page by page as they are read. Options that carry a tql string
   * of their own are refused: give the filter once.
   */
  public Paged<VictimAsset> list(VictimAssetQuery query, ListOptions options,
      VictimAssetField... fields) {
    return list(withQuery(options, query), fields);
  }

  /**
   * {@code GET /v3/victimAssets?count=true&resultLimit=1}: how many Victim Assets the owner has (v3/return_count.rst).
   */
  public long count() {
    return countOf(api.count(null, true, 1, owner));
  }

  /**
   * {@code GET /v3/victimAssets?tql=...&count=true&resultLimit=1}: how many Victim Assets match the query
   * (v3/return_count.rst).
   */
  public long count(VictimAssetQuery query) {
    notNull(query, "query");
    return countOf(api.count(query.toTql(), true, 1, owner));
  }

  /**
   * {@code GET nextLink}: the rest of a list from a saved {@code next} link (see
   * {@link Paged.Page#next()}), e.g. after a restart, fetched page by page as it is read. The link
   * must be one of this client's API and of {@code /v3/victimAssets}; another is refused before anything is
   * sent, so that no credentials go elsewhere.
   */
  public Paged<VictimAsset> resume(String nextLink) {
    return paged(api.page(resumeLink(nextLink, "v3/victimAssets")), api::page);
  }

  /**
   * {@code OPTIONS /v3/victimAssets/fields}: what responses can include on request, as this instance says.
   */
  public List<FieldInfo> fields() {
    return data(api.fields());
  }

  /**
   * The HTTP calls of {@code /v3/victimAssets}.
   */
  interface Api {
    @POST("v3/victimAssets")
    Call<ApiCalls.Envelope<VictimAsset>> create(@Body VictimAssetCreate body,
        @Query("fields") List<String> fields, @Query("owner") String owner);

    @GET("v3/victimAssets/{id}")
    Call<ApiCalls.Envelope<VictimAsset>> get(@Path("id") long id,
        @Query("fields") List<String> fields, @Query("owner") String owner);

    @PUT("v3/victimAssets/{id}")
    Call<ApiCalls.Envelope<VictimAsset>> update(@Path("id") long id, @Body VictimAssetUpdate body,
        @Query("fields") List<String> fields, @Query("owner") String owner);

    @DELETE("v3/victimAssets/{id}")
    Call<ApiCalls.Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner);

    @GET("v3/victimAssets")
    Call<ApiCalls.Envelope<List<VictimAsset>>> list(@Query("fields") List<String> fields,
        @Query("tql") String tql, @Query("owner") String owner, @Query("sorting") String sorting,
        @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit);

    @GET("v3/victimAssets")
    Call<ApiCalls.Envelope<Object>> count(@Query("tql") String tql, @Query("count") boolean count,
        @Query("resultLimit") int resultLimit, @Query("owner") String owner);

    @GET
    Call<ApiCalls.Envelope<List<VictimAsset>>> page(@Url String next);

    @OPTIONS("v3/victimAssets/fields")
    Call<ApiCalls.Envelope<List<FieldInfo>>> fields();
  }
}
