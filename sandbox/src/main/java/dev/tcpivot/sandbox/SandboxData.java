package dev.tcpivot.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the class's sandbox from a fixture on the class path (see FIXTURES.md in the sandbox
 * module), read as {@link Class#getResource(String)} reads a name: relative to the test class's
 * package, or from the root with a leading {@code /}. The {@link SandboxExtension} (registered by
 * this annotation) loads it once, when it starts the class's sandbox; with {@link SandboxPerMethod}
 * it loads it again after each reset, so every test method starts from the same objects.
 *
 * <pre>{@code
 * @SandboxPerMethod
 * @SandboxData("world.json")
 * class MyTest { ... }
 * }</pre>
 *
 * <p>On a test method (only with {@link SandboxPerMethod}) it replaces the class's fixture for
 * that method.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SandboxExtension.class)
public @interface SandboxData {
  /** The fixture's class path resource, e.g. {@code world.json} or {@code /fixtures/world.json}. */
  String value();
}
