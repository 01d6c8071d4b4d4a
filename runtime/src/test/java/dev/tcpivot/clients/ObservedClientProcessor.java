package dev.tcpivot.clients;

import dev.tcpivot.processor.ClientProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * The client processor as javac runs it, with a {@link Filer} that records each source file it
 * creates and the originating elements it names, and that can be made to fail.
 */
final class ObservedClientProcessor implements Processor {
  /** What the Filer does when asked to create a source file. */
  enum FilerBehaviour {
    WRITES,
    THROWS_IO_EXCEPTION,
    THROWS_RUNTIME_EXCEPTION
  }

  private final ClientProcessor processor = new ClientProcessor();
  private final FilerBehaviour behaviour;
  private final Map<String, List<String>> created = Collections.synchronizedMap(new LinkedHashMap<>());

  ObservedClientProcessor() {
    this(FilerBehaviour.WRITES);
  }

  ObservedClientProcessor(FilerBehaviour behaviour) {
    this.behaviour = behaviour;
  }

  /**
   * The qualified names of the source files created so far, each with its originating elements
   * (as qualified names of types, or simple names of other elements).
   */
  Map<String, List<String>> created() {
    return new LinkedHashMap<>(created);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return processor.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return processor.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return processor.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    processor.init(new ObservedEnvironment(environment));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return processor.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return processor.getCompletions(element, annotation, member, userText);
  }

  private final class ObservedEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;
    private final Filer filer;

    ObservedEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
      this.filer = new ObservedFiler(delegate.getFiler());
    }

    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }
  }

  private final class ObservedFiler implements Filer {
    private final Filer delegate;

    ObservedFiler(Filer delegate) {
      this.delegate = delegate;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      switch (behaviour) {
        case THROWS_IO_EXCEPTION:
          throw new IOException("disk full");
        case THROWS_RUNTIME_EXCEPTION:
          throw new IllegalStateException("filer broken");
        default:
          List<String> origins = new ArrayList<>();
          for (Element element : originatingElements) {
            origins.add(
                element instanceof TypeElement
                    ? ((TypeElement) element).getQualifiedName().toString()
                    : element.getSimpleName().toString());
          }
          created.put(name.toString(), origins);
          return delegate.createSourceFile(name, originatingElements);
      }
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      created.put("class " + name, List.of());
      return delegate.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName,
        Element... originatingElements) throws IOException {
      created.put("resource " + relativeName, List.of());
      return delegate.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return delegate.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
