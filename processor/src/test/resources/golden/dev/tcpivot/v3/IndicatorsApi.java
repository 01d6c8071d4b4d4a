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
 * The HTTP calls of {@code /v3/indicators}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
interface IndicatorsApi {
  @POST("v3/indicators")
  Call<Envelope<Indicator>> create(@Body IndicatorCreate body, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @GET("v3/indicators/{id}")
  Call<Envelope<Indicator>> get(@Path("id") long id, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @PUT("v3/indicators/{id}")
  Call<Envelope<Indicator>> update(@Path("id") long id, @Body IndicatorUpdate body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @DELETE("v3/indicators/{id}")
  Call<Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner);

  @GET("v3/indicators/{summary}")
  Call<Envelope<Indicator>> getBySummary(@Path(value = "summary", encoded = true) String summary,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @PUT("v3/indicators/{summary}")
  Call<Envelope<Indicator>> updateBySummary(@Path(value = "summary", encoded = true) String summary,
      @Body IndicatorUpdate body, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @DELETE("v3/indicators/{summary}")
  Call<Envelope<Object>> deleteBySummary(@Path(value = "summary", encoded = true) String summary,
      @Query("owner") String owner);

  @GET("v3/indicators")
  Call<Envelope<List<Indicator>>> list(@Query("fields") List<String> fields,
      @Query("tql") String tql, @Query("owner") String owner, @Query("sorting") String sorting,
      @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit);

  @GET
  Call<Envelope<List<Indicator>>> page(@Url String next);

  @OPTIONS("v3/indicators/fields")
  Call<Envelope<List<FieldInfo>>> fields();
}
