package dev.tcpivot.checks;

import static dev.tcpivot.testing.JsonTrees.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tcpivot.Associations;
import dev.tcpivot.Ref;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.NewGroup;
import org.junit.jupiter.api.Test;

/**
 * A request or ref, once made, sends the same body whatever is done afterwards with the builder or
 * the ref it came from: a builder may be built, changed and built again, and a ref moved to another
 * owner is a new ref.
 */
class BuiltRequestsStayPutTest {

  @Test
  void aBuilderChangedAfterBuildLeavesTheFirstUpdateAsItWas() {
    GroupUpdate.Builder builder =
        GroupUpdate.builder().associatedGroups(Associations.append(GroupRef.id(12)));
    GroupUpdate first = builder.build();
    builder.name("Renamed")
        .associatedIndicators(Associations.append(IndicatorRef.host("bad.example")));
    GroupUpdate second = builder.build();

    // v3/associations.rst: a block is {"data": [...], "mode": ...}; the first build is unchanged
    assertEquals("{\"associatedGroups\":{\"data\":[{\"id\":12}],\"mode\":\"append\"}}",
        written(first).toString());
    assertEquals("{\"associatedGroups\":{\"data\":[{\"id\":12}],\"mode\":\"append\"},"
            + "\"name\":\"Renamed\",\"associatedIndicators\":{\"data\":[{\"type\":\"Host\",\"hostName\":\"bad.example\"}],"
            + "\"mode\":\"append\"}}",
        written(second).toString());
    assertNotEquals(first, second);
    assertEquals(first, GroupUpdate.builder().associatedGroups(Associations.append(GroupRef.id(12))).build());
  }

  @Test
  void aSetterCalledAgainAfterBuildChangesOnlyTheNextUpdate() {
    GroupUpdate.Builder builder = GroupUpdate.builder().name("Before");
    GroupUpdate first = builder.build();
    GroupUpdate second = builder.name("After").build();

    assertEquals("{\"name\":\"Before\"}", written(first).toString());
    assertEquals("{\"name\":\"After\"}", written(second).toString());
  }

  @Test
  void aRefInAnotherOwnerLeavesTheRefItCameFromAsItWas() {
    NewGroup adversary = NewGroup.adversary("Bad Guy");
    Ref<Group> inSource = adversary.ownerName("Demo Source");
    Ref<Group> inOrganization = adversary.ownerName("Demo Organization");

    GroupUpdate update =
        GroupUpdate.builder().associatedGroups(Associations.append(adversary, inSource, inOrganization)).build();

    assertEquals("{\"associatedGroups\":{\"data\":["
            + "{\"type\":\"Adversary\",\"name\":\"Bad Guy\"},"
            + "{\"type\":\"Adversary\",\"name\":\"Bad Guy\",\"ownerName\":\"Demo Source\"},"
            + "{\"type\":\"Adversary\",\"name\":\"Bad Guy\",\"ownerName\":\"Demo Organization\"}],"
            + "\"mode\":\"append\"}}",
        written(update).toString());
    assertEquals(adversary, NewGroup.adversary("Bad Guy"));
    assertEquals(adversary.hashCode(), NewGroup.adversary("Bad Guy").hashCode());
  }
}
