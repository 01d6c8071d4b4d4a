package dev.tcpivot.v3;

import dev.tcpivot.IdRef;
import dev.tcpivot.WireObject;
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
    return new Id(id);
  }

  private static final class Id extends WireObject implements IdRef<VictimAsset> {
    Id(long id) {
      super("VictimAssetRef", id);
    }

    @Override
    public long id() {
      return idValue();
    }
  }
}
