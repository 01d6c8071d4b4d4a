package dev.tcpivot.v3;

import dev.tcpivot.ApiCalls;
import dev.tcpivot.ThreatConnect;
import javax.annotation.processing.Generated;

/**
 * The v3 endpoints, one accessor each. {@link ThreatConnect} is the one to use.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public abstract class Endpoints {
  private final Artifacts artifacts;

  private final Cases cases;

  private final Groups groups;

  private final Indicators indicators;

  private final IntelRequirements intelRequirements;

  private final Victims victims;

  private final VictimAssets victimAssets;

  /**
   * Over the client's connection, which every endpoint shares with it: its Retrofit, retry
   * policy and request budget.
   */
  protected Endpoints(ApiCalls connection) {
    this.artifacts = new Artifacts(connection);
    this.cases = new Cases(connection);
    this.groups = new Groups(connection);
    this.indicators = new Indicators(connection);
    this.intelRequirements = new IntelRequirements(connection);
    this.victims = new Victims(connection);
    this.victimAssets = new VictimAssets(connection);
  }

  private Endpoints(ThreatConnect threatConnect) {
    this.artifacts = new Artifacts(threatConnect);
    this.cases = new Cases(threatConnect);
    this.groups = new Groups(threatConnect);
    this.indicators = new Indicators(threatConnect);
    this.intelRequirements = new IntelRequirements(threatConnect);
    this.victims = new Victims(threatConnect);
    this.victimAssets = new VictimAssets(threatConnect);
  }

  /**
   * {@code /v3/artifacts}
   */
  public final Artifacts artifacts() {
    return artifacts;
  }

  /**
   * {@code /v3/cases}
   */
  public final Cases cases() {
    return cases;
  }

  /**
   * {@code /v3/groups}
   */
  public final Groups groups() {
    return groups;
  }

  /**
   * {@code /v3/indicators}
   */
  public final Indicators indicators() {
    return indicators;
  }

  /**
   * {@code /v3/intelRequirements}
   */
  public final IntelRequirements intelRequirements() {
    return intelRequirements;
  }

  /**
   * {@code /v3/victims}
   */
  public final Victims victims() {
    return victims;
  }

  /**
   * {@code /v3/victimAssets}
   */
  public final VictimAssets victimAssets() {
    return victimAssets;
  }

  /**
   * These endpoints over a client's connection and credentials: how an SDK that a module
   * generates from tables of its own (with {@code @ThreatConnectSdk}) is used.
   */
  public static Endpoints of(ThreatConnect threatConnect) {
    return new Attached(threatConnect);
  }

  private static final class Attached extends Endpoints {
    Attached(ThreatConnect threatConnect) {
      super(threatConnect);
    }
  }
}
