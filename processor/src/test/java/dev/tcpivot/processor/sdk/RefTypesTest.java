package dev.tcpivot.processor.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The types that carry the rules of DESIGN.md: {@code XRef.id} is an {@code IdRef}, a new object a
 * {@code SameOwnerRef}, and naming an owner leaves a plain {@code Ref}; refs to existing
 * Indicators are marked as such for the runtime (it retries requests that name only those).
 */
class RefTypesTest {

  @Test
  void anIdRefIsTheOnlyRefThatCanBeDeleted() {
    TypeSpec groupRef = RefWriter.write(Writers.endpoint("groups"), new ValueTypes(Writers.PACKAGE));
    assertEquals(Writers.runtime("IdRef", "Group"), method(groupRef, "id").returnType());
  }

  @Test
  void aNewGroupIsASameOwnerRefUntilItNamesAnOwner() {
    TypeSpec newGroup = NewObjectWriter.write(Writers.endpoint("groups"), new ValueTypes(Writers.PACKAGE));
    // Not an ExistingObject: a request that creates it must not be repeated.
    assertEquals(List.of(Writers.runtime("SameOwnerRef", "Group")), newGroup.superinterfaces());
    assertEquals(Writers.runtime("Ref", "Group"), method(newGroup, "ownerName").returnType());
    assertEquals(Writers.runtime("Ref", "Group"), method(newGroup, "ownerId").returnType());
  }

  @Test
  void anIndicatorBySummaryIsASameOwnerRefUntilItNamesAnOwner() {
    TypeSpec indicatorRef = RefWriter.write(Writers.endpoint("indicators"), new ValueTypes(Writers.PACKAGE));
    assertEquals(List.of(Writers.runtime("SameOwnerRef", "Indicator")), indicatorRef.superinterfaces());
    // It names an object that exists: linking it again creates nothing, so a PUT of such refs may
    // be repeated.
    MethodSpec constructor = indicatorRef.methodSpecs().stream().filter(MethodSpec::isConstructor).findFirst().orElseThrow();
    assertTrue(constructor.code().toString().contains("Kind.EXISTING"), constructor.toString());
    assertEquals(Writers.runtime("Ref", "Indicator"), method(indicatorRef, "ownerName").returnType());
    assertEquals(Writers.runtime("Ref", "Indicator"), method(indicatorRef, "ownerId").returnType());
  }

  @Test
  void victimAssetFieldsNameOnlyTheAssociationsOfItsRow() {
    TypeSpec fields = FieldEnumWriter.write(Writers.endpoint("victimAssets"));
    assertEquals(
        List.of("ASSOCIATED_GROUPS"),
        fields.enumConstants().keySet().stream()
            .filter(name -> name.startsWith("ASSOCIATED_"))
            .collect(Collectors.toList()));
  }

  private static MethodSpec method(TypeSpec type, String name) {
    List<MethodSpec> methods =
        type.methodSpecs().stream().filter(m -> m.name().equals(name)).collect(Collectors.toList());
    assertEquals(1, methods.size(), type.name() + "." + name);
    return methods.get(0);
  }
}
