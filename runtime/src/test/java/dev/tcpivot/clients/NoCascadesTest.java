package dev.tcpivot.clients;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tcpivot.clients.Client.MARK;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * One mistake, one error (STYLE.md habit 4): the processor reports each problem once, skips only
 * the interface at fault, and goes on with the rest; where javac already reports a mistake, the
 * processor adds nothing to it.
 */
class NoCascadesTest {

  private static final String[] VALID_METHODS = {
    "  @Get(\"groups\")",
    "  @Include(\"associatedIndicators\")",
    "  Group get(@Key long id);",
    "",
    "  @Update(\"indicators\")",
    "  Indicator link(@Key String summary, @Associate(\"Groups\") List<Long> groupIds);",
    "",
    "  @GetAll(\"cases\")",
    "  Paged<Case> cases(@Tql String tql);",
    "",
    "  @Delete(\"victims\")",
    "  void delete(@Key long id);",
  };

  @Test
  void oneBrokenMethodAmongValidOnesGivesOneError() {
    List<String> members = new ArrayList<>(List.of(VALID_METHODS));
    members.add(3, "  @Update(\"victimAssets\")");
    members.add(4, "  VictimAsset broken(@Key long id, @Associate(\"Indicators\") long indicatorId); " + MARK);
    Client.of(members.toArray(new String[0]))
        .isRefusedWith("/v3/victimAssets cannot associate Indicators (it can associate: Groups)");
  }

  @Test
  void aBrokenClientGetsNothingWhileAValidOneBesideItGetsItsImplementation() {
    Client broken =
        Client.named(
            "Broken",
            "  @Get(\"groups\")",
            "  Group get(@Key long id);",
            "",
            "  @Update(\"victims\")",
            "  Victim link(@Key long id, @Associate(\"Cases\") long caseId);");
    Client valid = Client.named("Valid", VALID_METHODS);
    Client.Run run = broken.run(List.of(valid.file()));
    Compilation compilation = run.compilation();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("/v3/victims cannot associate Cases (it can associate: Groups)")
        .inFile(broken.file());
    assertThat(run.created().keySet()).containsExactly("example.Valid_Impl");
  }

  @Test
  void aTypeJavacCannotFindIsJavacsErrorAlone() {
    Compilation compilation =
        Client.of(
                "  @Get(\"groups\")",
                "  Adversary get(@Key long id);",
                "",
                "  @Update(\"groups\")",
                "  Group link(@Key long id, @Associate(\"Indicators\") List<Hostname> hosts);")
            .compile();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("symbol:   class Adversary");
    assertThat(compilation).hadErrorContaining("symbol:   class Hostname");
  }

  @Test
  void aConstantJavacCannotFindIsJavacsErrorAlone() {
    Compilation compilation =
        Client.of(
                "  @Get(GROUPS)",
                "  Group get(@Key long id);",
                "",
                "  @Get(\"groups\")",
                "  @Include({\"tags\", ATTRIBUTES})",
                "  Group getWithTags(@Key long id);")
            .compile();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("symbol:   variable GROUPS");
    assertThat(compilation).hadErrorContaining("symbol:   variable ATTRIBUTES");
  }

  @Test
  void aSupertypeJavacCannotFindIsJavacsErrorAlone() {
    Compilation compilation =
        Client.declaring(
                "Triage",
                "@ThreatConnectClient",
                "interface Triage extends Lookups {",
                "  @Get(\"groups\")",
                "  Group get(long id);",
                "}")
            .compile();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("symbol: class Lookups");
  }

  @Test
  void aTypeThatALaterRoundGeneratesIsCheckedOnceItExists() {
    Client client =
        Client.of(
            "  @Update(\"groups\")",
            "  Group link(",
            "      @Key long id,",
            "      @Associate(\"Indicators\")",
            "      Hostnames hostnames); " + MARK);
    Client.Run run = client.run(List.of(), new ObservedClientProcessor(), new GeneratesAType("example.Hostnames"));
    assertThat(Client.texts(run.compilation()))
        .containsExactly(
            "ERROR: @Associate takes ids (long, long[], List<Long>), refs (Ref<Indicator>, IdRef<Indicator>[],"
                + " List<IdRef<Indicator>>, ...) or, for Indicators, summaries (String, List<String>); not Hostnames");
    assertThat(run.compilation())
        .hadErrorContaining("not Hostnames")
        .inFile(client.file())
        .onLine(client.markedLine());
  }

  /** Another processor: writes an empty class of the given name in its first round. */
  static final class GeneratesAType extends AbstractProcessor {
    private final String name;
    private boolean written;

    GeneratesAType(String name) {
      this.name = name;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        int dot = name.lastIndexOf('.');
        try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          writer.write("package " + name.substring(0, dot) + ";\n\npublic final class " + name.substring(dot + 1) + " {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
