/** A user's module on tcpivot: the runtime with its generated SDK, the annotations, the sandbox. */
module com.example.modular {
  requires dev.tcpivot.runtime;
  requires dev.tcpivot.annotations;
  requires dev.tcpivot.spec;
  requires dev.tcpivot.sandbox;
  // The processor marks the implementation it writes with javax.annotation.processing.Generated.
  requires static java.compiler;

  // ThreatConnect.create(HostLinks.class) makes the generated HostLinks_Impl.
  exports com.example.modular.triage to dev.tcpivot.runtime;
}
