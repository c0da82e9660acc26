package io.plumbline.sla;

/** An SLA with its evaluation over the current window. */
public record SlaStatus(SlaDetails sla, SlaEvaluation current) {
}
