package org.sleecharging.ocs;

/**
 * One Multiple-Services-Credit-Control (RFC 4006 §8.16) of a CCR, or the single-service units
 * at command level (then both identifiers may be null).
 *
 * @param requested Requested-Service-Unit, null when absent
 * @param used      Used-Service-Unit, null when absent
 * @param reportingReason the MSCC's Reporting-Reason (TS 32.299 §7.2.175), null when absent
 */
public record MsccRequest(Long ratingGroup, Long serviceIdentifier, ServiceUnits requested, ServiceUnits used,
        ReportingReason reportingReason) {

    /** Without Reporting-Reason. */
    public MsccRequest(Long ratingGroup, Long serviceIdentifier, ServiceUnits requested, ServiceUnits used) {
        this(ratingGroup, serviceIdentifier, requested, used, null);
    }

    public static MsccRequest request(long ratingGroup, ServiceUnits requested) {
        return new MsccRequest(ratingGroup, null, requested, null);
    }

    public static MsccRequest report(long ratingGroup, ServiceUnits used, ServiceUnits requested) {
        return new MsccRequest(ratingGroup, null, requested, used);
    }
}
