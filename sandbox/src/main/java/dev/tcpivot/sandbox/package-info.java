/**
 * An in-memory ThreatConnect v3 server for tests and samples. Start one with {@link
 * dev.tcpivot.sandbox.Sandbox#start()}, or let {@link dev.tcpivot.sandbox.SandboxExtension} start
 * one per JUnit 5 test class ({@link dev.tcpivot.sandbox.SandboxPerMethod} empties it before each
 * test method, {@link dev.tcpivot.sandbox.SandboxData} starts it from a fixture). Every rule it
 * enforces is read from {@code dev.tcpivot.spec}.
 */
package dev.tcpivot.sandbox;
