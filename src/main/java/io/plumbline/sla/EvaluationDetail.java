package io.plumbline.sla;

/** How finely a batch of SLA evaluations reads its days. */
public enum EvaluationDetail {

    /**
     * A burn-down point per day (per stretch of a day that a boundary cuts): for charts
     * of the budget over time.
     */
    FULL,
    /**
     * The same counts, budget, p95, breaches, verdict, forecast kind and campaign
     * judgements, with runs of whole days that no boundary cuts summed up: the burn-down
     * has a point per run and an exhausted budget's date is the run's start. For figures
     * and verdicts (portfolio views, monthly history), much less to read.
     */
    FIGURES

}
