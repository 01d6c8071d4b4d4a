package dev.tcpivot.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test method of the class an empty sandbox: the {@link SandboxExtension} (registered by
 * this annotation) still starts one sandbox per class, and {@linkplain Sandbox#reset() resets} it
 * before each test method, before the class's {@code @BeforeEach} methods run.
 *
 * <pre>{@code
 * @SandboxPerMethod
 * class MyTest {
 *   @Test
 *   void startsEmpty(ThreatConnect tc) {
 *     assertEquals(0, tc.groups().count());
 *   }
 * }
 * }</pre>
 *
 * <p>What the test methods share: the server (port and base URL), the credentials, the owners and
 * the {@link Sandbox} handle. What each one gets afresh: no objects, ids from 1, an empty {@link
 * Sandbox#journal() journal} and no armed {@link Sandbox#faults() faults}. Objects made in a
 * {@code @BeforeAll} method are gone by the first test; make them in {@code @BeforeEach}. The
 * methods of one class must not run concurrently with each other.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SandboxExtension.class)
public @interface SandboxPerMethod {}
