package dev.tcpivot.cli;

/**
 * One object of a link file: an ID, or {@code IndicatorType:summary}.
 *
 * @param number the line's number in the file, from 1
 * @param text the line without surrounding spaces
 */
record LinkLine(int number, String text) {
  /** Whether it names an object by ID. */
  boolean isId() {
    return text.chars().allMatch(Character::isDigit);
  }

  /** The ID it names; only when {@link #isId()}. */
  long id() {
    return Long.parseLong(text);
  }
}
