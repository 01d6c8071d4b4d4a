package dev.tcpivot.v3;

import dev.tcpivot.BatchIndicator;
import dev.tcpivot.BatchIndicatorType;
import dev.tcpivot.BatchTable;
import dev.tcpivot.IndicatorKind;
import javax.annotation.processing.Generated;

/**
 * The Indicators of a V2 Batch API input file, one factory per Indicator type:
 * {@code BatchIndicators.host("badguyz.com")}; the type constants name existing Indicators
 * by ID ({@code BatchRef.indicatorId(BatchIndicators.ADDRESS, 54321)}). Each type has a
 * kind of its own, which types Indicator-to-Indicator associations.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class BatchIndicators extends BatchTable {
  /**
   * The Address type.
   */
  public static final BatchIndicatorType<Address> ADDRESS = indicatorType("Address");

  /**
   * The EmailAddress type.
   */
  public static final BatchIndicatorType<EmailAddress> EMAIL_ADDRESS = indicatorType("EmailAddress");

  /**
   * The File type.
   */
  public static final BatchIndicatorType<File> FILE = indicatorType("File");

  /**
   * The Host type.
   */
  public static final BatchIndicatorType<Host> HOST = indicatorType("Host");

  /**
   * The URL type.
   */
  public static final BatchIndicatorType<Url> URL = indicatorType("URL");

  /**
   * The ASN type.
   */
  public static final BatchIndicatorType<Asn> ASN = indicatorType("ASN");

  /**
   * The CIDR type.
   */
  public static final BatchIndicatorType<Cidr> CIDR = indicatorType("CIDR");

  /**
   * The Email Subject type.
   */
  public static final BatchIndicatorType<EmailSubject> EMAIL_SUBJECT = indicatorType("Email Subject");

  /**
   * The Hashtag type.
   */
  public static final BatchIndicatorType<Hashtag> HASHTAG = indicatorType("Hashtag");

  /**
   * The Mutex type.
   */
  public static final BatchIndicatorType<Mutex> MUTEX = indicatorType("Mutex");

  /**
   * The Registry Key type.
   */
  public static final BatchIndicatorType<RegistryKey> REGISTRY_KEY = indicatorType("Registry Key");

  /**
   * The User Agent type.
   */
  public static final BatchIndicatorType<UserAgent> USER_AGENT = indicatorType("User Agent");

  private BatchIndicators() {
  }

  /**
   * A Address Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<Address> address(String summary) {
    return indicator(ADDRESS, summary);
  }

  /**
   * A EmailAddress Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<EmailAddress> emailAddress(String summary) {
    return indicator(EMAIL_ADDRESS, summary);
  }

  /**
   * A File Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<File> file(String summary) {
    return indicator(FILE, summary);
  }

  /**
   * A Host Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<Host> host(String summary) {
    return indicator(HOST, summary);
  }

  /**
   * A URL Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<Url> url(String summary) {
    return indicator(URL, summary);
  }

  /**
   * A ASN Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<Asn> asn(String summary) {
    return indicator(ASN, summary);
  }

  /**
   * A CIDR Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<Cidr> cidr(String summary) {
    return indicator(CIDR, summary);
  }

  /**
   * A Email Subject Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<EmailSubject> emailSubject(String summary) {
    return indicator(EMAIL_SUBJECT, summary);
  }

  /**
   * A Hashtag Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<Hashtag> hashtag(String summary) {
    return indicator(HASHTAG, summary);
  }

  /**
   * A Mutex Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<Mutex> mutex(String summary) {
    return indicator(MUTEX, summary);
  }

  /**
   * A Registry Key Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<RegistryKey> registryKey(String summary) {
    return indicator(REGISTRY_KEY, summary);
  }

  /**
   * A User Agent Indicator of a batch file, named by its {@code summary}.
   */
  public static BatchIndicator<UserAgent> userAgent(String summary) {
    return indicator(USER_AGENT, summary);
  }

  /**
   * The kind of Address Indicators.
   */
  public interface Address extends IndicatorKind,
      IndicatorAssociation.AsnToAddress,
      IndicatorAssociation.CidrToAddress,
      IndicatorAssociation.UrlHost {
  }

  /**
   * The kind of EmailAddress Indicators.
   */
  public interface EmailAddress extends IndicatorKind, IndicatorAssociation.DomainRegistrantEmail {
  }

  /**
   * The kind of File Indicators.
   */
  public interface File extends IndicatorKind, IndicatorAssociation.FileDownload {
  }

  /**
   * The kind of Host Indicators.
   */
  public interface Host extends IndicatorKind, IndicatorAssociation.DnsPtrRecord, IndicatorAssociation.UrlHost {
  }

  /**
   * The kind of URL Indicators.
   */
  public interface Url extends IndicatorKind {
  }

  /**
   * The kind of ASN Indicators.
   */
  public interface Asn extends IndicatorKind {
  }

  /**
   * The kind of CIDR Indicators.
   */
  public interface Cidr extends IndicatorKind, IndicatorAssociation.AsnToCidr {
  }

  /**
   * The kind of Email Subject Indicators.
   */
  public interface EmailSubject extends IndicatorKind {
  }

  /**
   * The kind of Hashtag Indicators.
   */
  public interface Hashtag extends IndicatorKind {
  }

  /**
   * The kind of Mutex Indicators.
   */
  public interface Mutex extends IndicatorKind {
  }

  /**
   * The kind of Registry Key Indicators.
   */
  public interface RegistryKey extends IndicatorKind {
  }

  /**
   * The kind of User Agent Indicators.
   */
  public interface UserAgent extends IndicatorKind, IndicatorAssociation.AddressToUserAgent {
  }
}
