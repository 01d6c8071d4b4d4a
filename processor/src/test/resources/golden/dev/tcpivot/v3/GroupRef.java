package dev.tcpivot.v3;

import dev.tcpivot.IdRef;
import dev.tcpivot.WireObject;
import javax.annotation.processing.Generated;

/**
 * Existing Groups, named by ID.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class GroupRef {
  private GroupRef() {
  }

  /**
   * An existing Group by ID; the only kind of ref that can remove an association.
   */
  public static IdRef<Group> id(long id) {
    return new Id(id);
  }

  private static final class Id extends WireObject implements IdRef<Group> {
    Id(long id) {
      super("GroupRef", id);
    }

    @Override
    public long id() {
      return idValue();
    }
  }
}
