package dev.tcpivot.v3;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.internal.Envelope;
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
import retrofit2.http.Url;

/**
 * The HTTP calls of {@code /v3/victimAssets}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
interface VictimAssetsApi {
  @POST("v3/victimAssets")
  Call<Envelope<VictimAsset>> create(@Body VictimAssetCreate body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @GET("v3/victimAssets/{id}")
  Call<Envelope<VictimAsset>> get(@Path("id") long id, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @PUT("v3/victimAssets/{id}")
  Call<Envelope<VictimAsset>> update(@Path("id") long id, @Body VictimAssetUpdate body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @DELETE("v3/victimAssets/{id}")
  Call<Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner);

  @GET("v3/victimAssets")
  Call<Envelope<List<VictimAsset>>> list(@Query("fields") List<String> fields,
      @Query("tql") String tql, @Query("owner") String owner, @Query("sorting") String sorting,
      @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit);

  @GET
  Call<Envelope<List<VictimAsset>>> page(@Url String next);

  @OPTIONS("v3/victimAssets/fields")
  Call<Envelope<List<FieldInfo>>> fields();
}
