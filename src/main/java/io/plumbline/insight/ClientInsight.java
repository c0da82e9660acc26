package io.plumbline.insight;

import io.plumbline.retention.ClientRenewal;
import io.plumbline.retention.ContractStatus;
import io.plumbline.sla.Verdict;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One client's signals over one period, side by side. Every figure without data is empty,
 * never 0 or 100 %.
 *
 * @param slaAvailability good / eligible events pooled over the client's SLAs, 0–1
 * @param slaVerdict the worst verdict of its SLAs (missed, at risk, met); NO_DATA without
 * SLAs or events
 * @param consentCoverage 0–1; {@code consentTarget} in %
 * @param medianTimeToResolve of the incidents detected in the period that are resolved
 * @param nps client audience, with {@code npsAnswers}; {@code csat} in % with
 * {@code csatAnswers}
 * @param dataQuality staff (internal audience) ratings of 4–5 out of 5, in %, with
 * {@code dataQualityAnswers}
 * @param renewal the client's contracts now (status, next renewal, monthly value); empty
 * without a contract
 */
public record ClientInsight(ClientDetails client, OptionalDouble slaAvailability, Verdict slaVerdict, int slas,
        OptionalDouble consentCoverage, double consentTarget, int incidents, Optional<Duration> medianTimeToResolve,
        OptionalDouble nps, int npsAnswers, OptionalDouble csat, int csatAnswers, OptionalDouble dataQuality,
        int dataQualityAnswers, Optional<ClientRenewal> renewal, AtRiskScore score) {

    /**
     * 1 renewed at least once and still a client, 0 churned, empty while the first term
     * is undecided.
     */
    public OptionalDouble renewalOutcome() {
        if (renewal.isEmpty()) {
            return OptionalDouble.empty();
        }
        ClientRenewal r = renewal.get();
        if (r.status() == ContractStatus.CHURNED) {
            return OptionalDouble.of(0);
        }
        return r.renewals() > 0 ? OptionalDouble.of(1) : OptionalDouble.empty();
    }

}
