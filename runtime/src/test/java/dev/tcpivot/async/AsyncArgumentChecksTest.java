package dev.tcpivot.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ListOptions;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.IndicatorField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * An asynchronous endpoint refuses bad arguments as its blocking twin does: thrown at once by the
 * call, with the same exception and message, before anything is sent (the project's rule for bad
 * input), rather than through the future.
 */
class AsyncArgumentChecksTest {
  @RegisterExtension final MockApi api = new MockApi();
  private final ThreatConnect tc = api.hmacClient();

  @Test
  void anIdThatIsNotPositive() {
    sameRefusal(() -> tc.groups().get(0), () -> tc.async().groups().get(0));
    sameRefusal(() -> tc.groups().delete(-3), () -> tc.async().groups().delete(-3));
  }

  @Test
  void aMissingBody() {
    sameRefusal(() -> tc.groups().create(null), () -> tc.async().groups().create(null));
    sameRefusal(() -> tc.cases().update(4, null), () -> tc.async().cases().update(4, null));
  }

  @Test
  void aNullField() {
    sameRefusal(() -> tc.groups().get(4, (GroupField) null), () -> tc.async().groups().get(4, (GroupField) null));
  }

  @Test
  void anXidWithoutAnOwner() {
    sameRefusal(() -> tc.groups().getByXid("campaign-7"), () -> tc.async().groups().getByXid("campaign-7"));
  }

  @Test
  void anIndicatorSummaryOfDigitsOnly() {
    sameRefusal(() -> tc.indicators().get("12345"), () -> tc.async().indicators().get("12345"));
  }

  @Test
  void nullListOptionsAndBlankOwners() {
    sameRefusal(() -> tc.indicators().list((ListOptions) null, IndicatorField.TAGS),
        () -> tc.async().indicators().list((ListOptions) null, IndicatorField.TAGS));
    sameRefusal(() -> tc.victims().inOwner(" "), () -> tc.async().victims().inOwner(" "));
    sameRefusal(() -> tc.victims().with(null), () -> tc.async().victims().with(null));
  }

  @Test
  void aResumeLinkOfAnotherHost() {
    String elsewhere = "https://elsewhere.example/api/v3/groups?resultStart=100";
    sameRefusal(() -> tc.groups().resume(elsewhere), () -> tc.async().groups().resume(elsewhere));
  }

  private void sameRefusal(Executable blocking, Executable async) {
    RuntimeException expected = assertThrows(RuntimeException.class, blocking);
    RuntimeException actual = assertThrows(RuntimeException.class, async);
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected.getMessage(), actual.getMessage());
    assertEquals(0, api.requestCount(), "nothing is sent");
  }
}
