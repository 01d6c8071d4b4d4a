package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface of ThreatConnect operations that the tcpivot processor checks against the
 * association table and implements. Each abstract method carries one operation annotation
 * ({@link Create}, {@link Get}, {@link GetAll}, {@link Update}, {@link Delete}, {@link GetFields})
 * and each parameter one role ({@link Key}, {@link Body}, {@link Associate}, {@link Owner},
 * {@link Tql}). Obtain an implementation with {@code threatConnect.create(MyClient.class)}.
 *
 * <pre>{@code
 * @ThreatConnectClient
 * interface PhishingTriage {
 *   @Update("indicators")
 *   @Include("associatedGroups")
 *   Indicator linkToCampaign(@Key String host, @Associate("Groups") long campaignId);
 * }
 * }</pre>
 *
 * <p>An association the table does not list is a compile error that names the endpoint, the refused
 * type and the allowed ones: {@code /v3/victimAssets cannot associate Indicators (it can associate:
 * Groups)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ThreatConnectClient {}
