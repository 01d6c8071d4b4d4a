package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.Attribute;
import dev.tcpivot.Tag;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimCreate;
import dev.tcpivot.v3.VictimField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** v3/victims/create.rst, L15-101. */
@ExtendWith(SandboxExtension.class)
class VictimCreateExampleTest {
  /**
   * L33-81: John Doe, associated to an existing Group and to a new Bad Adversary, with a
   * Description, two Tags and his organisation. The example also adds an Email Address Victim Asset
   * under {@code assets} (L38-46), which the SDK cannot express: {@code VictimCreate} (and {@code
   * VictimUpdate}, for victims/update.rst L30-37) has no {@code assets} setter. That part is left
   * out.
   */
  @Test
  void johnDoeWithAnExistingGroupAndANewAdversary(ThreatConnect tc) {
    Group existing = new Existing(tc).aGroup();

    Victim created =
        tc.victims()
            .create(
                VictimCreate.of("John Doe")
                    .associatedGroups(
                        GroupRef.id(existing.id()), NewGroup.adversary("Bad Adversary"))
                    .attributes(
                        Attribute.of(
                                "Description", "John Doe works in the Company ABC's HR Department.")
                            .asDefault())
                    .nationality("American")
                    .org("Company ABC")
                    .suborg("HR Department")
                    .tags(Tag.of("Targeted Attack"), Tag.technique("T1566"))
                    .workLocation("Washington, D.C.")
                    .build(),
                VictimField.ASSOCIATED_GROUPS,
                VictimField.ATTRIBUTES,
                VictimField.TAGS);

    Victim read =
        tc.victims()
            .get(
                created.id(),
                VictimField.ASSOCIATED_GROUPS,
                VictimField.ATTRIBUTES,
                VictimField.TAGS);
    for (Victim victim : List.of(created, read)) {
      assertEquals("John Doe", victim.name());
      assertEquals("Company ABC", victim.org());
      assertEquals("HR Department", victim.suborg());
      assertEquals("Washington, D.C.", victim.workLocation());
      assertEquals("American", victim.nationality());
      assertEquals("Demo Organization", victim.ownerName());
      assertEquals(
          Set.of(existing.name(), "Bad Adversary"),
          victim.associatedGroups().stream().map(Group::name).collect(Collectors.toSet()));
      assertEquals(2, victim.associatedGroups().size());
      assertEquals(1, ReadBack.items(victim.asMap(), "attributes").size());
      assertEquals(2, ReadBack.items(victim.asMap(), "tags").size());
    }
  }
}
