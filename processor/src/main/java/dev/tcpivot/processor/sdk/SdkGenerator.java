package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.tcpivot.spec.EnumType;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Generates the whole typed SDK for a package from the tables, in table order so that the same
 * tables always give the same files.
 */
public final class SdkGenerator {
  private SdkGenerator() {}

  /**
   * The SDK's source files.
   *
   * @param decorate applied to every type before it is written, e.g. to add its originating element
   */
  public static List<JavaFile> generate(Spec spec, String sdkPackage, UnaryOperator<TypeSpec.Builder> decorate) {
    ValueTypes values = new ValueTypes(sdkPackage);
    List<TypeSpec> types = new ArrayList<>();
    for (EnumType type : spec.enums()) {
      types.add(EnumWriter.write(type, sdkPackage));
    }
    List<EndpointModel> endpoints = new ArrayList<>();
    for (ObjectType object : spec.objects()) {
      EndpointModel endpoint = new EndpointModel(spec, object, sdkPackage, values);
      endpoints.add(endpoint);
      types.add(ModelWriter.write(endpoint, values));
      types.add(FieldEnumWriter.write(endpoint));
      types.add(CreateWriter.write(endpoint, values));
      types.add(UpdateWriter.write(endpoint, values));
      if (endpoint.associationTarget) {
        types.add(RefWriter.write(endpoint, values));
        types.add(NewObjectWriter.write(endpoint, values));
      }
      types.add(FacadeWriter.write(endpoint, Flavour.BLOCKING));
      types.add(FacadeWriter.write(endpoint, Flavour.ASYNC));
    }
    for (QueryType query : spec.queryTypes()) {
      types.add(QueryWriter.write(spec, query, sdkPackage));
    }
    types.add(EndpointsWriter.write(endpoints, sdkPackage));
    types.add(EndpointsWriter.writeAsync(endpoints, sdkPackage));
    types.addAll(BatchWriter.write(spec, sdkPackage));
    List<JavaFile> files = new ArrayList<>();
    for (TypeSpec type : types) {
      files.add(Poet.file(sdkPackage, decorate.apply(type.toBuilder()).build()));
    }
    return files;
  }
}
