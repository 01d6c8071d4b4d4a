package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of a job's {@code /results} and error file, in the shape of v2_batch_api.rst L911-920:
 * {@code code}, {@code severity}, {@code errorReason} (what went wrong) and {@code errorMessage}
 * (where: the JSON path of the object and its summary or XID).
 */
record BatchError(String code, String severity, String errorReason, String errorMessage) {
  ObjectNode render() {
    ObjectNode node = Json.object();
    node.put("code", code);
    node.put("severity", severity);
    node.put("errorReason", errorReason);
    node.put("errorMessage", errorMessage);
    return node;
  }

  /** A unit refused: {@code where} is e.g. {@code indicator[2] 'badguyz.com'} (BatchFile). */
  static BatchError of(String code, String where, String reason) {
    return new BatchError(code, BatchFacts.SEVERITY, reason, BatchMessages.lastProcessed(where));
  }

  /** The whole file refused, before any unit (L906-920: code 0x1003). */
  static BatchError ofFile(String reason) {
    return new BatchError(
        BatchFacts.CODE_FILE, BatchFacts.SEVERITY, reason, BatchMessages.FILE_NOT_PROCESSED);
  }
}
