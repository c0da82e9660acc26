package io.plumbline.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.status.LiveState;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveStatusRulesTest {

    @Test
    void the_error_rate_of_the_window_sets_the_state_at_the_documented_thresholds() {
        assertThat(LiveStatusRules.judge(false, 100, 1, List.of()).state()).isEqualTo(LiveState.OPERATIONAL);
        assertThat(LiveStatusRules.judge(false, 100, 2, List.of()).state()).isEqualTo(LiveState.DEGRADED);
        assertThat(LiveStatusRules.judge(false, 100, 19, List.of()).state()).isEqualTo(LiveState.DEGRADED);
        assertThat(LiveStatusRules.judge(false, 100, 20, List.of()).state()).isEqualTo(LiveState.PARTIAL_OUTAGE);
        assertThat(LiveStatusRules.judge(false, 100, 50, List.of()).state()).isEqualTo(LiveState.MAJOR_OUTAGE);
    }

    @Test
    void too_few_calls_say_nothing_by_their_rate_but_failed_checks_do() {
        assertThat(LiveStatusRules.judge(false, 4, 4, List.of()).state()).isEqualTo(LiveState.OPERATIONAL);
        assertThat(LiveStatusRules.judge(false, 1, 1, List.of(false)).state()).isEqualTo(LiveState.DEGRADED);
        assertThat(LiveStatusRules.judge(false, 2, 2, List.of(false, false)).state())
            .isEqualTo(LiveState.PARTIAL_OUTAGE);
        assertThat(LiveStatusRules.judge(false, 3, 3, List.of(false, false, false)).state())
            .isEqualTo(LiveState.MAJOR_OUTAGE);
        assertThat(LiveStatusRules.judge(false, 3, 2, List.of(true, false, false)).state())
            .isEqualTo(LiveState.PARTIAL_OUTAGE);
    }

    @Test
    void nothing_observed_is_no_data_and_maintenance_wins_over_failures() {
        assertThat(LiveStatusRules.judge(false, 0, 0, List.of()).state()).isEqualTo(LiveState.NO_DATA);
        assertThat(LiveStatusRules.judge(true, 100, 100, List.of(false, false, false)).state())
            .isEqualTo(LiveState.MAINTENANCE);
    }

}
