package dev.tcpivot.v3;

import dev.tcpivot.BatchTable;
import dev.tcpivot.IndicatorAssociationType;
import dev.tcpivot.IndicatorKind;
import javax.annotation.processing.Generated;

/**
 * The default Indicator-to-Indicator association types (indicator-associations.table), for
 * {@code BatchFile.associate(type, nonPrimary, primary)}: the non-primary Indicator is
 * ref_1 and the primary one ref_2, as v2_batch_api.rst L614 and L677-683 write
 * {@code URL Host}. A pair the table does not list does not compile.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IndicatorAssociation extends BatchTable {
  /**
   * Address to User Agent: associates a User Agent Indicator (ref_1) to a Address one (ref_2) (indicator-associations.table:8).
   */
  public static final IndicatorAssociationType<BatchIndicators.Address, AddressToUserAgent> ADDRESS_TO_USER_AGENT = indicatorAssociation("Address to User Agent");

  /**
   * ASN to Address: associates a Address Indicator (ref_1) to a ASN one (ref_2) (indicator-associations.table:9).
   */
  public static final IndicatorAssociationType<BatchIndicators.Asn, AsnToAddress> ASN_TO_ADDRESS = indicatorAssociation("ASN to Address");

  /**
   * ASN to CIDR: associates a CIDR Indicator (ref_1) to a ASN one (ref_2) (indicator-associations.table:10).
   */
  public static final IndicatorAssociationType<BatchIndicators.Asn, AsnToCidr> ASN_TO_CIDR = indicatorAssociation("ASN to CIDR");

  /**
   * CIDR to Address: associates a Address Indicator (ref_1) to a CIDR one (ref_2) (indicator-associations.table:11).
   */
  public static final IndicatorAssociationType<BatchIndicators.Cidr, CidrToAddress> CIDR_TO_ADDRESS = indicatorAssociation("CIDR to Address");

  /**
   * DNS PTR Record: associates a Host Indicator (ref_1) to a Address one (ref_2) (indicator-associations.table:12).
   */
  public static final IndicatorAssociationType<BatchIndicators.Address, DnsPtrRecord> DNS_PTR_RECORD = indicatorAssociation("DNS PTR Record");

  /**
   * Domain Registrant Email: associates a EmailAddress Indicator (ref_1) to a Host one (ref_2) (indicator-associations.table:13).
   */
  public static final IndicatorAssociationType<BatchIndicators.Host, DomainRegistrantEmail> DOMAIN_REGISTRANT_EMAIL = indicatorAssociation("Domain Registrant Email");

  /**
   * File Download: associates a File Indicator (ref_1) to a URL one (ref_2) (indicator-associations.table:14).
   */
  public static final IndicatorAssociationType<BatchIndicators.Url, FileDownload> FILE_DOWNLOAD = indicatorAssociation("File Download");

  /**
   * URL Host: associates a Host or Address Indicator (ref_1) to a URL one (ref_2) (indicator-associations.table:15).
   */
  public static final IndicatorAssociationType<BatchIndicators.Url, UrlHost> URL_HOST = indicatorAssociation("URL Host");

  private IndicatorAssociation() {
  }

  /**
   * The non-primary types of Address to User Agent: User Agent.
   */
  public interface AddressToUserAgent extends IndicatorKind {
  }

  /**
   * The non-primary types of ASN to Address: Address.
   */
  public interface AsnToAddress extends IndicatorKind {
  }

  /**
   * The non-primary types of ASN to CIDR: CIDR.
   */
  public interface AsnToCidr extends IndicatorKind {
  }

  /**
   * The non-primary types of CIDR to Address: Address.
   */
  public interface CidrToAddress extends IndicatorKind {
  }

  /**
   * The non-primary types of DNS PTR Record: Host.
   */
  public interface DnsPtrRecord extends IndicatorKind {
  }

  /**
   * The non-primary types of Domain Registrant Email: EmailAddress.
   */
  public interface DomainRegistrantEmail extends IndicatorKind {
  }

  /**
   * The non-primary types of File Download: File.
   */
  public interface FileDownload extends IndicatorKind {
  }

  /**
   * The non-primary types of URL Host: Host, Address.
   */
  public interface UrlHost extends IndicatorKind {
  }
}
