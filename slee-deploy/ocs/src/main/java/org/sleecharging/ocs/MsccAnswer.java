package org.sleecharging.ocs;

/**
 * One Multiple-Services-Credit-Control of a CCA (RFC 4006 §8.16).
 *
 * @param granted      Granted-Service-Unit, null when nothing was granted
 * @param validityTime Validity-Time in seconds (RFC 4006 §8.33), null when absent
 * @param finalUnit    whether Final-Unit-Indication with Final-Unit-Action TERMINATE is attached (§8.34)
 */
public record MsccAnswer(Long ratingGroup, Long serviceIdentifier, long resultCode, ServiceUnits granted,
                         Long validityTime, boolean finalUnit) {
}
