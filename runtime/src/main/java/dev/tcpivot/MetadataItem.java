package dev.tcpivot;

/** An item of a metadata field that a PUT may change with a mode: a Tag, Security Label or Attribute. */
public interface MetadataItem {}
