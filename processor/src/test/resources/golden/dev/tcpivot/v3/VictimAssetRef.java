package dev.tcpivot.v3;

import dev.tcpivot.IdRef;
import dev.tcpivot.internal.IdReference;
import javax.annotation.processing.Generated;

/**
 * Existing Victim Assets, named by ID.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimAssetRef {
  private VictimAssetRef() {
  }

  /**
   * An existing Victim Asset by ID; the only kind of ref that can remove an association.
   */
  public static IdRef<VictimAsset> id(long id) {
    return new IdReference<>("VictimAssetRef", id);
  }
}
