package dev.tcpivot.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the jar the command runs from. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Tcpivot.class.getPackage().getImplementationVersion();
    return new String[] {"tcpivot " + (version == null ? "(development build)" : version)};
  }
}
