package dev.tcpivot.v3;

import dev.tcpivot.BatchGroup;
import dev.tcpivot.BatchTable;
import javax.annotation.processing.Generated;

/**
 * The Groups of a V2 Batch API input file, one factory per Group type, whose parameters are
 * the fields a batch file requires of the type, the XID first:
 * {@code BatchGroups.incident("00000000-0000-0000-0000-000000000000:0001", "Ransomware")}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class BatchGroups extends BatchTable {
  private BatchGroups() {
  }

  /**
   * A Adversary Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup adversary(String xid, String name) {
    BatchGroup group = group("Adversary", xid, name);
    return group;
  }

  /**
   * A Attack Pattern Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup attackPattern(String xid, String name) {
    BatchGroup group = group("Attack Pattern", xid, name);
    return group;
  }

  /**
   * A Campaign Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup campaign(String xid, String name) {
    BatchGroup group = group("Campaign", xid, name);
    return group;
  }

  /**
   * A Course of Action Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup courseOfAction(String xid, String name) {
    BatchGroup group = group("Course of Action", xid, name);
    return group;
  }

  /**
   * A Document Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup document(String xid, String name) {
    BatchGroup group = group("Document", xid, name);
    return group;
  }

  /**
   * A Email Group of a batch file, with its {@code xid}, {@code name}, {@code subject}, {@code header}, {@code body}.
   */
  public static BatchGroup email(String xid, String name, String subject, String header,
      String body) {
    BatchGroup group = group("Email", xid, name);
    group = required(group, "subject", subject);
    group = required(group, "header", header);
    group = required(group, "body", body);
    return group;
  }

  /**
   * A Event Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup event(String xid, String name) {
    BatchGroup group = group("Event", xid, name);
    return group;
  }

  /**
   * A Incident Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup incident(String xid, String name) {
    BatchGroup group = group("Incident", xid, name);
    return group;
  }

  /**
   * A Intrusion Set Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup intrusionSet(String xid, String name) {
    BatchGroup group = group("Intrusion Set", xid, name);
    return group;
  }

  /**
   * A Malware Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup malware(String xid, String name) {
    BatchGroup group = group("Malware", xid, name);
    return group;
  }

  /**
   * A Report Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup report(String xid, String name) {
    BatchGroup group = group("Report", xid, name);
    return group;
  }

  /**
   * A Signature Group of a batch file, with its {@code xid}, {@code name}, {@code fileName}, {@code fileText}, {@code fileType}.
   */
  public static BatchGroup signature(String xid, String name, String fileName, String fileText,
      String fileType) {
    BatchGroup group = group("Signature", xid, name);
    group = required(group, "fileName", fileName);
    group = required(group, "fileText", fileText);
    group = required(group, "fileType", fileType);
    return group;
  }

  /**
   * A Tactic Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup tactic(String xid, String name) {
    BatchGroup group = group("Tactic", xid, name);
    return group;
  }

  /**
   * A Task Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup task(String xid, String name) {
    BatchGroup group = group("Task", xid, name);
    return group;
  }

  /**
   * A Threat Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup threat(String xid, String name) {
    BatchGroup group = group("Threat", xid, name);
    return group;
  }

  /**
   * A Tool Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup tool(String xid, String name) {
    BatchGroup group = group("Tool", xid, name);
    return group;
  }

  /**
   * A Vulnerability Group of a batch file, with its {@code xid}, {@code name}.
   */
  public static BatchGroup vulnerability(String xid, String name) {
    BatchGroup group = group("Vulnerability", xid, name);
    return group;
  }
}
