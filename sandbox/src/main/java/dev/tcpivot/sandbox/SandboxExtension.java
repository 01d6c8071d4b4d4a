package dev.tcpivot.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one {@link Sandbox} per test class and closes it after the
 * class's tests. Test constructors and methods receive it as a parameter, and, when the tcpivot
 * runtime is on the classpath, a {@code ThreatConnect} client signed in to it:
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class MyTest {
 *   @Test
 *   void createsAGroup(ThreatConnect tc, Sandbox sandbox) {
 *     Group group = tc.groups().create(GroupCreate.adversary("Bad Guy").build());
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>By default the test methods of a class share the sandbox and see each other's objects. For an
 * empty sandbox in each test method, annotate the class {@link SandboxPerMethod @SandboxPerMethod}
 * or register the extension in a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SandboxExtension SANDBOX = SandboxExtension.perMethod();
 * }</pre>
 *
 * <p>A static field can also start the sandbox with owners of its own: {@code
 * SandboxExtension.perClass(Sandbox.builder().organization("Acme"))}. The annotation {@link
 * SandboxData} starts it from a fixture on the class path.
 */
public final class SandboxExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SandboxExtension.class);

  /** What the extension can inject, by parameter type name, made from the class's sandbox. */
  private static final Map<String, Function<Sandbox, ?>> INJECTABLE =
      Map.of(
          Sandbox.class.getName(), Function.identity(),
          // Named, not referenced: the runtime is an optional dependency of the sandbox.
          "dev.tcpivot.ThreatConnect", SandboxClients::threatConnect);

  private final boolean perMethod;
  private final Supplier<Sandbox> starter;

  /** One sandbox per class, shared by its test methods; what {@code @ExtendWith} registers. */
  public SandboxExtension() {
    this(false, Sandbox::start);
  }

  private SandboxExtension(boolean perMethod, Supplier<Sandbox> starter) {
    this.perMethod = perMethod;
    this.starter = starter;
  }

  /** One sandbox per class, shared by its test methods (the default). */
  public static SandboxExtension perClass() {
    return new SandboxExtension();
  }

  /** One sandbox per class, started from the builder, shared by its test methods. */
  public static SandboxExtension perClass(Sandbox.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    return new SandboxExtension(false, builder::start);
  }

  /** One sandbox per class, emptied before each test method, as {@link SandboxPerMethod} says. */
  public static SandboxExtension perMethod() {
    return new SandboxExtension(true, Sandbox::start);
  }

  /** One sandbox per class, started from the builder, emptied before each test method. */
  public static SandboxExtension perMethod(Sandbox.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    return new SandboxExtension(true, builder::start);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Optional<SandboxData> onMethod =
        context.getTestMethod().map(m -> m.getAnnotation(SandboxData.class));
    if (perMethod || annotated(context, SandboxPerMethod.class)) {
      Sandbox sandbox = sandbox(context);
      sandbox.reset();
      onMethod
          .or(() -> annotation(context, SandboxData.class))
          .ifPresent(data -> load(sandbox, data, context));
    } else if (onMethod.isPresent()) {
      throw new ExtensionConfigurationException(
          "@SandboxData on the test method "
              + context.getRequiredTestMethod().getName()
              + " needs a sandbox per method: annotate the class @SandboxPerMethod, or put"
              + " @SandboxData on the class");
    }
  }

  /** Loads the fixture resource into the sandbox. */
  private static void load(Sandbox sandbox, SandboxData data, ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    URL resource = testClass.getResource(data.value());
    if (resource == null) {
      throw new ExtensionConfigurationException(
          "@SandboxData(\"" + data.value() + "\"): no such resource next to " + testClass.getName());
    }
    try (InputStream in = resource.openStream()) {
      sandbox.loadJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Sandbox sandbox =
        classContext(context).getStore(NAMESPACE).remove(Sandbox.class, Sandbox.class);
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.containsKey(parameter.getParameter().getType().getName());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.get(parameter.getParameter().getType().getName()).apply(sandbox(context));
  }

  /** The class's sandbox, started on first use (a constructor may ask before beforeAll runs). */
  private Sandbox sandbox(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Sandbox.class, key -> startWithData(classContext), Sandbox.class);
  }

  private Sandbox startWithData(ExtensionContext classContext) {
    Sandbox sandbox = starter.get();
    try {
      annotation(classContext, SandboxData.class)
          .ifPresent(data -> load(sandbox, data, classContext));
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
    return sandbox;
  }

  /** The context of the test class, from a method's context or the class's own. */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  /** The annotation on the test class, a superclass or an enclosing class of a nested one. */
  static <A extends java.lang.annotation.Annotation> Optional<A> annotation(
      ExtensionContext context, Class<A> type) {
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      A found = c.getAnnotation(type);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private static boolean annotated(
      ExtensionContext context, Class<? extends java.lang.annotation.Annotation> type) {
    return annotation(context, type).isPresent();
  }
}
