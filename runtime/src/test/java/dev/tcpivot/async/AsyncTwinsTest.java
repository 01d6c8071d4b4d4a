package dev.tcpivot.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ApiCalls;
import dev.tcpivot.AsyncPaged;
import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.AsyncEndpoints;
import dev.tcpivot.v3.Endpoints;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint has an asynchronous twin with the same operations: for each public method of the
 * blocking endpoint, one of the same name and parameters whose result is the blocking one's as a
 * future ({@code void} as {@code CompletableFuture<Void>}, {@code long} as
 * {@code CompletableFuture<Long>}), a list as an {@link AsyncPaged}, and a copy of the endpoint
 * ({@code inOwner}, {@code with}) as the twin. The expectations are read from the blocking classes.
 */
class AsyncTwinsTest {
  @RegisterExtension final MockApi api = new MockApi();

  @Test
  void asyncEndpointsHasTheAccessorsOfEndpoints() {
    assertEquals(accessors(Endpoints.class).keySet(), accessors(AsyncEndpoints.class).keySet());
    assertTrue(accessors(Endpoints.class).size() >= 7, "the endpoints of objects.table");
  }

  @Test
  void everyAsyncEndpointHasTheOperationsOfItsBlockingOne() {
    Map<String, Method> asyncAccessors = accessors(AsyncEndpoints.class);
    for (Map.Entry<String, Method> accessor : accessors(Endpoints.class).entrySet()) {
      Class<?> blocking = accessor.getValue().getReturnType();
      Class<?> twin = asyncAccessors.get(accessor.getKey()).getReturnType();
      assertEquals("Async" + blocking.getSimpleName(), twin.getSimpleName());
      assertEquals(signatures(blocking), signatures(twin), twin.getSimpleName() + " against " + blocking.getSimpleName());
      for (Method method : publicMethods(blocking)) {
        Method same = method(twin, method.getName(), method.getParameterTypes());
        assertEquals(expectedReturn(method.getGenericReturnType(), blocking, twin), same.getGenericReturnType(),
            twin.getSimpleName() + "." + method.getName() + Arrays.toString(method.getParameterTypes()));
        assertEquals(method.isVarArgs(), same.isVarArgs(), method.toString());
      }
    }
  }

  @Test
  void theClientHandsOutOneAsyncEndpointsWithEveryEndpoint() throws ReflectiveOperationException {
    ThreatConnect tc = api.hmacClient();
    AsyncEndpoints async = tc.async();
    assertSame(async, tc.async());
    for (Method accessor : accessors(AsyncEndpoints.class).values()) {
      Object endpoint = accessor.invoke(async);
      assertNotNull(endpoint, accessor.getName());
      assertSame(endpoint, accessor.invoke(async), accessor.getName());
    }
    assertNotNull(AsyncEndpoints.of(tc).groups());
  }

  /** The result of the twin of a method whose blocking result is {@code blocking}. */
  private static Type expectedReturn(Type blocking, Class<?> facade, Class<?> twin) {
    if (blocking == facade) {
      return twin;
    }
    if (blocking == void.class) {
      return parameterized(CompletableFuture.class, Void.class);
    }
    if (blocking == long.class) {
      return parameterized(CompletableFuture.class, Long.class);
    }
    if (blocking instanceof ParameterizedType p && p.getRawType() == Paged.class) {
      return parameterized(AsyncPaged.class, p.getActualTypeArguments()[0]);
    }
    return parameterized(CompletableFuture.class, blocking);
  }

  private static Map<String, Method> accessors(Class<?> endpoints) {
    Map<String, Method> accessors = new TreeMap<>();
    for (Method method : endpoints.getMethods()) {
      if (method.getDeclaringClass() == endpoints && method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers()) && ApiCalls.class.isAssignableFrom(method.getReturnType())) {
        accessors.put(method.getName(), method);
      }
    }
    return accessors;
  }

  private static List<Method> publicMethods(Class<?> type) {
    return Arrays.stream(type.getMethods()).filter(m -> m.getDeclaringClass() == type).collect(Collectors.toList());
  }

  /** Each public method as its name and parameter types, sorted. */
  private static List<String> signatures(Class<?> type) {
    List<String> signatures = new ArrayList<>();
    for (Method method : publicMethods(type)) {
      signatures.add(method.getName() + Arrays.stream(method.getGenericParameterTypes())
          .map(Type::getTypeName).collect(Collectors.joining(", ", "(", ")")));
    }
    signatures.sort(null);
    return signatures;
  }

  private static Method method(Class<?> type, String name, Class<?>[] parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getSimpleName() + " has no " + name + Arrays.toString(parameters), e);
    }
  }

  private static ParameterizedType parameterized(Class<?> raw, Type argument) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {argument};
      }

      @Override
      public Type getRawType() {
        return raw;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof ParameterizedType other
            && other.getRawType() == raw
            && other.getOwnerType() == null
            && Arrays.equals(other.getActualTypeArguments(), getActualTypeArguments());
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(getActualTypeArguments()) ^ raw.hashCode();
      }

      @Override
      public String toString() {
        return raw.getName() + "<" + argument.getTypeName() + ">";
      }
    };
  }
}
