package dev.tcpivot.v3;

import dev.tcpivot.IdRef;
import dev.tcpivot.WireObject;
import javax.annotation.processing.Generated;

/**
 * Existing Cases, named by ID.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class CaseRef {
  private CaseRef() {
  }

  /**
   * An existing Case by ID; the only kind of ref that can remove an association.
   */
  public static IdRef<Case> id(long id) {
    return new Id(id);
  }

  private static final class Id extends WireObject implements IdRef<Case> {
    Id(long id) {
      super("CaseRef", id);
    }

    @Override
    public long id() {
      return idValue();
    }
  }
}
