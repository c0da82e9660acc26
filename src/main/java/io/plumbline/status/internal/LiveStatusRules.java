package io.plumbline.status.internal;

import io.plumbline.status.LiveState;
import java.time.Duration;
import java.util.List;

/**
 * The thresholds that turn the last minutes into a live state (docs/status.md), pure.
 * Calls are the integration's observations (pushed calls and synthetic checks, from
 * minute rollups); checks are the monitor's last synthetic checks (raw rows), newest
 * first.
 */
public final class LiveStatusRules {

    /** How far back the live status looks. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    /** How many of the newest checks in the window are looked at. */
    public static final int CHECKS = 3;

    /** Fewer calls than this say nothing by their error rate alone. */
    public static final long MIN_CALLS = 5;

    public static final double DEGRADED_ERROR_RATE = 0.02;

    public static final double PARTIAL_ERROR_RATE = 0.20;

    public static final double MAJOR_ERROR_RATE = 0.50;

    private LiveStatusRules() {
    }

    /** The measured state and, in words, why. */
    public record Judgement(LiveState state, String reason) {
    }

    public static Judgement judge(boolean maintenance, long calls, long failed, List<Boolean> lastChecks) {
        if (maintenance) {
            return new Judgement(LiveState.MAINTENANCE, "A maintenance window is in progress");
        }
        long failedChecks = lastChecks.stream().filter(good -> !good).count();
        boolean rateCounts = calls >= MIN_CALLS;
        double rate = calls == 0 ? 0 : (double) failed / calls;
        String what = "%d of %d calls and checks failed in the last %d minutes".formatted(failed, calls,
                WINDOW.toMinutes());
        if (lastChecks.size() >= CHECKS && failedChecks == lastChecks.size()) {
            return new Judgement(LiveState.MAJOR_OUTAGE,
                    "The last %d synthetic checks failed; %s".formatted(lastChecks.size(), what));
        }
        if (rateCounts && rate >= MAJOR_ERROR_RATE) {
            return new Judgement(LiveState.MAJOR_OUTAGE, what);
        }
        if (failedChecks >= 2 || rateCounts && rate >= PARTIAL_ERROR_RATE) {
            return new Judgement(LiveState.PARTIAL_OUTAGE, what);
        }
        if (failedChecks == 1 || rateCounts && rate >= DEGRADED_ERROR_RATE) {
            return new Judgement(LiveState.DEGRADED, what);
        }
        if (calls == 0 && lastChecks.isEmpty()) {
            return new Judgement(LiveState.NO_DATA,
                    "No calls or checks in the last %d minutes".formatted(WINDOW.toMinutes()));
        }
        return new Judgement(LiveState.OPERATIONAL, what);
    }

}
