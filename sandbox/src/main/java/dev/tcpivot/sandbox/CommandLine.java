package dev.tcpivot.sandbox;

/** The standalone sandbox's arguments: {@code [--port N]}. */
final class CommandLine {
  static final String USAGE =
      "usage: java dev.tcpivot.sandbox.Sandbox [--port N]  (default: a free port)";

  private CommandLine() {}

  /**
   * The port to listen on; 0 (a free port) unless {@code --port N} or {@code --port=N} is given.
   */
  static int port(String[] args) {
    int port = 0;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value;
      if (arg.equals("--port")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("--port needs a number");
        }
        value = args[++i];
      } else if (arg.startsWith("--port=")) {
        value = arg.substring("--port=".length());
      } else {
        throw new IllegalArgumentException("unknown argument: " + arg);
      }
      try {
        port = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--port needs a number, was " + value);
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
      }
    }
    return port;
  }
}
