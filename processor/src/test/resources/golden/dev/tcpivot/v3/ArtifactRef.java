package dev.tcpivot.v3;

import dev.tcpivot.IdRef;
import dev.tcpivot.WireObject;
import javax.annotation.processing.Generated;

/**
 * Existing Artifacts, named by ID.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class ArtifactRef {
  private ArtifactRef() {
  }

  /**
   * An existing Artifact by ID; the only kind of ref that can remove an association.
   */
  public static IdRef<Artifact> id(long id) {
    return new Id(id);
  }

  private static final class Id extends WireObject implements IdRef<Artifact> {
    Id(long id) {
      super("ArtifactRef", id);
    }

    @Override
    public long id() {
      return idValue();
    }
  }
}
