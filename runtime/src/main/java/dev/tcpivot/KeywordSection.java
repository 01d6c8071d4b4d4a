package dev.tcpivot;

import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.WireObject;
import dev.tcpivot.v3.KeywordComparison;
import java.util.ArrayList;
import java.util.List;

/**
 * One section of an Intelligence Requirement's keyword query:
 * {@code {"compareValue": "includes", "keywords": [{"value": "..."}], "sectionNumber": 0}}. The
 * total number of keywords of an IR is limited by the instance (300 by default); above it the API
 * answers 400.
 */
public final class KeywordSection extends WireObject {
  private KeywordSection(Fields fields) {
    super(fields);
  }

  /** A section that includes or excludes results matching any of the keywords. */
  public static KeywordSection of(KeywordComparison compareValue, int sectionNumber, String... keywords) {
    Checks.notNull(compareValue, "compareValue");
    if (sectionNumber < 0) {
      throw new IllegalArgumentException("sectionNumber must not be negative, not " + sectionNumber);
    }
    Checks.elements(keywords, "keywords");
    if (keywords.length == 0) {
      throw new IllegalArgumentException("keywords is empty: name at least one");
    }
    List<Keyword> items = new ArrayList<>();
    for (int i = 0; i < keywords.length; i++) {
      String value = Checks.notBlank(keywords[i], "keywords[" + i + "]");
      items.add(new Keyword(Fields.builder().put("value", value).build()));
    }
    return new KeywordSection(
        Fields.builder()
            .put("compareValue", compareValue)
            .put("keywords", List.copyOf(items))
            .put("sectionNumber", sectionNumber)
            .build());
  }

  private static final class Keyword extends WireObject {
    Keyword(Fields fields) {
      super(fields);
    }
  }
}
