package dev.tcpivot.sandbox;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
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
 */
public final class SandboxExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SandboxExtension.class);

  /** What the extension can inject, by parameter type name, made from the class's sandbox. */
  private static final Map<String, Function<Sandbox, ?>> INJECTABLE =
      Map.of(
          Sandbox.class.getName(), Function.identity(),
          // Named, not referenced: the runtime is an optional dependency of the sandbox.
          "dev.tcpivot.ThreatConnect", SandboxClients::threatConnect);

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox(context);
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
  private static Sandbox sandbox(ExtensionContext context) {
    return classContext(context)
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Sandbox.class, key -> Sandbox.start(), Sandbox.class);
  }

  /** The context of the test class, from a method's context or the class's own. */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }
}
