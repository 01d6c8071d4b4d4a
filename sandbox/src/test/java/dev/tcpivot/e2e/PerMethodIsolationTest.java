package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxPerMethod;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code @SandboxPerMethod}: each test method starts from an empty sandbox, behind the same handle,
 * and a {@code @BeforeEach} method runs after the reset.
 */
@SandboxPerMethod
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerMethodIsolationTest {
  private static Sandbox first;
  private Group prepared;

  @BeforeEach
  void prepare(ThreatConnect tc) {
    prepared = tc.groups().create(GroupCreate.adversary("Prepared").build());
  }

  @Test
  @Order(1)
  void firstMethodSeesOnlyItsOwnObjects(ThreatConnect tc, Sandbox sandbox) {
    first = sandbox;
    assertEquals(1, prepared.id());
    tc.groups().create(GroupCreate.campaign("Only in the first method").build());
    assertEquals(2, tc.groups().count());
  }

  @Test
  @Order(2)
  void secondMethodStartsEmptyAgain(ThreatConnect tc, Sandbox sandbox) {
    assertSame(first, sandbox);
    assertEquals(1, prepared.id());
    assertEquals(1, tc.groups().count());
  }
}
