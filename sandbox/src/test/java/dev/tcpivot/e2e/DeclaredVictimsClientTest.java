package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimUpdate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link VictimsClient} against the sandbox: /v3/victims associates Groups, within the Victim's
 * owner.
 */
@ExtendWith(SandboxExtension.class)
class DeclaredVictimsClientTest {
  @Test
  void victimInASourceTakesAGroupOfThatSource(ThreatConnect tc) {
    VictimsClient victims = tc.create(VictimsClient.class);
    Group inSource = new Existing(tc).aGroupIn(Existing.DEMO_SOURCE);

    Victim created =
        victims.create(Bodies.victim().build(), Existing.DEMO_SOURCE, GroupRef.id(inSource.id()));

    assertEquals(Existing.DEMO_SOURCE, created.ownerName());
    assertEquals(
        List.of(inSource.id()),
        ReadBack.ids(
            victims.get(created.id(), Existing.DEMO_SOURCE).associatedGroups(), Group::id));
    List<Victim> inThatSource = new ArrayList<>();
    victims.all(Existing.DEMO_SOURCE).forEach(inThatSource::add);
    assertEquals(List.of(created.id()), ReadBack.ids(inThatSource, Victim::id));
  }

  @Test
  void victimOfTheOrganizationRefusesAGroupOfASource(ThreatConnect tc) {
    VictimsClient victims = tc.create(VictimsClient.class);
    Group inSource = new Existing(tc).aGroupIn(Existing.DEMO_SOURCE);

    ThreatConnectException refused =
        assertThrows(
            ThreatConnectException.class,
            () -> victims.create(Bodies.victim().build(), null, GroupRef.id(inSource.id())));

    assertEquals(400, refused.status());
  }

  @Test
  void newGroupThenReplaceGroupsByIdThenRename(ThreatConnect tc) {
    VictimsClient victims = tc.create(VictimsClient.class);
    Existing existing = new Existing(tc);
    Group one = existing.aGroup();
    Group two = existing.aGroup();

    Victim created =
        victims.create(Bodies.victim().build(), null, NewGroup.adversary("Bad Adversary"));
    assertEquals(
        List.of("Bad Adversary"), created.associatedGroups().stream().map(Group::name).toList());

    Victim replaced = victims.replaceGroups(created.id(), List.of(one.id(), two.id()));
    assertEquals(List.of(one.id(), two.id()), ReadBack.ids(replaced.associatedGroups(), Group::id));

    victims.change(created.id(), VictimUpdate.builder().name("Jane Doe").build());
    Victim read = victims.get(created.id(), null);
    assertEquals("Jane Doe", read.name());
    assertEquals(List.of(one.id(), two.id()), ReadBack.ids(read.associatedGroups(), Group::id));
  }
}
