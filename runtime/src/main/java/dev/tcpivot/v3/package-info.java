/**
 * The typed ThreatConnect v3 SDK, generated from the rule table: per endpoint a request class for
 * POST ({@code XCreate}) and PUT ({@code XUpdate}), a response model ({@code X}), the values of
 * its {@code fields} parameter ({@code XField}) and the facade {@code ThreatConnect} hands out;
 * per association target its refs ({@code XRef}) and new objects ({@code NewX}); and
 * {@code Endpoints}, the accessors that {@code ThreatConnect} inherits. Only the associations the
 * table lists have a method, and a field that only some types have is set on those types' own
 * builders, so an association or a field the API would refuse does not compile.
 */
@ThreatConnectSdk
package dev.tcpivot.v3;

import dev.tcpivot.annotations.ThreatConnectSdk;
