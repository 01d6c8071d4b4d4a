package dev.tcpivot.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standalone sandbox's arguments: {@code [--port N] [--organization NAME] [--community NAME]...
 * [--source NAME]... [--data FILE]}, each also as {@code --name=value}.
 */
final class CommandLine {
  static final String USAGE =
      "usage: java dev.tcpivot.sandbox.Sandbox [--port N] [--organization NAME]"
          + " [--community NAME]... [--source NAME]... [--data FILE]\n"
          + "  --port          the port of 127.0.0.1 to listen on (default: a free port)\n"
          + "  --organization  the API user's Organization (default: Demo Organization)\n"
          + "  --community     a Community, repeatable (default: Demo Community)\n"
          + "  --source        a Source, repeatable (default: Demo Source)\n"
          + "  --data          a fixture file (FIXTURES.md) to start from, if it exists, and to save"
          + " to on exit";

  /**
   * What the arguments ask for.
   *
   * @param organization the Organization's name, if given
   * @param data the fixture file to start from and save to, if given
   */
  record Options(
      int port,
      Optional<String> organization,
      List<String> communities,
      List<String> sources,
      Optional<Path> data) {
    /** A sandbox builder with these settings. */
    Sandbox.Builder builder() {
      Sandbox.Builder builder = Sandbox.builder().port(port);
      organization.ifPresent(builder::organization);
      communities.forEach(builder::community);
      sources.forEach(builder::source);
      return builder;
    }
  }

  private CommandLine() {}

  /** The port to listen on; 0 (a free port) unless {@code --port N} is given. */
  static int port(String[] args) {
    return parse(args).port();
  }

  /** @throws IllegalArgumentException naming the argument that is unknown, missing or wrong */
  static Options parse(String[] args) {
    int port = 0;
    Optional<String> organization = Optional.empty();
    List<String> communities = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    Optional<Path> data = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String option = equals < 0 ? arg : arg.substring(0, equals);
      if (!option.equals("--port")
          && !option.equals("--organization")
          && !option.equals("--community")
          && !option.equals("--source")
          && !option.equals("--data")) {
        throw new IllegalArgumentException("unknown argument: " + arg);
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(
            option
                + (option.equals("--port")
                    ? " needs a number"
                    : option.equals("--data") ? " needs a file" : " needs a name"));
      }
      switch (option) {
        case "--port":
          port = port(value);
          break;
        case "--organization":
          organization = Optional.of(name(option, value));
          break;
        case "--community":
          communities.add(name(option, value));
          break;
        case "--data":
          data = Optional.of(Path.of(name(option, value)));
          break;
        default:
          sources.add(name(option, value));
          break;
      }
    }
    return new Options(
        port, organization, List.copyOf(communities), List.copyOf(sources), data);
  }

  private static int port(String value) {
    int port;
    try {
      port = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number, was " + value);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
    }
    return port;
  }

  private static String name(String option, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(option + " needs a name, was blank");
    }
    return value;
  }
}
