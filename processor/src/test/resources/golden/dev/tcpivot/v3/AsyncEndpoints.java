package dev.tcpivot.v3;

import dev.tcpivot.AsyncPaged;
import dev.tcpivot.ThreatConnect;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The v3 endpoints without blocking: the accessors of {@link Endpoints}, each returning an endpoint
 * whose calls answer with a {@link CompletableFuture} (lists: an {@link AsyncPaged}). Cancelling a future cancels
 * its request and the retries still pending; bad arguments are thrown at once, before anything
 * is sent. The built-in endpoints come from {@code ThreatConnect.async()}; thread-safe.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class AsyncEndpoints {
  private final AsyncArtifacts artifacts;

  private final AsyncCases cases;

  private final AsyncGroups groups;

  private final AsyncIndicators indicators;

  private final AsyncIntelRequirements intelRequirements;

  private final AsyncVictims victims;

  private final AsyncVictimAssets victimAssets;

  private AsyncEndpoints(ThreatConnect threatConnect) {
    this.artifacts = new AsyncArtifacts(threatConnect);
    this.cases = new AsyncCases(threatConnect);
    this.groups = new AsyncGroups(threatConnect);
    this.indicators = new AsyncIndicators(threatConnect);
    this.intelRequirements = new AsyncIntelRequirements(threatConnect);
    this.victims = new AsyncVictims(threatConnect);
    this.victimAssets = new AsyncVictimAssets(threatConnect);
  }

  /**
   * {@code /v3/artifacts}, without blocking.
   */
  public AsyncArtifacts artifacts() {
    return artifacts;
  }

  /**
   * {@code /v3/cases}, without blocking.
   */
  public AsyncCases cases() {
    return cases;
  }

  /**
   * {@code /v3/groups}, without blocking.
   */
  public AsyncGroups groups() {
    return groups;
  }

  /**
   * {@code /v3/indicators}, without blocking.
   */
  public AsyncIndicators indicators() {
    return indicators;
  }

  /**
   * {@code /v3/intelRequirements}, without blocking.
   */
  public AsyncIntelRequirements intelRequirements() {
    return intelRequirements;
  }

  /**
   * {@code /v3/victims}, without blocking.
   */
  public AsyncVictims victims() {
    return victims;
  }

  /**
   * {@code /v3/victimAssets}, without blocking.
   */
  public AsyncVictimAssets victimAssets() {
    return victimAssets;
  }

  /**
   * These endpoints over a client's connection, credentials and request budget, which they
   * share with its blocking endpoints: for an SDK that a module generates from tables of its own
   * (with {@code @ThreatConnectSdk}); the built-in one is {@code threatConnect.async()}.
   */
  public static AsyncEndpoints of(ThreatConnect threatConnect) {
    return new AsyncEndpoints(threatConnect);
  }
}
