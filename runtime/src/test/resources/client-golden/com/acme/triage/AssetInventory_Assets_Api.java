package com.acme.triage;

import dev.tcpivot.internal.Envelope;
import dev.tcpivot.internal.WireObject;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import java.util.List;
import javax.annotation.processing.Generated;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * The HTTP calls of {@link AssetInventory.Assets}.
 */
@Generated("dev.tcpivot.processor.ClientProcessor")
interface AssetInventory_Assets_Api {
  @POST("v3/victimAssets")
  Call<Envelope<VictimAsset>> add(@Body WireObject body, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @PUT("v3/victimAssets/{key}")
  Call<Envelope<VictimAsset>> regroup(@Path("key") long key, @Body WireObject body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @GET("v3/victims/{key}")
  Call<Envelope<Victim>> victim_2(@Path("key") long key, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @GET("v3/victims/{key}")
  Call<Envelope<Victim>> victim_3(@Path("key") long key, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @GET
  Call<Envelope<List<VictimAsset>>> nextPageOfVictimAsset(@Url String next);

  @GET("v3/victimAssets")
  Call<Envelope<List<VictimAsset>>> all(@Query("fields") List<String> fields,
      @Query("tql") String tql, @Query("owner") String owner);

  @PUT("v3/cases/{key}")
  Call<Envelope<Case>> attach(@Path("key") long key, @Body WireObject body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @DELETE("v3/artifacts/{key}")
  Call<Envelope<Object>> discard(@Path("key") long key, @Query("owner") String owner);
}
