package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code PUT /v3/{endpoint}/{key}}: changes the object named by the {@link Key @Key} parameter:
 * the fields of an optional {@link Body @Body} parameter (the generated {@code XUpdate} of the
 * endpoint), and the associations the {@link Associate @Associate} parameters name. Returns the
 * endpoint's model, or {@code void}.
 *
 * <pre>{@code
 * @Update(value = "indicators", type = "ASN")
 * Indicator addAddresses(@Key String asn, @Associate(value = "Indicators", type = "Address") List<String> ips);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Update {
  /** The endpoint, e.g. {@code "indicators"} or {@code "/v3/indicators"}. */
  String value();

  /**
   * The type of the object updated, e.g. {@code "ASN"}, when the method is meant for one type. The
   * processor then checks Indicator-to-Indicator associations against the default ones.
   */
  String type() default "";
}
