package dev.tcpivot;

/**
 * A Group at one end of an association in a batch file: a {@link BatchGroup} added to the file,
 * or an existing Group of the job's owner by ID ({@link BatchRef#groupId}) or by XID
 * ({@link BatchRef#groupXid}). There is no way to name another owner: the V2 Batch API does not
 * support cross-owner associations (v2_batch_api.rst L11-12).
 */
public abstract class BatchGroupRef {
  BatchGroupRef() {}

  /** The XID, or null for an existing Group by ID. */
  abstract String xid();

  /** The ID of an existing Group, or 0. */
  abstract long id();

  /** Whether this is a {@link BatchGroup}, which must have been added to the file. */
  abstract boolean inFile();

  /** An existing Group of the job's owner, by ID or by XID. */
  static final class Existing extends BatchGroupRef {
    private final String xid;
    private final long id;

    Existing(String xid, long id) {
      this.xid = xid;
      this.id = id;
    }

    @Override
    String xid() {
      return xid;
    }

    @Override
    long id() {
      return id;
    }

    @Override
    boolean inFile() {
      return false;
    }

    @Override
    public String toString() {
      return xid != null ? "BatchRef.groupXid(" + xid + ")" : "BatchRef.groupId(" + id + ")";
    }
  }
}
