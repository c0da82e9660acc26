package io.plumbline.sla;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * What the batch evaluation must reproduce of the hour-based one: counts, budget used,
 * forecast kind, verdict and reasons, campaigns, and the p95 and worst day where an
 * objective asks for them (the burn-down has the batch's coarser steps). The budget's
 * total is left out: for a running window it grows with the time elapsed, so two calls a
 * few milliseconds apart differ in it.
 */
record Judgement(long eligible, long good, long excluded, Optional<DailyErrorRate> worstDay, long budgetUsed,
        Forecast.Kind forecast, Verdict verdict, List<String> breaches, OptionalLong p95, List<Judgement> campaigns) {

    static Judgement of(SlaEvaluation evaluation) {
        return of(evaluation, asks(evaluation, o -> o.p95LatencyMs() != null),
                asks(evaluation, o -> o.maxDailyErrorRatePercent() != null));
    }

    private static Judgement of(SlaEvaluation evaluation, boolean withLatency, boolean withWorstDay) {
        return new Judgement(evaluation.eligible(), evaluation.good(), evaluation.excluded(),
                withWorstDay ? evaluation.worstDay() : Optional.empty(), evaluation.budget().used(),
                evaluation.forecast().kind(), evaluation.verdict(), evaluation.breaches(),
                withLatency ? evaluation.p95LatencyMs() : OptionalLong.empty(),
                evaluation.campaigns().stream().map(c -> of(c.evaluation(), withLatency, withWorstDay)).toList());
    }

    private static boolean asks(SlaEvaluation evaluation, Predicate<Objectives> objective) {
        return objective.test(evaluation.objectives())
                || evaluation.campaigns().stream().anyMatch(c -> objective.test(c.evaluation().objectives()));
    }
}
