package dev.tcpivot.v3;

import dev.tcpivot.IdRef;
import dev.tcpivot.internal.IdReference;
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
    return new IdReference<>("CaseRef", id);
  }
}
