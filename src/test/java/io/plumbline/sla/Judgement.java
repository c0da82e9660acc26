package io.plumbline.sla;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the batch evaluation must reproduce of the hour-based one: counts, budget, worst day, forecast kind, verdict
 * and reasons, campaigns, and the p95 where an objective asks for one (the burn-down has the batch's coarser steps).
 */
record Judgement(long eligible, long good, long excluded, Optional<DailyErrorRate> worstDay, ErrorBudget budget,
        Forecast.Kind forecast, Verdict verdict, List<String> breaches, OptionalLong p95, List<Judgement> campaigns) {

    static Judgement of(SlaEvaluation evaluation) {
        return of(evaluation, evaluation.objectives().p95LatencyMs() != null);
    }

    private static Judgement of(SlaEvaluation evaluation, boolean withLatency) {
        return new Judgement(evaluation.eligible(), evaluation.good(), evaluation.excluded(), evaluation.worstDay(),
                evaluation.budget(), evaluation.forecast().kind(), evaluation.verdict(), evaluation.breaches(),
                withLatency ? evaluation.p95LatencyMs() : OptionalLong.empty(),
                evaluation.campaigns().stream().map(c -> of(c.evaluation(),
                        withLatency || c.evaluation().objectives().p95LatencyMs() != null)).toList());
    }
}
