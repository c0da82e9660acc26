package io.plumbline.dashboard;

import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaEvaluation;

/** One SLA judged over the dashboard's period. */
public record SlaResult(SlaDetails sla, SlaEvaluation evaluation) {
}
