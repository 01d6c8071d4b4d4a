package dev.tcpivot.cli;

/** How a run shows its progress on stderr. */
enum ProgressMode {
  /** One line redrawn in place: for a person at a terminal. */
  BAR,
  /** One line per step: for logs and pipes. */
  LINES,
  /** Nothing until the summary. */
  NONE;

  /** The mode asked for, or else a bar on a terminal and lines elsewhere. */
  static ProgressMode choose(ProgressMode asked, boolean terminal) {
    if (asked != null) {
      return asked;
    }
    return terminal ? BAR : LINES;
  }
}
