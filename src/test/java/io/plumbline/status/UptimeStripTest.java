package io.plumbline.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.status.UptimeStrip.Tone;
import io.plumbline.status.html.StatusMarkup;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class UptimeStripTest {

    @Test
    void a_day_is_met_at_the_objective_below_under_it_and_far_below_past_ten_times_the_allowed_failures() {
        assertThat(UptimeStrip.tone(OptionalDouble.of(0.999), 99.9)).isEqualTo(Tone.MET);
        assertThat(UptimeStrip.tone(OptionalDouble.of(0.9989), 99.9)).isEqualTo(Tone.BELOW);
        assertThat(UptimeStrip.tone(OptionalDouble.of(0.99), 99.9)).isEqualTo(Tone.BELOW);
        assertThat(UptimeStrip.tone(OptionalDouble.of(0.9899), 99.9)).isEqualTo(Tone.FAR_BELOW);
        assertThat(UptimeStrip.tone(OptionalDouble.empty(), 99.9)).isEqualTo(Tone.NO_DATA);
    }

    @Test
    void names_in_the_banner_read_as_a_list_and_markup_is_escaped() {
        assertThat(LiveStatus.names(java.util.List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(StatusMarkup.esc("<b onclick=\"x\">'&")).isEqualTo("&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;");
    }

}
