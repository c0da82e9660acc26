package io.plumbline.incident;

import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaEvaluation;
import java.util.Optional;

/**
 * One SLA of the incident's client judged over the 30 days before the fix and the 30 days
 * after it. {@code after} is empty when the fix is in the future of the clock, and
 * {@code afterComplete} false while those 30 days still run.
 */
public record SlaAroundFix(SlaDetails sla, SlaEvaluation before, Optional<SlaEvaluation> after, boolean afterComplete) {
}
