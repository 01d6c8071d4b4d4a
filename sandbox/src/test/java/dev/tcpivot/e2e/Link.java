package dev.tcpivot.e2e;

/** An association as read back: the object a request created or updated, and the one it linked. */
record Link(long subject, long target) {}
