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
 * The HTTP calls of {@code /v3/groups}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
interface GroupsApi {
  @POST("v3/groups")
  Call<Envelope<Group>> create(@Body GroupCreate body, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @GET("v3/groups/{id}")
  Call<Envelope<Group>> get(@Path("id") long id, @Query("fields") List<String> fields,
      @Query("owner") String owner);

  @PUT("v3/groups/{id}")
  Call<Envelope<Group>> update(@Path("id") long id, @Body GroupUpdate body,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @DELETE("v3/groups/{id}")
  Call<Envelope<Object>> delete(@Path("id") long id, @Query("owner") String owner);

  @GET("v3/groups/{xid}")
  Call<Envelope<Group>> getByXid(@Path(value = "xid", encoded = true) String xid,
      @Query("fields") List<String> fields, @Query("owner") String owner);

  @PUT("v3/groups/{xid}")
  Call<Envelope<Group>> updateByXid(@Path(value = "xid", encoded = true) String xid,
      @Body GroupUpdate body, @Query("fields") List<String> fields, @Query("owner") String owner);

  @DELETE("v3/groups/{xid}")
  Call<Envelope<Object>> deleteByXid(@Path(value = "xid", encoded = true) String xid,
      @Query("owner") String owner);

  @GET("v3/groups")
  Call<Envelope<List<Group>>> list(@Query("fields") List<String> fields, @Query("tql") String tql,
      @Query("owner") String owner, @Query("sorting") String sorting,
      @Query("resultStart") Long resultStart, @Query("resultLimit") Integer resultLimit);

  @GET
  Call<Envelope<List<Group>>> page(@Url String next);

  @OPTIONS("v3/groups/fields")
  Call<Envelope<List<FieldInfo>>> fields();
}
