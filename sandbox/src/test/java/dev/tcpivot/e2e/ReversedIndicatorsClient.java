package dev.tcpivot.e2e;

import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.v3.Indicator;

/**
 * An update that does not say which type of Indicator it changes, so the processor cannot check the
 * Indicator-to-Indicator direction; the server refuses the reverse at run time
 * (v3/indicators/associations.rst L202-228).
 */
@ThreatConnectClient
interface ReversedIndicatorsClient {
  @Update("indicators")
  Indicator addAsn(
      @Key String address, @Associate(value = "Indicators", type = "ASN") String asNumber);
}
