package dev.tcpivot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.v3.AttributeWriteType;
import dev.tcpivot.v3.BatchAction;
import dev.tcpivot.v3.FileMergeMode;
import dev.tcpivot.v3.HashCollisionMode;
import dev.tcpivot.v3.SecurityLabelWriteType;
import dev.tcpivot.v3.TagWriteType;

/**
 * The options of a V2 Batch API job, the body of {@code POST /v2/batch}
 * (threatconnect-v2-batch/v2_batch_api.rst L26-70). {@code owner}, {@code haltOnError},
 * {@code action} and {@code attributeWriteType} are required; an option left unset is not sent,
 * so the server's default applies (batch.table: tagWriteType and securityLabelWriteType Replace,
 * fileMergeMode Merge, hashCollisionMode FavorIncoming).
 *
 * <pre>{@code
 * BatchOptions options = BatchOptions.builder().owner("Demo Organization").haltOnError(false)
 *     .action(BatchAction.CREATE).attributeWriteType(AttributeWriteType.APPEND).build();
 * }</pre>
 */
public final class BatchOptions {
  private final String owner;
  private final boolean haltOnError;
  private final BatchAction action;
  private final AttributeWriteType attributeWriteType;
  private final TagWriteType tagWriteType;
  private final SecurityLabelWriteType securityLabelWriteType;
  private final FileMergeMode fileMergeMode;
  private final HashCollisionMode hashCollisionMode;

  private BatchOptions(Builder b) {
    this.owner = b.owner;
    this.haltOnError = b.haltOnError;
    this.action = b.action;
    this.attributeWriteType = b.attributeWriteType;
    this.tagWriteType = b.tagWriteType;
    this.securityLabelWriteType = b.securityLabelWriteType;
    this.fileMergeMode = b.fileMergeMode;
    this.hashCollisionMode = b.hashCollisionMode;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The owner (Organization, Community or Source) the job writes to. */
  public String owner() {
    return owner;
  }

  /** Whether the job stops at its first error (L44-46); a run then sends no later part. */
  public boolean haltOnError() {
    return haltOnError;
  }

  /** The job's action. */
  public BatchAction action() {
    return action;
  }

  /** How the job writes Attributes. */
  public AttributeWriteType attributeWriteType() {
    return attributeWriteType;
  }

  /** The body of {@code POST /v2/batch}, {@code "version": "V2"} first (L31). */
  ObjectNode body() {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("version", "V2");
    body.put("owner", owner);
    body.put("haltOnError", haltOnError);
    body.put("action", action.wireValue());
    body.put("attributeWriteType", attributeWriteType.wireValue());
    if (tagWriteType != null) {
      body.put("tagWriteType", tagWriteType.wireValue());
    }
    if (securityLabelWriteType != null) {
      body.put("securityLabelWriteType", securityLabelWriteType.wireValue());
    }
    if (fileMergeMode != null) {
      body.put("fileMergeMode", fileMergeMode.wireValue());
    }
    if (hashCollisionMode != null) {
      body.put("hashCollisionMode", hashCollisionMode.wireValue());
    }
    return body;
  }

  @Override
  public String toString() {
    return body().toString();
  }

  /** Builds {@link BatchOptions}; each setter refuses null. */
  public static final class Builder {
    private String owner;
    private Boolean haltOnError;
    private BatchAction action;
    private AttributeWriteType attributeWriteType;
    private TagWriteType tagWriteType;
    private SecurityLabelWriteType securityLabelWriteType;
    private FileMergeMode fileMergeMode;
    private HashCollisionMode hashCollisionMode;

    private Builder() {}

    /** The owner's name, e.g. {@code Demo Organization} (required, L43). */
    public Builder owner(String owner) {
      this.owner = Checks.notBlank(owner, "owner");
      return this;
    }

    /** Whether to stop at the first error (required, L44-46). */
    public Builder haltOnError(boolean haltOnError) {
      this.haltOnError = haltOnError;
      return this;
    }

    /** Create or Delete (required, L47-49). */
    public Builder action(BatchAction action) {
      this.action = Checks.notNull(action, "action");
      return this;
    }

    /** How incoming Attributes are written (required, L50-54). */
    public Builder attributeWriteType(AttributeWriteType type) {
      this.attributeWriteType = Checks.notNull(type, "attributeWriteType");
      return this;
    }

    /** How incoming Tags are written (L55-57; Replace when unset). */
    public Builder tagWriteType(TagWriteType type) {
      this.tagWriteType = Checks.notNull(type, "tagWriteType");
      return this;
    }

    /** How incoming Security Labels are written (L58-60; Replace when unset). */
    public Builder securityLabelWriteType(SecurityLabelWriteType type) {
      this.securityLabelWriteType = Checks.notNull(type, "securityLabelWriteType");
      return this;
    }

    /** Whether File Indicators whose hashes match several are merged (L61-63; Merge when unset). */
    public Builder fileMergeMode(FileMergeMode mode) {
      this.fileMergeMode = Checks.notNull(mode, "fileMergeMode");
      return this;
    }

    /** How file hash collisions are resolved (L64-69; FavorIncoming when unset). */
    public Builder hashCollisionMode(HashCollisionMode mode) {
      this.hashCollisionMode = Checks.notNull(mode, "hashCollisionMode");
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalStateException naming the first required option not set
     */
    public BatchOptions build() {
      if (owner == null) {
        throw new IllegalStateException("owner is required (v2_batch_api.rst L43)");
      }
      if (haltOnError == null) {
        throw new IllegalStateException("haltOnError is required (v2_batch_api.rst L44)");
      }
      if (action == null) {
        throw new IllegalStateException("action is required (v2_batch_api.rst L47)");
      }
      if (attributeWriteType == null) {
        throw new IllegalStateException("attributeWriteType is required (v2_batch_api.rst L50)");
      }
      return new BatchOptions(this);
    }
  }
}
