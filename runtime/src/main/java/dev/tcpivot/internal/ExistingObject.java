package dev.tcpivot.internal;

/**
 * Marks a ref to an object that exists already: an ID ({@link IdReference}), an Indicator by type
 * and summary (the generated {@code IndicatorRef}, {@link SummaryReference}), or either of those
 * in a named owner ({@link OwnedReference#of}). Linking or unlinking such a ref twice leaves the
 * same state as once, so a request that names only these may be repeated; a new object may not
 * (a repeat would create a second one).
 */
public interface ExistingObject {}
