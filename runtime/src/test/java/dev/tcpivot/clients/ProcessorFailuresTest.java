package dev.tcpivot.clients;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tcpivot.ThreatConnect;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong around a valid client is one error on the interface that says what happened, and
 * no exception escapes the processor (STYLE.md habit 5).
 */
class ProcessorFailuresTest {
  private static final String[] VALID = {"  @Get(\"groups\")", "  Group get(@Key long id);"};

  @Test
  void aFilerThatCannotWriteIsOneErrorOnTheClient() {
    Client client = client();
    Compilation compilation =
        client.run(List.of(), new ObservedClientProcessor(ObservedClientProcessor.FilerBehaviour.THROWS_IO_EXCEPTION))
            .compilation();
    assertThat(Client.texts(compilation)).containsExactly("ERROR: cannot write the implementation: disk full");
    assertThat(compilation).hadErrorContaining("disk full").inFile(client.file()).onLine(client.markedLine());
  }

  @Test
  void anExceptionInTheProcessorIsOneErrorOnTheClient() {
    Client client = client();
    Compilation compilation =
        client.run(List.of(), new ObservedClientProcessor(ObservedClientProcessor.FilerBehaviour.THROWS_RUNTIME_EXCEPTION))
            .compilation();
    assertThat(Client.texts(compilation))
        .containsExactly(
            "ERROR: tcpivot could not process this client: java.lang.IllegalStateException: filer broken");
    assertThat(compilation).hadErrorContaining("filer broken").inFile(client.file()).onLine(client.markedLine());
  }

  @Test
  void aClientCompiledWithoutTheRuntimeIsRefusedOnItsMethod() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "example.Triage",
            "package example;",
            "",
            "import dev.tcpivot.annotations.*;",
            "",
            "@ThreatConnectClient",
            "interface Triage {",
            "  @Delete(\"groups\")",
            "  void delete(@Key long id);",
            "}");
    File runtime = new File(ThreatConnect.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<File> withoutRuntime =
        Client.classpath().stream().filter(f -> !f.equals(runtime)).collect(Collectors.toList());
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new ObservedClientProcessor())
            .withOptions(Client.LINT)
            .withClasspath(withoutRuntime)
            .compile(source);
    assertThat(Client.texts(compilation))
        .containsExactly(
            "ERROR: tcpivot-runtime must be on the compile classpath (dev.tcpivot.v3.Group is missing)");
    assertThat(compilation).hadErrorContaining("tcpivot-runtime").inFile(source).onLine(8);
  }

  private static Client client() {
    return Client.declaring(
        "Triage",
        "@ThreatConnectClient",
        "interface Triage { " + Client.MARK,
        VALID[0],
        VALID[1],
        "}");
  }
}
