package io.plumbline.dashboard;

import io.plumbline.insight.AtRiskScore;
import io.plumbline.retention.Amounts;
import io.plumbline.tenancy.ClientDetails;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One client over the dashboard's period. Availability and burn are pooled over the
 * client's SLAs (good / eligible, bad / Σ (1 − SLO) × eligible); {@code objectivePercent}
 * is the strictest availability objective; consent coverage is a share (0–1); NPS and
 * CSAT from the client's own responses (audience CLIENT).
 */
public record ClientRow(ClientDetails client, int slas, int slasMet, int slasWithData, OptionalDouble availability,
        OptionalDouble objectivePercent, OptionalDouble burnRate, int incidents, int openIncidents,
        OptionalDouble consentCoverage, double consentTargetPercent, OptionalDouble nps, OptionalDouble csat,
        Optional<LocalDate> nextRenewal, Amounts monthlyValue, AtRiskScore risk) {

    public String name() {
        return client.displayName();
    }

    public boolean atRisk() {
        return risk.atRisk();
    }
}
