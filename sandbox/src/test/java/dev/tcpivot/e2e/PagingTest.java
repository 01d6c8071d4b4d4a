package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.ListOptions;
import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Listing with {@code resultStart}/{@code resultLimit} (v3/enable_pagination.rst) and a TQL filter
 * (v3/filter_results.rst): the SDK follows the absolute {@code next} links (L52-53) and returns
 * every match exactly once.
 */
@ExtendWith(SandboxExtension.class)
class PagingTest {
  @Test
  void listFollowsNextAcrossPagesAndReturnsEachMatchOnce(ThreatConnect tc) {
    List<String> hosts = create(tc, 23);
    new Existing(tc).anAddress(); // does not match the filter

    Paged<Indicator> paged =
        tc.indicators()
            .list(
                ListOptions.builder()
                    .pageSize(5)
                    .tql("summary IN (" + quoted(hosts) + ")")
                    .build());

    List<String> listed = new ArrayList<>();
    paged.forEach(i -> listed.add(i.summary()));
    assertEquals(hosts.size(), listed.size(), listed::toString);
    assertEquals(new HashSet<>(hosts), new HashSet<>(listed));
    assertEquals(
        listed,
        paged.stream().map(Indicator::summary).collect(Collectors.toList()),
        "a second walk");
  }

  @Test
  void aLastPageThatIsExactlyFullEndsTheWalk(ThreatConnect tc) {
    List<String> hosts = create(tc, 12);

    List<String> listed =
        tc
            .indicators()
            .list(
                ListOptions.builder().pageSize(4).tql("summary IN (" + quoted(hosts) + ")").build())
            .stream()
            .map(Indicator::summary)
            .collect(Collectors.toList());

    assertEquals(
        hosts.stream().sorted().collect(Collectors.toList()),
        listed.stream().sorted().collect(Collectors.toList()));
  }

  /** L21-28: without resultLimit the API pages by 100; more than a page still comes back whole. */
  @Test
  void theDefaultPageSizeIsFollowedToo(ThreatConnect tc) {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      emails.add(
          tc.indicators().create(IndicatorCreate.emailAddress(Unique.email()).build()).summary());
    }

    List<String> listed =
        tc
            .indicators()
            .list(ListOptions.builder().tql("typeName EQ \"EmailAddress\"").build())
            .stream()
            .map(Indicator::summary)
            .collect(Collectors.toList());

    assertEquals(emails.size(), listed.size());
    assertEquals(new HashSet<>(emails), new HashSet<>(listed));
  }

  /**
   * L42-53: {@code resultStart=5&resultLimit=10} starts at the sixth object and pages on from
   * there.
   */
  @Test
  void resultStartSkipsTheFirstObjects(ThreatConnect tc) {
    List<String> hosts = create(tc, 30);
    String tql = "summary IN (" + quoted(hosts) + ")";
    List<String> all =
        tc.indicators().list(ListOptions.builder().tql(tql).build()).stream()
            .map(Indicator::summary)
            .collect(Collectors.toList());

    List<String> fromSixth =
        tc
            .indicators()
            .list(ListOptions.builder().tql(tql).resultStart(5).pageSize(10).build())
            .stream()
            .map(Indicator::summary)
            .collect(Collectors.toList());

    assertEquals(all.subList(5, 30), fromSixth);
  }

  @Test
  void listedObjectsCarryTheRequestedAssociations(ThreatConnect tc) {
    Group group = new Existing(tc).aGroup();
    Set<String> mutexes = new HashSet<>();
    for (int i = 0; i < 7; i++) {
      String mutex = Unique.name("Global\\paging-mutex");
      mutexes.add(mutex);
      tc.indicators()
          .create(IndicatorCreate.mutex(mutex).associatedGroups(GroupRef.id(group.id())).build());
    }

    List<Indicator> listed = new ArrayList<>();
    tc.indicators()
        .list(
            ListOptions.builder().pageSize(3).tql("typeName EQ \"Mutex\"").build(),
            IndicatorField.ASSOCIATED_GROUPS)
        .forEach(listed::add);

    assertEquals(mutexes, listed.stream().map(Indicator::summary).collect(Collectors.toSet()));
    for (Indicator mutex : listed) {
      assertEquals(
          List.of(group.id()), ReadBack.ids(mutex.associatedGroups(), Group::id), mutex::toString);
    }
  }

  private static List<String> create(ThreatConnect tc, int count) {
    List<String> hosts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      hosts.add(tc.indicators().create(Bodies.host().build()).summary());
    }
    return hosts;
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
  }
}
