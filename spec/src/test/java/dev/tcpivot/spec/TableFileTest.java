package dev.tcpivot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Between double quotes, # and | are plain characters; elsewhere they end a row and split it. */
class TableFileTest {

  @Test
  void quotesKeepHashesAndBars() {
    TableFile table =
        TableFile.parse("t.table", "a | \"x#y|z \" | b   # a comment with \"quotes\n");
    assertEquals(List.of("a", "\"x#y|z \"", "b"), table.rows().get(0).cells());
  }

  @Test
  void unquotedHashStartsAComment() {
    TableFile table = TableFile.parse("t.table", "a | b # c | d\n");
    assertEquals(List.of("a", "b"), table.rows().get(0).cells());
  }

  @Test
  void quotesInsideAWordAreKept() {
    TableFile table = TableFile.parse("t.table", "a | say \"hi | there\" now\n");
    assertEquals(List.of("a", "say \"hi | there\" now"), table.rows().get(0).cells());
  }

  @Test
  void aQuoteLeftOpenIsRefusedWithItsLine() {
    SpecException e =
        assertThrows(
            SpecException.class, () -> TableFile.parse("t.table", "# top\na | \"open # b\n"));
    assertEquals("t.table:2: a double quote is not closed", e.getMessage());
  }
}
