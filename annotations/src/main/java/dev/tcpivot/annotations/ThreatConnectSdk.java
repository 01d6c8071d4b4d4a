package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the tcpivot processor to generate the typed v3 SDK (request classes, references, response
 * models, Retrofit interfaces and endpoint facades) into the annotated package, from the built-in
 * rule table. The tcpivot runtime jar already carries the SDK generated this way; annotate a
 * package of your own only to generate an SDK for an instance whose tables differ, and point the
 * processor at them with the {@code tcpivot.tables} option (a directory of table files that
 * replace the built-in ones of the same name). The {@code @ThreatConnectClient} interfaces of the
 * module then use that SDK's types, and their implementations call it; reach its endpoints with
 * its {@code Endpoints.of(threatConnect)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface ThreatConnectSdk {}
