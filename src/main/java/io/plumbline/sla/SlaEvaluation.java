package io.plumbline.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * An SLA (or one campaign window of it) judged over one window, as of {@code asOf}.
 * Events in maintenance windows are {@code excluded}: they count in neither
 * {@code eligible} nor {@code good}. {@code breaches} say in words which objective
 * failed.
 */
public record SlaEvaluation(Interval window, Instant asOf, Objectives objectives, long eligible, long good,
        long excluded, OptionalLong p95LatencyMs, Optional<DailyErrorRate> worstDay, ErrorBudget budget,
        Forecast forecast, Verdict verdict, List<String> breaches, List<BudgetPoint> burnDown,
        List<CampaignEvaluation> campaigns) {

    public long bad() {
        return eligible - good;
    }

    /** good / eligible; empty, not 100 %, when nothing was observed. */
    public OptionalDouble availability() {
        return eligible == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) good / eligible);
    }

    /**
     * Observed error rate / (1 − SLO): 1 spends the budget exactly by the window's end.
     */
    public OptionalDouble burnRate() {
        return eligible == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(((double) bad() / eligible) / objectives.allowedFailureShare());
    }

    /**
     * One campaign window's stricter evaluation, over the part of it inside the SLA's
     * window.
     */
    public record CampaignEvaluation(String name, SlaEvaluation evaluation) {
    }
}
