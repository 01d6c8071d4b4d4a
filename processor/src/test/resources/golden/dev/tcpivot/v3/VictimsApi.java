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
 * The HTTP calls of {@code /v3/victims}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
interface VictimsApi {
  @POST("v3/victims")
  Call<Envelope<Victim>> create(@Body VictimCreate body, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @GET("v3/victims/{id}")
  Call<Envelope<Victim>> get(@Path("id") long id, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @PUT("v3/victims/{id}")
  Call<Envelope<Victim>> update(@Path("id") long id, @Body VictimUpdate body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @DELETE("v3/victims/{id}")
  Call<Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner);

  @GET("v3/victims")
  Call<Envelope<List<Victim>>> list(@Query("fields") List<String> fields, @Query("tql") String tql,
      @Query("owner") String owner, @Query("sorting") String sorting,
      @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit);

  @GET
  Call<Envelope<List<Victim>>> page(@Url String next);

  @OPTIONS("v3/victims/fields")
  Call<Envelope<List<FieldInfo>>> fields();
}
