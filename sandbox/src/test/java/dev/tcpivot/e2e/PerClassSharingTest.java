package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.GroupCreate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The default stays: the test methods of a class share one sandbox and its objects. */
@ExtendWith(SandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassSharingTest {
  @Test
  @Order(1)
  void firstMethodCreates(ThreatConnect tc) {
    tc.groups().create(GroupCreate.adversary("Shared").build());
    assertEquals(1, tc.groups().count());
  }

  @Test
  @Order(2)
  void secondMethodSeesIt(ThreatConnect tc) {
    assertEquals(1, tc.groups().count());
  }
}
