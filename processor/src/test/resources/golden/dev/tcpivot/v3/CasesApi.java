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
 * The HTTP calls of {@code /v3/cases}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
interface CasesApi {
  @POST("v3/cases")
  Call<Envelope<Case>> create(@Body CaseCreate body, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @GET("v3/cases/{id}")
  Call<Envelope<Case>> get(@Path("id") long id, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @PUT("v3/cases/{id}")
  Call<Envelope<Case>> update(@Path("id") long id, @Body CaseUpdate body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @DELETE("v3/cases/{id}")
  Call<Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner);

  @GET("v3/cases")
  Call<Envelope<List<Case>>> list(@Query("fields") List<String> fields, @Query("tql") String tql,
      @Query("owner") String owner, @Query("sorting") String sorting,
      @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit);

  @GET
  Call<Envelope<List<Case>>> page(@Url String next);

  @OPTIONS("v3/cases/fields")
  Call<Envelope<List<FieldInfo>>> fields();
}
