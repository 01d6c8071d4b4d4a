package dev.tcpivot.spec;

/** A field that responses carry but a body cannot set, e.g. {@code dateAdded}. */
public record ReadOnlyField(String name, Value value, SourceLine source) {}
