package dev.tcpivot.processor.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.ObjectType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The association setters of the create and update builders, read from their TypeSpecs. */
class AssociationSettersTest {
  private static final ClassName BLOCK = ClassName.get("dev.tcpivot", "Block");

  @Test
  void victimAssetUpdateTakesSameOwnerGroupsThreeWaysAndNothingElse() {
    TypeName group = Writers.runtime("SameOwnerRef", "Group");
    TypeSpec builder = Writers.builderOf(Writers.update("victimAssets"));
    assertEquals(
        List.of(
            "associatedGroups(" + ArrayTypeName.of(group) + ")",
            "associatedGroups(" + ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(group)) + ")",
            "associatedGroups(" + ParameterizedTypeName.get(BLOCK, WildcardTypeName.subtypeOf(group)) + ")"),
        Writers.signatures(builder, "associated"));
    MethodSpec varargs = builder.methodSpecs().stream().filter(m -> m.name().equals("associatedGroups")).findFirst().orElseThrow();
    assertTrue(varargs.varargs(), "the first associatedGroups takes varargs");
  }

  @Test
  void indicatorCreateBuilderTakesNoBlock() {
    TypeSpec builder = Writers.builderOf(Writers.create("indicators"));
    assertEquals(List.of(), blockSetters(builder));
    assertTrue(!Writers.signatures(builder, "associatedGroups").isEmpty(), "it does take Groups");
  }

  @Test
  void noCreateBuilderTakesABlock() {
    for (ObjectType object : Writers.SPEC.objects()) {
      TypeSpec builder = Writers.builderOf(Writers.create(object.endpointName()));
      assertEquals(List.of(), blockSetters(builder), object.endpoint());
    }
  }

  /**
   * Per endpoint, the update builder's association setters are those of its row, three per target
   * (refs, a list, a block), bounded by {@code Ref} where the row allows other owners and by
   * {@code SameOwnerRef} where it does not.
   */
  @Test
  void everyUpdateBuilderFollowsItsRow() {
    for (AssociationRule rule : Writers.SPEC.associations()) {
      List<String> expected = new ArrayList<>();
      for (ObjectType target : rule.targets()) {
        String setter = target.associationField().orElseThrow();
        TypeName ref = Writers.runtime(rule.crossOwner() ? "Ref" : "SameOwnerRef", Naming.model(target));
        expected.add(setter + "(" + ArrayTypeName.of(ref) + ")");
        expected.add(setter + "(" + ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(ref)) + ")");
        expected.add(setter + "(" + ParameterizedTypeName.get(BLOCK, WildcardTypeName.subtypeOf(ref)) + ")");
      }
      TypeSpec builder = Writers.builderOf(Writers.update(rule.endpoint().endpointName()));
      assertEquals(expected, Writers.signatures(builder, "associated"), rule.endpoint().endpoint());
    }
  }

  private static List<String> blockSetters(TypeSpec builder) {
    List<String> found = new ArrayList<>();
    for (MethodSpec method : builder.methodSpecs()) {
      for (ParameterSpec parameter : method.parameters()) {
        TypeName type = parameter.type();
        if (type instanceof ParameterizedTypeName && ((ParameterizedTypeName) type).rawType().equals(BLOCK)) {
          found.add(Writers.signature(method));
        }
      }
    }
    return found;
  }
}
