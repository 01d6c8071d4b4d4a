package dev.tcpivot;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** The V2 Batch API's calls (threatconnect-v2-batch/v2_batch_api.rst); their bodies are not the v3 envelope. */
interface BatchApi {
  /** L26-40: creates a job; 201 {@code {"status": "Success", "data": {"batchId": N}}}. */
  @POST("v2/batch")
  Call<ResponseBody> create(@Body RequestBody options);

  /** L778-801: uploads the input file; 202 {@code {status: "Queued"}}. */
  @POST("v2/batch/{id}")
  Call<ResponseBody> upload(@Path("id") long id, @Body RequestBody file);

  /** L827-854: the job's status. */
  @GET("v2/batch/{id}")
  Call<ResponseBody> status(@Path("id") long id);

  /** L906-920: the job's errors; 404 when it has none. */
  @GET("v2/batch/{id}/results")
  Call<ResponseBody> results(@Path("id") long id);
}
