package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.AuthenticationException;
import dev.tcpivot.BadRequestException;
import dev.tcpivot.NotFoundException;
import dev.tcpivot.PermissionException;
import dev.tcpivot.RateLimitedException;
import dev.tcpivot.RetryPolicy;
import dev.tcpivot.ServerErrorException;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.VictimCreate;
import dev.tcpivot.v3.VictimUpdate;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SDK's refusal types end to end, over real HTTP: each status the sandbox answers the way
 * v3/http_status_codes.rst describes reaches the caller as the type that says what it means, with
 * the sandbox's own words.
 */
@SandboxPerMethod
class SdkRefusalTypesTest {
  /** v3/http_status_codes.rst, 404: "The requested resource does not exist." */
  @Test
  void anIdThatDoesNotExistIsNotFound(ThreatConnect tc, Sandbox sandbox) {
    NotFoundException e = assertThrows(NotFoundException.class, () -> tc.groups().get(987654));

    assertEquals(404, e.status());
    assertEquals("GET", e.method());
    assertEquals("/api/v3/groups/987654", e.path());
    assertEquals(new TestClient(sandbox).get("/v3/groups/987654").message(), e.serverMessage());
  }

  /**
   * v3/indicators/associations.rst L206-228: an Address cannot take an ASN (the ASN is the primary
   * type); the typed SDK lets the PUT through, as only the instance's association types decide.
   */
  @Test
  void aWrongWayIndicatorAssociationIsABadRequestWithErrCode(ThreatConnect tc) {
    tc.indicators().create(IndicatorCreate.asn("ASN204288").build());
    tc.indicators().create(IndicatorCreate.address("66.96.146.129").build());

    BadRequestException e = assertThrows(BadRequestException.class, () -> tc.indicators().update("66.96.146.129",
        IndicatorUpdate.builder().associatedIndicators(IndicatorRef.asn("ASN204288")).build()));

    assertEquals(400, e.status());
    assertEquals(Optional.of("0x1001"), e.errorCode());
    assertEquals("Association cannot be applied to the indicator types.", e.serverMessage());
  }

  /**
   * v3/associations.rst: Victims do not associate across owners; an id names a Group in any owner,
   * so the SDK sends it and the server refuses.
   */
  @Test
  void aCrossOwnerVictimAssociationIsABadRequest(ThreatConnect tc, Sandbox sandbox) {
    long group = tc.groups().inOwner(sandbox.community().name())
        .create(GroupCreate.adversary("Elsewhere").build()).id();
    long victim = tc.victims().create(VictimCreate.of("Acme").build()).id();

    BadRequestException e = assertThrows(BadRequestException.class, () -> tc.victims().update(victim,
        VictimUpdate.builder().associatedGroups(GroupRef.id(group)).build()));

    Response raw = new TestClient(sandbox).put("/v3/victims/" + victim,
        "{\"associatedGroups\": {\"data\": [{\"id\": " + group + "}]}}");
    assertEquals(400, raw.status(), raw::toString);
    assertEquals(raw.message(), e.serverMessage());
    assertTrue(e.serverMessage().contains("does not accept associations across owners"), e.serverMessage());
  }

  /** other/common_errors.rst, "Signature Data Did Not Match Expected Result". */
  @Test
  void aWrongSecretKeyIsRefusedCredentials(Sandbox sandbox) {
    ThreatConnect wrong = ThreatConnect.builder().baseUrl(sandbox.baseUrl())
        .hmac(sandbox.accessId(), sandbox.secretKey() + "x").retries(RetryPolicy.none()).build();

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> wrong.groups().get(1));

    assertEquals(401, e.status());
    assertEquals("Signature Data Did Not Match Expected Result", e.serverMessage());
    assertFalse(e.clockSkew());
  }

  /** other/common_errors.rst, "Unauthorized": a token that is not (or no longer) the user's. */
  @Test
  void aWrongTokenIsRefusedCredentials(Sandbox sandbox) {
    ThreatConnect wrong = ThreatConnect.builder().baseUrl(sandbox.baseUrl())
        .token(sandbox.apiToken() + "x").retries(RetryPolicy.none()).build();

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> wrong.victims().get(1));

    assertEquals(401, e.status());
    assertEquals("Unauthorized", e.serverMessage());
  }

  /** v3/http_status_codes.rst, 403: "an owner that does not exist or to which they do not have access". */
  @Test
  void anOwnerThatDoesNotExistIsAPermissionRefusal(ThreatConnect tc) {
    PermissionException e = assertThrows(PermissionException.class,
        () -> tc.groups().inOwner("No Such Owner").create(GroupCreate.adversary("Bad Guy").build()));

    assertEquals(403, e.status());
    assertEquals("POST", e.method());
    assertEquals("Owner 'No Such Owner' does not exist or is not accessible to the API user", e.serverMessage());
  }

  @Test
  void aRateLimitCarriesItsRetryAfter(Sandbox sandbox) {
    ThreatConnect once = client(sandbox, RetryPolicy.none());
    sandbox.faults().next(1).matching("GET", "/v3/groups/*").respond(429).retryAfter(Duration.ofSeconds(2));

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> once.groups().get(5));

    assertEquals(429, e.status());
    assertEquals(1, e.attempts());
    assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
    assertEquals("The sandbox was asked to answer GET /v3/groups/* with HTTP 429", e.serverMessage());
  }

  @Test
  void aRateLimitAfterTheRetriesRanOut(Sandbox sandbox) {
    ThreatConnect twice = client(sandbox, RetryPolicy.builder().maxAttempts(2).build());
    sandbox.faults().next(2).matching("GET", "/v3/victims/*").respond(429).retryAfter(Duration.ZERO);

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> twice.victims().get(5));

    assertEquals(2, e.attempts());
    assertEquals(Optional.of(Duration.ZERO), e.retryAfter());
    assertEquals(0, sandbox.faults().pending());
  }

  /** v3/http_status_codes.rst, 503: "The ThreatConnect instance is not licensed to enable the API." */
  @Test
  void serviceUnavailableIsAServerError(Sandbox sandbox) {
    ThreatConnect once = client(sandbox, RetryPolicy.none());
    sandbox.faults().next(1).matching("POST", "/v3/groups").respond(503);

    ThreatConnectException e = assertThrows(ThreatConnectException.class,
        () -> once.groups().create(GroupCreate.adversary("Bad Guy").build()));

    assertEquals(ServerErrorException.class, e.getClass());
    assertEquals(503, e.status());
    assertEquals("The sandbox was asked to answer POST /v3/groups with HTTP 503", e.serverMessage());
  }

  private static ThreatConnect client(Sandbox sandbox, RetryPolicy policy) {
    return ThreatConnect.builder().baseUrl(sandbox.baseUrl()).hmac(sandbox.accessId(), sandbox.secretKey())
        .retries(policy).build();
  }
}
