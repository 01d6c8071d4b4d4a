package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/attributeTypes}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class AttributeTypeQuery extends Query<AttributeTypeQuery> {
  private AttributeTypeQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected AttributeTypeQuery with(Query.Clause clause) {
    return new AttributeTypeQuery(clause);
  }

  /**
   * The {@code associatedType} keyword of {@code /v3/attributeTypes}, which compares a String.
   */
  public static StringCondition<AttributeTypeQuery> associatedType() {
    return string("associatedType", AttributeTypeQuery::new);
  }

  /**
   * The {@code default} keyword of {@code /v3/attributeTypes}, which compares a Boolean.
   */
  public static BooleanCondition<AttributeTypeQuery> default_() {
    return bool("default", AttributeTypeQuery::new);
  }

  /**
   * The {@code defaultOwnerId} keyword of {@code /v3/attributeTypes}, which compares an Integer.
   */
  public static IntegerCondition<AttributeTypeQuery> defaultOwnerId() {
    return integer("defaultOwnerId", AttributeTypeQuery::new);
  }

  /**
   * The {@code defaultType} keyword of {@code /v3/attributeTypes}, which compares a String.
   */
  public static StringCondition<AttributeTypeQuery> defaultType() {
    return string("defaultType", AttributeTypeQuery::new);
  }

  /**
   * The {@code description} keyword of {@code /v3/attributeTypes}, which compares a String.
   */
  public static StringCondition<AttributeTypeQuery> description() {
    return string("description", AttributeTypeQuery::new);
  }

  /**
   * The {@code id} keyword of {@code /v3/attributeTypes}, which compares an Integer.
   */
  public static IntegerCondition<AttributeTypeQuery> id() {
    return integer("id", AttributeTypeQuery::new);
  }

  /**
   * The {@code maxsize} keyword of {@code /v3/attributeTypes}, which compares an Integer.
   */
  public static IntegerCondition<AttributeTypeQuery> maxsize() {
    return integer("maxsize", AttributeTypeQuery::new);
  }

  /**
   * The {@code name} keyword of {@code /v3/attributeTypes}, which compares a String.
   */
  public static StringCondition<AttributeTypeQuery> name() {
    return string("name", AttributeTypeQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/attributeTypes}, which compares an Integer.
   */
  public static IntegerCondition<AttributeTypeQuery> owner() {
    return integer("owner", AttributeTypeQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/attributeTypes}, which compares a String.
   */
  public static StringCondition<AttributeTypeQuery> ownerName() {
    return string("ownerName", AttributeTypeQuery::new);
  }

  /**
   * The {@code system} keyword of {@code /v3/attributeTypes}, which compares a Boolean.
   */
  public static BooleanCondition<AttributeTypeQuery> system() {
    return bool("system", AttributeTypeQuery::new);
  }
}
