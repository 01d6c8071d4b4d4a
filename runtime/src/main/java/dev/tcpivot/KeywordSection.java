package dev.tcpivot;

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
  private KeywordSection() {
    super("KeywordSection", Kind.VALUE);
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
      items.add(new Keyword(Checks.notBlank(keywords[i], "keywords[" + i + "]")));
    }
    KeywordSection section = new KeywordSection();
    section.put("compareValue", compareValue.wireValue());
    section.put("keywords", new Array(List.copyOf(items)));
    section.put("sectionNumber", whole(sectionNumber));
    return section;
  }

  private static final class Keyword extends WireObject {
    Keyword(String value) {
      super("Keyword", Kind.VALUE);
      put("value", value);
    }
  }
}
