package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.Sandbox;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.GroupCreate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code SandboxExtension.perMethod(builder)} in a static field: owners of its own, empty each time. */
class RegisteredPerMethodTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.perMethod(Sandbox.builder().organization("Acme"));

  @RepeatedTest(3)
  void eachRepetitionStartsEmpty(ThreatConnect tc, Sandbox sandbox) {
    assertEquals("Acme", sandbox.organization().name());
    assertEquals(0, tc.groups().count());
    assertEquals(1, tc.groups().create(GroupCreate.adversary("Bad Guy").build()).id());
  }
}
