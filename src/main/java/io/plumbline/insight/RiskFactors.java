package io.plumbline.insight;

import java.util.OptionalDouble;

/**
 * What the at-risk score reads for one client over one period; a missing measure leaves
 * its factor out instead of counting as good or bad.
 *
 * @param slaShortfall 0 when every SLA was met, 0.5 when one was at risk, 1 when one was
 * missed; empty without SLA data
 * @param incidents incidents detected in the period
 * @param consentGapPoints target minus coverage in percentage points (≤ 0 when on
 * target); empty without data
 * @param nps client NPS in the period; empty without responses
 * @param csat client CSAT in %; used only when there is no NPS
 */
public record RiskFactors(OptionalDouble slaShortfall, int incidents, OptionalDouble consentGapPoints,
        OptionalDouble nps, OptionalDouble csat) {
}
