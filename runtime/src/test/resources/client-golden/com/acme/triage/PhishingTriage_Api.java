package com.acme.triage;

import dev.tcpivot.FieldInfo;
import dev.tcpivot.internal.Envelope;
import dev.tcpivot.internal.WireObject;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
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
 * The HTTP calls of {@link PhishingTriage}.
 */
@Generated("dev.tcpivot.processor.ClientProcessor")
interface PhishingTriage_Api {
  @POST("v3/indicators")
  Call<Envelope<Indicator>> report(@Body WireObject body, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @GET("v3/indicators/{key}")
  Call<Envelope<Indicator>> lookup(@Path(value = "key", encoded = true) String key,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @PUT("v3/indicators/{key}")
  Call<Envelope<Indicator>> linkToCampaigns(@Path(value = "key", encoded = true) String key,
      @Body WireObject body, @Query("fields") List<String> fields, @Query("owner") String owner);

  @PUT("v3/indicators/{key}")
  Call<Envelope<Indicator>> addAddresses(@Path(value = "key", encoded = true) String key,
      @Body WireObject body, @Query("fields") List<String> fields, @Query("owner") String owner);

  @PUT("v3/indicators/{key}")
  Call<Envelope<Indicator>> relate(@Path("key") long key, @Body WireObject body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @PUT("v3/indicators/{key}")
  Call<Envelope<Indicator>> unlink(@Path(value = "key", encoded = true) String key,
      @Body WireObject body, @Query("fields") List<String> fields, @Query("owner") String owner);

  @DELETE("v3/indicators/{key}")
  Call<Envelope<Object>> delete(@Path(value = "key", encoded = true) String key,
      @Query("owner") String owner);

  @GET
  Call<Envelope<List<Indicator>>> nextPageOfIndicator(@Url String next);

  @GET("v3/indicators")
  Call<Envelope<List<Indicator>>> search(@Query("fields") List<String> fields,
      @Query("tql") String tql, @Query("owner") String owner);

  @GET
  Call<Envelope<List<Group>>> nextPageOfGroup(@Url String next);

  @GET("v3/groups")
  Call<Envelope<List<Group>>> campaigns(@Query("fields") List<String> fields,
      @Query("tql") String tql, @Query("owner") String owner);

  @OPTIONS("v3/indicators/fields")
  Call<Envelope<List<FieldInfo>>> indicatorFields();
}
