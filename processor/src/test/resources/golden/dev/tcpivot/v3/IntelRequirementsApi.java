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
 * The HTTP calls of {@code /v3/intelRequirements}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
interface IntelRequirementsApi {
  @POST("v3/intelRequirements")
  Call<Envelope<IntelRequirement>> create(@Body IntelRequirementCreate body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @GET("v3/intelRequirements/{id}")
  Call<Envelope<IntelRequirement>> get(@Path("id") long id, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @PUT("v3/intelRequirements/{id}")
  Call<Envelope<IntelRequirement>> update(@Path("id") long id, @Body IntelRequirementUpdate body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @DELETE("v3/intelRequirements/{id}")
  Call<Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner);

  @GET("v3/intelRequirements")
  Call<Envelope<List<IntelRequirement>>> list(@Query("fields") List<String> fields,
      @Query("tql") String tql, @Query("owner") String owner, @Query("sorting") String sorting,
      @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit);

  @GET
  Call<Envelope<List<IntelRequirement>>> page(@Url String next);

  @OPTIONS("v3/intelRequirements/fields")
  Call<Envelope<List<FieldInfo>>> fields();
}
